// The messages between the task pane and the pipeline worker.
import type { Finding, Meeting, Snapshot } from '../../core';
import type { Source } from '../../office/host';

export interface PipelineRequest {
  /** "read" only reads the document (the preview renders it); "check" reads and checks it. */
  mode: 'read' | 'check';
  source: Source;
  /** The settings saved with the document (validated in the worker). */
  settings?: unknown;
}

export type PipelineResponse =
  | { kind: 'progress'; stage: 'reading' | 'checking' }
  | { kind: 'read'; snapshot: Snapshot }
  | { kind: 'done'; snapshot: Snapshot; meeting: Meeting; findings: Finding[]; settingsProblem?: string }
  | { kind: 'unreadable'; message: string };
