// The messages between the task pane and the pipeline worker.
import type { DocumentRegister, Finding, Meeting, Snapshot } from '../../core';
import type { Source } from '../../office/host';

export interface PipelineRequest {
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

export type PipelineResponse =
  | { kind: 'progress'; stage: 'reading' | 'checking' }
  | { kind: 'read'; snapshot: Snapshot }
  | { kind: 'extracted'; meeting: Meeting }
  | { kind: 'document-register'; register: DocumentRegister }
  | { kind: 'done'; snapshot: Snapshot; meeting: Meeting; findings: Finding[]; notes: string[]; settingsProblem?: string; registerProblem?: string }
  | { kind: 'unreadable'; message: string };
