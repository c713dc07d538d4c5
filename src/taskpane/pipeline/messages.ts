// The messages between the task pane and the pipeline worker.
import type { DocumentRegister, Finding, Meeting, Snapshot } from '../../core';
import type { Source } from '../../office/host';

export interface PipelineRequest {
  /** Echoed in every message about this request: the one worker answers requests in turn. */
  id: number;
  /**
   * "read" only reads the document (the preview renders it); "extract" reads what it says; "check" also checks it;
   * "document-register" reads it as the meeting's document register.
   */
  mode: 'read' | 'extract' | 'check' | 'document-register';
  source: Source;
  /** The settings saved with the document (validated in the worker). */
  settings?: unknown;
  /** The document register kept with the document, to check against (validated in the worker). */
  documentRegister?: unknown;
  /** The register's name, for a source that has none of its own (a sheet). */
  name?: string;
}

/** What the pipeline is doing: reading (with how far it is, 0 to 1, when the reader can say), or checking. */
export type Stage = 'reading' | 'checking';

export type PipelineResponse = { id: number } & PipelineAnswer;

export type PipelineAnswer =
  | { kind: 'progress'; stage: Stage; done?: number }
  | { kind: 'read'; snapshot: Snapshot }
  | { kind: 'extracted'; meeting: Meeting }
  | { kind: 'document-register'; register: DocumentRegister }
  | { kind: 'done'; snapshot: Snapshot; meeting: Meeting; findings: Finding[]; notes: string[]; settingsProblem?: string; registerProblem?: string }
  | { kind: 'unreadable'; message: string };
