// The messages between the task pane and the pipeline worker.
import type { Finding, Meeting, Snapshot } from '../../core';
import type { Source } from '../../office/host';

export interface PipelineRequest {
  /** "read" only reads the document (the preview renders it); "extract" reads what it says; "check" also checks it. */
  mode: 'read' | 'extract' | 'check';
  source: Source;
  /** The settings saved with the document (validated in the worker). */
  settings?: unknown;
}

export type PipelineResponse =
  | { kind: 'progress'; stage: 'reading' | 'checking' }
  | { kind: 'read'; snapshot: Snapshot }
  | { kind: 'extracted'; meeting: Meeting }
  | { kind: 'done'; snapshot: Snapshot; meeting: Meeting; findings: Finding[]; settingsProblem?: string }
  | { kind: 'unreadable'; message: string };
