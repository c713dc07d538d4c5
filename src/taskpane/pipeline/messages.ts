// The messages between the task pane and the pipeline worker.
import type { AnnexOrder, AnnexPlan, Block, DeadlineRule, DocumentRegister, Finding, Meeting, Plan, RegisterRow, Row, SessionPlan } from '../../core';
import type { Source } from '../../office/host';

/** What the Generate tab asks a plan of: each generator with the choices the user made. */
export type PlanRequest =
  | { generator: 'annex'; order: AnnexOrder; dropUncited: boolean; register?: DocumentRegister }
  | { generator: 'agenda'; sessions: SessionPlan[] }
  | { generator: 'interim'; rule: DeadlineRule };

/** The plan a request gives: Annex A's also names the listed documents nobody cites. */
export type PlanOf<R extends PlanRequest> = R extends { generator: 'annex' } ? AnnexPlan : Plan;

/** A finding as the pane shows it: with where it is in the user's words ("Document list, row 8, Type"). */
export type ShownFinding = Finding & { where: string };

/** One change of a plan as the user is shown it: where in their words, and the text before and after. */
export interface ShownChange {
  kind: 'edit' | 'add' | 'drop' | 'table';
  where: string;
  before: string;
  after: string;
}

/**
 * "read" only reads the document (the preview renders it) and the settings kept in it; "extract" reads what it says; "check" also checks it;
 * "document-register" reads it as the meeting's document register; "plan" makes a generator's plan from the document
 * of a check; "write" writes a plan (or a fix, `fix` set) into the document; "action-register" merges the actions
 * `rows` into the action register of an .xlsx `workbook` (the preview's), and reads the workbook as written.
 */
export type PipelineTask =
  | { mode: 'read' | 'extract'; source: Source }
  | {
      mode: 'check';
      source: Source;
      /** The settings saved with the document (validated in the worker). */
      settings?: unknown;
      /** The document register kept with the document, to check against (validated in the worker). */
      documentRegister?: unknown;
    }
  /** `name`: the register's name, for a source that has none of its own (a sheet). */
  | { mode: 'document-register'; source: Source; name?: string }
  /** `checked`: the id of the check whose document the plan is made from. */
  | { mode: 'plan'; checked: number; settings?: unknown; request: PlanRequest }
  | { mode: 'write'; source: Source; plan: Plan; fix?: boolean }
  | { mode: 'action-register'; workbook: { name: string; bytes: Uint8Array }; rows: readonly RegisterRow[] };

/** A task with its id, echoed in every message about it: the one worker answers requests in turn. */
export type PipelineRequest = PipelineTask & { id: number };

/** What the pipeline is doing: reading (with how far it is, 0 to 1, when the reader can say), or checking. */
export type Stage = 'reading' | 'checking';

export type PipelineResponse = { id: number } & PipelineAnswer;

/**
 * A Snapshot crosses to the pane in slices (blocks, and a long table's rows, a hundred at a time), each its own
 * message the page takes in a short task, never one long one; the answer then says "parts". "same" says the pane
 * already holds it (the last Snapshot it was sent: Check after opening).
 */
export type SnapshotSent = 'parts' | 'same';

export type PipelineAnswer =
  | { kind: 'progress'; stage: Stage; done?: number }
  /** Blocks of the Snapshot being sent, in order. */
  | { kind: 'blocks'; blocks: Block[] }
  /** More rows of the last block sent, a table. */
  | { kind: 'rows'; rows: Row[] }
  /** `saved`: the settings Word or Excel kept in the file (Office.context.document.settings), by name. */
  | { kind: 'read'; snapshot: SnapshotSent; saved: ReadonlyMap<string, unknown> }
  | { kind: 'extracted'; meeting: Meeting }
  | { kind: 'document-register'; register: DocumentRegister }
  | { kind: 'done'; snapshot: SnapshotSent; meeting: Meeting; findings: ShownFinding[]; notes: string[]; settingsProblem?: string; registerProblem?: string }
  | { kind: 'plan'; plan: Plan; changes: ShownChange[] }
  /** Written (`bytes`: the .docx as written, for a file that is one), or stale: `missing` edits found nothing to change. */
  | { kind: 'written'; snapshot: SnapshotSent; bytes?: Uint8Array; applied: number; missing: number }
  | { kind: 'stale'; applied: number; missing: number }
  /**
   * The actions merged into the workbook's action register: `added` new, `updated`, `total` in it now; when anything
   * changed, `bytes` is the workbook as written and `snapshot` it as read again.
   */
  | { kind: 'action-register'; snapshot?: SnapshotSent; bytes?: Uint8Array; added: number; updated: number; total: number }
  /** The workbook cannot take the register as it is: what to change in it first. */
  | { kind: 'refused'; message: string }
  | { kind: 'unreadable'; message: string };
