// Runs the pipeline in its worker: reading only (for the preview to render), reading what a file says (an agenda picked
// to generate from), reading a file or sheet as the meeting's document register, reading and checking, making a
// Generate plan from the last check, and writing a plan or a fix, or the action register into a workbook (the preview).
// One worker serves the pane's whole life (started once, its code loaded once); a worker that dies is replaced. A
// Snapshot arrives in slices, put together here; one the worker says the pane holds already is the last one received.
import type { Block, DocumentRegister, Meeting, Plan, RegisterRow, Snapshot } from '../../core';
import type { Source } from '../../office/host';
import type { PipelineAnswer, PipelineResponse, PipelineTask, PlanOf, PlanRequest, ShownChange, ShownFinding, Stage } from './messages';
import type { Written } from './write';

export interface CheckResult {
  /** Which check this is: the Generate tab's plans are made from its document. */
  checked: number;
  snapshot: Snapshot;
  meeting: Meeting;
  findings: ShownFinding[];
  /** What the reader says about how it read the file (an encoding it had to guess). */
  notes: string[];
  settingsProblem?: string;
  /** Why the document register kept with the document could not be used. */
  registerProblem?: string;
}

export class UnreadableDocument extends Error {
  override readonly name = 'UnreadableDocument';
}

type Answer = Exclude<PipelineAnswer, { kind: 'progress' | 'blocks' | 'rows' | 'unreadable' }>;
/** An answer as the pane gets it: with the Snapshot it said it sent, if it said it sent one. */
type Received<A> = { [K in keyof A]: K extends 'snapshot' ? Snapshot : A[K] };

/** Told what the pipeline is doing, and for reading how far it is (0 to 1) when the reader can say. */
export type OnProgress = (stage: Stage, done?: number) => void;

interface Pending {
  onMessage(message: PipelineResponse): void;
  onFailure(error: Error): void;
}

let worker: Worker | undefined;
let lastId = 0;
const pending = new Map<number, Pending>();
/** The Snapshot last received from the worker (it says "same" rather than send it again). */
let received: Snapshot | undefined;

/** The pane's one pipeline worker, started on first use (or by startPipeline). */
function pipeline(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./worker.ts', import.meta.url), { name: 'docket-pipeline' });
  started.onmessage = (event: MessageEvent<PipelineResponse>) => pending.get(event.data.id)?.onMessage(event.data);
  started.onerror = (event) => {
    // The worker died: every request it held fails, and the next one starts a new worker.
    started.terminate();
    worker = undefined;
    received = undefined;
    const error = new Error(event.message || 'The checker stopped unexpectedly.');
    for (const request of [...pending.values()]) request.onFailure(error);
    pending.clear();
  };
  return (worker = started);
}

/**
 * Starts the pipeline's worker now, so fetching and compiling its code runs while the page draws itself, not after
 * the user opens a document.
 */
export function startPipeline(): void {
  pipeline();
}

/** Runs one task and resolves with its answer, which must be of a kind the task may have. */
function run<K extends Answer['kind']>(task: PipelineTask, kinds: readonly K[], onProgress: OnProgress = () => undefined): Promise<Received<Extract<Answer, { kind: K }>> & { id: number }> {
  const id = ++lastId;
  const blocks: Block[] = [];
  return new Promise((resolve, reject) => {
    pending.set(id, {
      onMessage: (message) => {
        if (message.kind === 'progress') return onProgress(message.stage, message.done);
        if (message.kind === 'blocks') return void blocks.push(...message.blocks);
        if (message.kind === 'rows') {
          const table = blocks.at(-1);
          if (table?.kind === 'table') table.rows.push(...message.rows);
          return;
        }
        pending.delete(id);
        if (message.kind === 'unreadable') return reject(new UnreadableDocument(message.message));
        if (!(kinds as readonly string[]).includes(message.kind)) return reject(new Error(`The checker answered "${message.kind}" where "${kinds.join('" or "')}" was asked for.`));
        if ('snapshot' in message && message.snapshot) received = message.snapshot === 'same' && received ? received : { blocks };
        resolve(('snapshot' in message ? { ...message, snapshot: received } : message) as unknown as Received<Extract<Answer, { kind: K }>> & { id: number });
      },
      onFailure: reject,
    });
    pipeline().postMessage({ ...task, id });
  });
}

export async function runCheck(source: Source, settings: unknown, documentRegister: unknown, onProgress: OnProgress): Promise<CheckResult> {
  const answer = await run({ mode: 'check', source, settings, ...(documentRegister !== undefined ? { documentRegister } : {}) }, ['done'], onProgress);
  return { ...answer, checked: answer.id };
}

/** A file, or a sheet of the workbook, read as the meeting's document register. */
export async function readDocumentRegisterOf(source: Source, name?: string): Promise<DocumentRegister> {
  return (await run({ mode: 'document-register', source, ...(name !== undefined ? { name } : {}) }, ['document-register'])).register;
}

/** What a file says, without checking it. */
export async function readMeeting(source: Source): Promise<Meeting> {
  return (await run({ mode: 'extract', source }, ['extracted'])).meeting;
}

/** The document a source reads as, and the settings Word or Excel kept in it (a file's own, by name). */
export async function readSnapshot(source: Source, onProgress?: OnProgress): Promise<{ snapshot: Snapshot; saved: ReadonlyMap<string, unknown> }> {
  const { snapshot, saved } = await run({ mode: 'read', source }, ['read'], onProgress);
  return { snapshot, saved };
}

/** A Generate plan made from the document of check `checked`, with its changes as the user is shown them. */
export async function makePlan<R extends PlanRequest>(checked: number, settings: unknown, request: R): Promise<{ plan: PlanOf<R>; changes: ShownChange[] }> {
  const { plan, changes } = await run({ mode: 'plan', checked, settings, request }, ['plan']);
  return { plan: plan as PlanOf<R>, changes };
}

/** A plan (or a fix, `fix` set) written into the document `source` reads as, as the preview writes it. */
export async function writeIn(source: Source, plan: Plan, fix = false): Promise<Written> {
  const answer = await run({ mode: 'write', source, plan, fix }, ['written', 'stale']);
  if (answer.kind === 'stale') return { status: 'stale', applied: answer.applied, missing: answer.missing };
  return { status: 'written', snapshot: answer.snapshot, applied: answer.applied, missing: answer.missing, ...(answer.bytes ? { bytes: answer.bytes } : {}) };
}

/**
 * The action register merged into a workbook: the counts, and when anything changed the workbook as written and as
 * read again; or refused, saying why (the user must change the workbook first).
 */
export type RegisterWritten =
  | { status: 'written'; added: number; updated: number; total: number; workbook?: { bytes: Uint8Array; snapshot: Snapshot } }
  | { status: 'refused'; message: string };

/** The actions `rows` merged into the action register of the .xlsx `workbook`, as the preview writes it. */
export async function writeRegisterIn(workbook: { name: string; bytes: Uint8Array }, rows: readonly RegisterRow[]): Promise<RegisterWritten> {
  const answer = await run({ mode: 'action-register', workbook, rows }, ['action-register', 'refused']);
  if (answer.kind === 'refused') return { status: 'refused', message: answer.message };
  const { added, updated, total, bytes, snapshot } = answer;
  return { status: 'written', added, updated, total, ...(bytes && snapshot ? { workbook: { bytes, snapshot } } : {}) };
}
