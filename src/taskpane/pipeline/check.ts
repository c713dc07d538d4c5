// Runs the pipeline in its worker: reading only (for the preview to render), reading what a file says (an agenda
// picked to generate from), reading a file or sheet as the meeting's document register, or reading and checking.
import type { DocumentRegister, Finding, Meeting, Snapshot } from '../../core';
import type { Source } from '../../office/host';
import type { PipelineRequest, PipelineResponse } from './messages';

export interface CheckResult {
  snapshot: Snapshot;
  meeting: Meeting;
  findings: Finding[];
  /** What the reader says about how it read the file (an encoding it had to guess). */
  notes: string[];
  settingsProblem?: string;
  /** Why the document register kept with the document could not be used. */
  registerProblem?: string;
}

export class UnreadableDocument extends Error {
  override readonly name = 'UnreadableDocument';
}

type Stage = 'reading' | 'checking';

type Answer = Exclude<PipelineResponse, { kind: 'progress' | 'unreadable' }>;

/** Runs one request in a fresh worker and resolves with its answer, which must be of the kind the request asks for. */
function run<K extends Answer['kind']>(request: PipelineRequest, answer: K, onProgress: (stage: Stage) => void = () => undefined): Promise<Extract<Answer, { kind: K }>> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { name: 'docket-pipeline' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PipelineResponse>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message.stage);
      worker.terminate();
      if (message.kind === 'unreadable') reject(new UnreadableDocument(message.message));
      else if (message.kind !== answer) reject(new Error(`The checker answered "${message.kind}" where "${answer}" was asked for.`));
      else resolve(message as Extract<Answer, { kind: K }>);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The checker stopped unexpectedly.'));
    };
    worker.postMessage(request);
  });
}

export function runCheck(source: Source, settings: unknown, documentRegister: unknown, onProgress: (stage: Stage) => void): Promise<CheckResult> {
  return run({ mode: 'check', source, settings, ...(documentRegister !== undefined ? { documentRegister } : {}) }, 'done', onProgress);
}

/** A file, or a sheet of the workbook, read as the meeting's document register. */
export async function readDocumentRegisterOf(source: Source, name?: string): Promise<DocumentRegister> {
  return (await run({ mode: 'document-register', source, ...(name !== undefined ? { name } : {}) }, 'document-register')).register;
}

/** What a file says, without checking it. */
export async function readMeeting(source: Source): Promise<Meeting> {
  return (await run({ mode: 'extract', source }, 'extracted')).meeting;
}

export async function readSnapshot(source: Source): Promise<Snapshot> {
  return (await run({ mode: 'read', source }, 'read')).snapshot;
}
