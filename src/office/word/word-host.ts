// The task pane's host in Word. Reads the whole body as flat OPC in one sync (Word's table API has no merged-cell
// information, so OOXML is also the correct way); goes to a finding in two syncs (find the spot and the same text
// elsewhere, then select); applies a fix as one batch of writes after one batch of reads. Comments need WordApi 1.4.
import { blockTag, tableOrdinal, type Finding, type Fix, type GeneratedBlock, type Location, type Snapshot } from '../../core';
import { blockTableXml, controlXml, documentPartOf, flatOpcOf, paragraphsXml, tableXml } from '../../io/docx/write';
import {
  HostError,
  type Comments,
  type DocumentHost,
  type FixOutcome,
  type GoToOutcome,
  type SettingsStore,
  type Source,
  type WriteOutcome,
  type Writer,
} from '../host';
import { targetOf, type TablePath, type Target } from './targets';

/** The Office calls the host uses, injected so tests can give a recording fake. */
export interface WordApi {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: SettingsStore;
  /** What Docket last wrote in each of its blocks, kept in the document to notice the user's edits. */
  written: SettingsStore;
}

/** Marks the comments Docket adds, so it can remove them again without touching anyone else's. */
export const COMMENT_PREFIX = 'Docket: ';

export class WordHost implements DocumentHost {
  readonly name = 'Word';
  readonly comments?: Comments;
  readonly writer?: Writer;
  readonly settings: SettingsStore;
  private readonly canNavigate: boolean;
  /** The document part as last read, for the look of the tables Docket regenerates. */
  private documentXml: string | undefined;

  constructor(private readonly api: WordApi) {
    this.settings = api.settings;
    this.canNavigate = api.isSetSupported('WordApi', '1.3');
    if (api.isSetSupported('WordApi', '1.4')) {
      this.comments = { add: (findings, document) => this.addComments(findings, document), remove: () => this.removeComments() };
    }
    if (this.canNavigate) this.writer = { write: (block, document, options) => this.write(block, document, options) };
  }

  source(): Promise<Source> {
    return this.api.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      // getOoxml() returns a ClientResult, which the sync fills in without any load().
      // eslint-disable-next-line office-addins/load-object-before-read
      if (!ooxml.value) throw new HostError('Word gave Docket an empty document.', 'Make sure the agenda is the active document, then check again.');
      // eslint-disable-next-line office-addins/load-object-before-read
      const xml = ooxml.value;
      this.documentXml = documentPartOf(xml);
      return { kind: 'ooxml', xml };
    });
  }

  goTo(location: Location, document: Snapshot): Promise<GoToOutcome> {
    return this.api.run(async (context) => {
      const [found] = await this.locate(context, document, [{ text: location.text, location }]);
      if (!found) return 'gone';
      found.range.select();
      await context.sync();
      return found.how;
    });
  }

  applyFix(fix: Fix, document: Snapshot): Promise<FixOutcome> {
    return this.api.run(async (context) => {
      const found = await this.locate(context, document, fix.edits.map((edit) => ({ text: edit.find, location: edit.location })));
      let applied = 0;
      fix.edits.forEach((edit, i) => {
        const spot = found[i];
        if (spot?.how !== 'exact') return;
        spot.range.insertText(edit.replace, 'Replace');
        applied++;
      });
      if (applied > 0) await context.sync();
      return { applied, missing: fix.edits.length - applied };
    });
  }

  /**
   * Writes a generated table in its docket:<kind> content control: regenerated in place, replacing the table it
   * stands for, or inserted after the selection. One sync to look, one batch of writes; the text Word then has in
   * the control is remembered, so an edit made later is shown to the user before it is overwritten; a block Docket
   * has no record of (written outside the pane) is not overwritten without asking either.
   */
  private write(block: GeneratedBlock, document: Snapshot, options: { overwriteEdits: boolean }): Promise<WriteOutcome> {
    const tag = blockTag(block);
    return this.api.run(async (context) => {
      const body = context.document.body;
      const found = body.contentControls.getByTag(tag).getFirstOrNullObject();
      found.load('text');
      await context.sync();

      const existing = found.isNullObject ? undefined : found;
      const written = (this.api.written.load() as Record<string, string> | undefined) ?? {};
      const before = written[tag];
      if (existing && !options.overwriteEdits && existing.text !== before) {
        return { status: 'edited', ...(before !== undefined ? { written: before } : {}), now: existing.text };
      }
      const ordinal = block.replaces === undefined ? undefined : tableOrdinal(document, block.replaces);
      const table = this.documentXml ? blockTableXml(block, this.documentXml, ordinal) : tableXml(block.spec, undefined, { keepHeader: block.keepHeader ?? false });
      let how: 'regenerated' | 'replaced' | 'inserted';
      if (existing) {
        existing.insertOoxml(flatOpcOf(table), 'Replace');
        how = 'regenerated';
      } else if (block.replaces !== undefined && ordinal !== undefined) {
        const target = targetOf(document, { block: block.replaces, text: '' });
        if (target?.kind !== 'cell') throw new HostError('The table to replace is not a table.', 'Check again, then generate again.');
        tableOf(body, target.table).getRange('Whole').insertOoxml(flatOpcOf(controlXml(block, table)), 'Replace');
        how = 'replaced';
      } else {
        context.document.getSelection().insertOoxml(flatOpcOf(paragraphsXml(block.headings ?? []) + controlXml(block, table)), 'After');
        how = 'inserted';
      }
      const result = body.contentControls.getByTag(tag).getFirstOrNullObject();
      result.load('text');
      await context.sync();
      await this.api.written.save({ ...written, [tag]: result.isNullObject ? '' : result.text });
      return { status: 'written', how };
    });
  }

  private addComments(findings: readonly Finding[], document: Snapshot): Promise<number> {
    return this.api.run(async (context) => {
      const found = await this.locate(context, document, findings.map((f) => ({ text: f.location.text, location: f.location })));
      let added = 0;
      findings.forEach((finding, i) => {
        const spot = found[i];
        if (!spot) return;
        spot.range.insertComment(`${COMMENT_PREFIX}${finding.message} (${finding.ruleId})`);
        added++;
      });
      if (added > 0) await context.sync();
      return added;
    });
  }

  private removeComments(): Promise<number> {
    return this.api.run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load('items/content');
      await context.sync();
      const ours = comments.items.filter((c) => c.content.startsWith(COMMENT_PREFIX));
      for (const comment of ours) comment.delete();
      if (ours.length > 0) await context.sync();
      return ours.length;
    });
  }

  /**
   * Finds each text at its location, in one sync: the location's range, the text inside it, and the text anywhere in
   * the body (for when the document changed since the check). If the document changed so much that the location no
   * longer exists, Word rejects the batch; then the text is looked for anywhere, in one more sync.
   */
  private async locate(context: Word.RequestContext, document: Snapshot, wanted: { text: string; location: Location }[]): Promise<(Found | undefined)[]> {
    try {
      const spots = wanted.map(({ text, location }) => queueSearch(context, text, this.canNavigate ? targetOf(document, location) : undefined));
      await context.sync();
      return spots.map((pick) => pick());
    } catch (error) {
      if (!isMissingItem(error)) throw error;
      const spots = wanted.map(({ text }) => queueSearch(context, text, undefined));
      await context.sync();
      return spots.map((pick) => pick());
    }
  }
}

interface Found {
  range: Word.Range;
  how: GoToOutcome;
}

/** Queues (without syncing) the reads that find `text` at a target; the returned function reads them after the sync. */
function queueSearch(context: Word.RequestContext, text: string, target: Target | undefined): () => Found | undefined {
  const body = context.document.body;
  const searchable = text.trim() !== '' && text.length <= 255;
  const range = target ? rangeOf(body, target) : undefined;
  range?.load('text');
  const inside = searchable && range ? range.search(escapeSearch(text), { matchCase: true }).getFirstOrNullObject() : undefined;
  const anywhere = searchable ? body.search(escapeSearch(text), { matchCase: true }).getFirstOrNullObject() : undefined;
  inside?.load('isNullObject');
  anywhere?.load('isNullObject');
  return () => {
    if (inside && !inside.isNullObject) return { range: inside, how: 'exact' };
    if (range && (!searchable || range.text.includes(text))) return { range, how: 'exact' };
    if (anywhere && !anywhere.isNullObject) return { range: anywhere, how: 'moved' };
    return undefined;
  };
}

function isMissingItem(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'ItemNotFound' || code === 'InvalidArgument';
}

/** The range of a target, reached by navigation proxies only (no sync): body paragraph n, or a table cell. */
function rangeOf(body: Word.Body, target: Target): Word.Range {
  if (target.kind === 'paragraph') {
    let paragraph = body.paragraphs.getFirstOrNullObject();
    for (let i = 0; i < target.index; i++) paragraph = paragraph.getNextOrNullObject();
    return paragraph.getRange('Whole');
  }
  const cell = tableOf(body, target.table).getCellOrNullObject(target.row, target.col);
  if (target.paragraph === undefined) return cell.body.getRange('Whole');
  let paragraph = cell.body.paragraphs.getFirstOrNullObject();
  for (let i = 0; i < target.paragraph; i++) paragraph = paragraph.getNextOrNullObject();
  return paragraph.getRange('Whole');
}

function tableOf(body: Word.Body, path: TablePath): Word.Table {
  const collection = 'parent' in path ? tableOf(body, path.parent.table).getCellOrNullObject(path.parent.row, path.parent.col).body.tables : body.tables;
  let table = collection.getFirstOrNullObject();
  for (let i = 0; i < path.index; i++) table = table.getNextOrNullObject();
  return table;
}

/** Word's search treats "^" as a special-character prefix; a literal caret is written "^^". */
function escapeSearch(text: string): string {
  return text.replace(/\^/g, '^^');
}

