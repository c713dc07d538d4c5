// Runs the pipeline in its worker: reading only (for the preview to render), reading what a file says (an agenda
// picked to generate from), reading a file or sheet as the meeting's document register, or reading and checking.
// One worker serves the pane's whole life (started once, its code loaded once); a worker that dies is replaced.
import type { DocumentRegister, Finding, Meeting, Snapshot } from '../../core';
import type { Source } from '../../office/host';
import type { PipelineAnswer, PipelineRequest, PipelineResponse, Stage } from './messages';


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

type Answer = Exclude<PipelineAnswer, { kind: 'progress' | 'unreadable' }>;

/** Told what the pipeline is doing, and for reading how far it is (0 to 1) when the reader can say. */
export type OnProgress = (stage: Stage, done?: number) => void;

interface Pending {
  onMessage(message: PipelineResponse): void;
  onFailure(error: Error): void;
}

let worker: Worker | undefined;
let lastId = 0;
const pending = new Map<number, Pending>();

/** The pane's one pipeline worker, started on first use. */
function pipeline(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./worker.ts', import.meta.url), { name: 'docket-pipeline' });
  started.onmessage = (event: MessageEvent<PipelineResponse>) => pending.get(event.data.id)?.onMessage(event.data);
  started.onerror = (event) => {
    // The worker died: every request it held fails, and the next one starts a new worker.
    started.terminate();
    worker = undefined;
    const error = new Error(event.message || 'The checker stopped unexpectedly.');
    for (const request of [...pending.values()]) request.onFailure(error);
    pending.clear();
  };
  return (worker = started);
}

/** Runs one request and resolves with its answer, which must be of the kind the request asks for. */
function run<K extends Answer['kind']>(request: Omit<PipelineRequest, 'id'>, answer: K, onProgress: OnProgress = () => undefined): Promise<Extract<Answer, { kind: K }>> {
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    pending.set(id, {
      onMessage: (message) => {
        if (message.kind === 'progress') return onProgress(message.stage, message.done);
        pending.delete(id);
        if (message.kind === 'unreadable') reject(new UnreadableDocument(message.message));
        else if (message.kind !== answer) reject(new Error(`The checker answered "${message.kind}" where "${answer}" was asked for.`));
        else resolve(message as unknown as Extract<Answer, { kind: K }>);
      },
      onFailure: reject,
    });
    pipeline().postMessage({ ...request, id });
  });
}

export function runCheck(source: Source, settings: unknown, documentRegister: unknown, onProgress: OnProgress): Promise<CheckResult> {
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

export async function readSnapshot(source: Source, onProgress?: OnProgress): Promise<Snapshot> {
  return (await run({ mode: 'read', source }, 'read', onProgress)).snapshot;
}
