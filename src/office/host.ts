// What the task pane needs from the place the document lives — Word, or the browser preview — and nothing more.
// The pane talks only to this interface, never to Office.js, so the same pane runs in Word and in a plain browser.
import type { DocumentRegister, Finding, Fix, Location, Plan, RegisterRow, Snapshot } from '../core';

/** The document, as the pipeline reads it: Word's flat OPC XML, the bytes of a file, or a Snapshot already read. */
export type Source =
  | { kind: 'ooxml'; xml: string }
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'snapshot'; snapshot: Snapshot };

/** Where "go to" landed: on the spot, on the same text elsewhere (the document changed), or nowhere. */
export type GoToOutcome = 'exact' | 'moved' | 'gone';

export interface FixOutcome {
  applied: number;
  /** Edits whose text was no longer there (the document changed since the check). */
  missing: number;
}

export interface Comments {
  /** Adds one comment per finding on its spot; returns how many were added. */
  add(findings: readonly Finding[], document: Snapshot): Promise<number>;
  /** Removes the comments Docket added; returns how many were removed. */
  remove(): Promise<number>;
}

/** Written; or not at all, because the document no longer says what the plan was made from (check it again). */
export type WriteOutcome = { status: 'written' } | { status: 'stale' };

export interface Writer {
  /** Writes a plan made from `document` (the Snapshot of the last check) as one batch of edits, or nothing. */
  write(plan: Plan, document: Snapshot): Promise<WriteOutcome>;
}

/** The "Action register" sheet of an Excel workbook. */
export interface RegisterSheet {
  /** Creates or updates the sheet, merging by action id; never overwrites the user's Status, Due and Notes. */
  write(rows: readonly RegisterRow[]): Promise<{ added: number; updated: number; total: number }>;
}

/** One step of the self-test a person runs in real Office (Diagnostics). */
export interface DiagnosticStep {
  name: string;
  status: 'passed' | 'failed' | 'unavailable';
  detail: string;
  ms: number;
}

/** What the self-test found: the Office it ran in, its requirement sets, and each step. */
export interface DiagnosticReport {
  host: string;
  platform: string;
  version: string;
  sets: Record<string, boolean>;
  steps: DiagnosticStep[];
}

/** Checking settings kept with the document, so the whole team shares them. */
export interface SettingsStore {
  load(): unknown;
  save(value: unknown): Promise<void>;
}

/**
 * The meeting's document register kept with the document — only the fields Docket checks with (number, status, item,
 * source, title, revision links), never the file — so whoever opens the document checks against the same register.
 */
export interface DocumentRegisterStore {
  load(): unknown;
  save(register: DocumentRegister): Promise<void>;
  forget(): Promise<void>;
  /** Bytes the register may take: what the settings' size limit leaves beside the other settings. */
  room(): number;
}

/** The sheets of the open workbook (Excel), any of which can be the document register. */
export interface WorkbookSheets {
  names(): Promise<string[]>;
  /** The sheet's used range as a Snapshot (its name above its cells, as a workbook file reads). */
  read(name: string): Promise<Snapshot>;
}

export interface DocumentHost {
  /** "Word", "Excel", "Preview": shown to the user. */
  readonly name: string;
  /** What Check reads and checks here, for the user, when it is not an agenda. */
  readonly checks?: string;
  source(): Promise<Source>;
  /** Go to a spot of `document`, the Snapshot the finding came from. */
  goTo(location: Location, document: Snapshot): Promise<GoToOutcome>;
  applyFix(fix: Fix, document: Snapshot): Promise<FixOutcome>;
  /** Where a location is in the host's own terms ("Sheet1!B12"), when it has them. */
  placeOf?(location: Location): string | undefined;
  /** Present where the host can comment (Word with WordApi 1.4). */
  readonly comments?: Comments;
  /** Present where the host can write generated tables (Word, the preview). */
  readonly writer?: Writer;
  /** Present where the host keeps the action register as a sheet (Excel). */
  readonly registerSheet?: RegisterSheet;
  /** Present in Office: a self-test of every Office path Docket uses, on a scratch area it cleans up. */
  diagnose?(): Promise<DiagnosticReport>;
  readonly settings: SettingsStore;
  /** The findings the user ignored ("Ignore here", "Ignore this rule in this document"), kept with the document. */
  readonly ignores: SettingsStore;
  readonly documentRegister: DocumentRegisterStore;
  /** Present where the open document is a workbook whose sheets can be the document register (Excel). */
  readonly sheets?: WorkbookSheets;
}

/** A failure to show the user: what happened, and what to do about it. */
export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    message: string,
    readonly action: string,
  ) {
    super(message);
  }
}
