// The task pane's host in Word. Reads the whole body as flat OPC in one sync (Word's table API has no merged-cell
// information, so OOXML is also the correct way); goes to a finding in two syncs (find the spot and the same text
// elsewhere, then select); applies a fix as one batch of writes after one batch of reads; writes a generator's plan
// the same way, after checking that every paragraph and row it touches still says what the plan was made from.
// Comments need WordApi 1.4.
import { cellText, normaliseText, paragraphsAt, type Finding, type Fix, type Location, type Plan, type Snapshot, type Table } from '../../core';
import { blockXml, flatOpcOf } from '../../io/docx/write';
import {
  HostError,
  type Comments,
  type DocumentHost,
  type DocumentRegisterStore,
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
  documentRegister: DocumentRegisterStore;
}

/** Marks the comments Docket adds, so it can remove them again without touching anyone else's. */
export const COMMENT_PREFIX = 'Docket: ';

export class WordHost implements DocumentHost {
  readonly name = 'Word';
  readonly comments?: Comments;
  readonly writer?: Writer;
  readonly settings: SettingsStore;
  readonly documentRegister: DocumentRegisterStore;
  private readonly canNavigate: boolean;
  /** The document as last read (flat OPC), for the table style a new table takes. */
  private ooxml = '';

  constructor(private readonly api: WordApi) {
    this.settings = api.settings;
    this.documentRegister = api.documentRegister;
    this.canNavigate = api.isSetSupported('WordApi', '1.3');
    if (api.isSetSupported('WordApi', '1.4')) {
      this.comments = { add: (findings, document) => this.addComments(findings, document), remove: () => this.removeComments() };
    }
    if (this.canNavigate) this.writer = { write: (plan, document) => this.write(plan, document) };
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
      this.ooxml = xml;
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
   * Writes a plan made from `document`: one sync reads every paragraph and table row the plan touches, and if any no
   * longer says what the plan was made from, nothing is written; else one batch writes it — each text replaced inside
   * its paragraph (Word keeps the run's look), rows inserted after the row they follow (in its look) or deleted, a new
   * table after the paragraph holding the cursor.
   */
  private write(plan: Plan, document: Snapshot): Promise<WriteOutcome> {
    return this.api.run(async (context) => {
      const body = context.document.body;
      const paragraphs = plan.edits.map((edit) => {
        const target = targetOf(document, edit.location);
        const range = target ? rangeOf(body, target) : undefined;
        range?.load('text');
        return range;
      });
      const rows = new Map<number, Word.TableRowCollection>();
      for (const block of new Set([...plan.added.map((a) => a.table), ...plan.dropped.map((d) => d.table)])) {
        const target = targetOf(document, { block, text: '' });
        if (target?.kind !== 'cell') return { status: 'stale' };
        const collection = tableOf(body, target.table).rows;
        collection.load('items/values');
        rows.set(block, collection);
      }
      // A new table goes after the paragraph holding the cursor, or after the table that paragraph is in.
      const cursor = plan.table ? context.document.getSelection().paragraphs.getLast() : undefined;
      const around = cursor?.parentTableOrNullObject;
      around?.load('isNullObject');
      try {
        await context.sync();
      } catch (error) {
        if (isMissingItem(error)) return { status: 'stale' };
        throw error;
      }

      const expected = plan.edits.map((edit) => paragraphsAt(document, edit.location).find((p) => p.text.includes(edit.find))?.text);
      if (paragraphs.some((range, i) => !range || expected[i] === undefined || !sameText(range.text, expected[i]))) return { status: 'stale' };
      for (const [block, collection] of rows) if (!sameRows(collection, document.blocks[block] as Table)) return { status: 'stale' };

      plan.edits.forEach(({ find, replace }, i) => {
        const range = paragraphs[i]!;
        if (find === '') range.insertText(replace, 'Start');
        else textIn(range, find).insertText(replace, 'Replace');
      });
      for (const { table, row } of plan.dropped) rows.get(table)!.items[row]!.delete();
      const inserts = new Map<Word.TableRow, string[][]>();
      for (const { table, after, cells } of plan.added) {
        const row = rows.get(table)!.items[after]!;
        inserts.set(row, [...(inserts.get(row) ?? []), cells]);
      }
      for (const [row, values] of inserts) row.insertRows('After', values.length, values);
      if (plan.table && cursor && around) {
        const anchor = around.isNullObject ? cursor.getRange('Whole') : around.getRange('Whole');
        anchor.insertOoxml(flatOpcOf(blockXml(plan.table, this.ooxml)), 'After');
      }
      await context.sync();
      return { status: 'written' };
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

/** Word's text and the Snapshot's say the same: Word's line breaks (vertical tab) and paragraph marks read as breaks. */
function sameText(word: string, snapshot: string): boolean {
  const plain = (text: string) => normaliseText(text.replaceAll('\r', '\n').replaceAll('\u000b', '\n')).trimEnd();
  return plain(word) === plain(snapshot);
}

/** A table's rows as Word has them are the rows of the Snapshot's table, cell by cell. */
function sameRows(rows: Word.TableRowCollection, table: Table | undefined): boolean {
  if (!table || rows.items.length !== table.rows.length) return false;
  return rows.items.every((row, r) => {
    const cells = row.values[0] ?? [];
    const expected = table.rows[r]!.cells;
    return cells.length === expected.length && cells.every((text, c) => sameText(text, cellText(expected[c]!)));
  });
}

/** The first occurrence of `text` in a range, also past Word's 255-character limit on what it searches for. */
function textIn(range: Word.Range, text: string): Word.Range {
  if (text.length <= 255) return range.search(escapeSearch(text), { matchCase: true }).getFirst();
  const start = range.search(escapeSearch(text.slice(0, 255)), { matchCase: true }).getFirst();
  const end = start.expandTo(range.getRange('End')).search(escapeSearch(text.slice(-255)), { matchCase: true }).getFirst();
  return start.expandTo(end);
}

/** Word's search treats "^" as a special-character prefix; a literal caret is written "^^". */
function escapeSearch(text: string): string {
  return text.replace(/\^/g, '^^');
}

