// The task pane's host in Word. Reads the whole body as flat OPC in one sync (Word's table API has no merged-cell
// information, so OOXML is also the correct way), or the document file when Word cannot give its OOXML; goes to a
// finding, applies a fix and writes a generator's plan by finding each spot the same way (locate.ts), for a bounded
// number of calls wherever the spot is. What it offers follows the requirement sets Word has: reading, going to
// findings and fixes from WordApi 1.1 (Word 2016), writing generators' plans from 1.3, comments from 1.4.
import type { Fix, Location, Snapshot } from '../../core';
import { HostError, type Comments, type DiagnosticReport, type DocumentHost, type DocumentRegisterStore, type FixOutcome, type GoToOutcome, type SettingsStore, type Source, type Writer } from '../host';
import type { OfficeApi } from '../office-api';
import { WordComments } from './comments';
import { locate } from './locate';
import { writePlan } from './plans';

/** The Office calls the host uses: those every host uses, and Word's own. */
export interface WordApi extends OfficeApi<Word.RequestContext> {
  /** The ids of the comments Docket added, kept in the document. */
  commentIds: SettingsStore;
  /** The open document as a .docx, when Word cannot give its OOXML (Office.context.document.getFileAsync). */
  file(): Promise<Uint8Array>;
}

/** What Word offers Docket, by requirement set. */
export interface WordAbilities {
  /** Body.search results by position, tables and their rows, expandTo (WordApi 1.3). */
  wordApi13: boolean;
  /** Comments (WordApi 1.4). */
  wordApi14: boolean;
}

export class WordHost implements DocumentHost {
  readonly name = 'Word';
  readonly comments?: Comments;
  readonly writer?: Writer;
  readonly settings: SettingsStore;
  readonly ignores: SettingsStore;
  readonly documentRegister: DocumentRegisterStore;
  readonly abilities: WordAbilities;
  /** The document as last read (flat OPC), for the styles a new table takes. */
  private ooxml = '';

  constructor(private readonly api: WordApi) {
    this.settings = api.settings;
    this.ignores = api.ignores;
    this.documentRegister = api.documentRegister;
    this.abilities = { wordApi13: api.isSetSupported('WordApi', '1.3'), wordApi14: api.isSetSupported('WordApi', '1.4') };
    if (this.abilities.wordApi14) this.comments = new WordComments(api);
    if (this.abilities.wordApi13) this.writer = { write: (plan, document) => api.run((context) => writePlan(context, plan, document, this.ooxml)) };
  }

  /** The self-test is loaded only when someone runs it: it reads and writes with the whole core, which the pane itself leaves to its worker. */
  async diagnose(): Promise<DiagnosticReport> {
    const { diagnoseWord } = await import('./diagnostics');
    return diagnoseWord(this, this.api);
  }

  /** The body as flat OPC; if Word refuses it (it does for some documents: docs/office-behaviour.md), the .docx file. */
  async source(): Promise<Source> {
    let xml: string | undefined;
    try {
      xml = await this.api.run(async (context) => {
        const ooxml = context.document.body.getOoxml();
        await context.sync();
        // getOoxml() returns a ClientResult, which the sync fills in without any load().
        return ooxml.value;
      });
    } catch (error) {
      if ((error as { code?: string }).code !== 'GeneralException') throw error;
    }
    if (xml) {
      this.ooxml = xml;
      return { kind: 'ooxml', xml };
    }
    const bytes = await this.api.file();
    if (bytes.length === 0) throw new HostError('Word gave Docket an empty document.', 'Make sure the agenda is the active document, then check again.');
    this.ooxml = '';
    return { kind: 'file', name: 'document.docx', bytes };
  }

  goTo(location: Location, document: Snapshot): Promise<GoToOutcome> {
    return this.api.run(async (context) => {
      const [found] = await locate(context, document, [{ text: location.text, location }], this.abilities.wordApi13);
      if (!found) return 'gone';
      found.range.select();
      await context.sync();
      return found.how;
    });
  }

  /** Each edit where the check saw it, only there: an edit whose text moved or is gone is counted, not forced. */
  applyFix(fix: Fix, document: Snapshot): Promise<FixOutcome> {
    return this.api.run(async (context) => {
      const found = await locate(context, document, fix.edits.map((edit) => ({ text: edit.find, location: edit.location })), this.abilities.wordApi13);
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
}
