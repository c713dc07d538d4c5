// The pipeline in a Web Worker: reading a document (and the settings kept in it), extracting and checking it, placing
// each finding in the user's words, the Generate tab's plans and the changes they make, and writing them in the
// preview, the action register merged into the preview's workbook — every step of it — run here, so even a 1,700-row
// document list never freezes the task pane; the pane is told the stage and how far reading has come. The worker stays
// for the pane's life and answers requests in turn. It keeps the last document it read (Check after opening reads the
// file once), the last check (plans are made from it) and which Snapshot the pane last received (not sent twice); a
// Snapshot crosses in slices, so the page takes it in short tasks, and a file written here is handed over, not copied.
// Whatever goes wrong in here comes back as one line the pane can show, never as a silent stop.
import {
  DEFAULT_CONFIG,
  DocumentRegister,
  RULE_IDS,
  agendaPlan,
  analyse,
  annexPlan,
  changesOf,
  describeLocation,
  documentRecordsOf,
  extract,
  interimPlan,
  parseConfig,
  readDocumentRegister,
  type Block,
  type Meeting,
  type Plan,
  type RegisterRow,
  type Snapshot,
} from '../../core';
import { savedSettingsOf } from '../../io/docx/addin-settings';
import { readFlatOpc } from '../../io/docx/read';
import { readAnyFile } from '../../io/read';
import { attempt, type ReadResult } from '../../io/read-error';
import { mergeRegisterInto } from '../../io/xlsx/register-merge';
import type { Source } from '../../office/host';
import type { PipelineAnswer, PipelineRequest, PipelineResponse, PlanRequest, ShownChange, SnapshotSent } from './messages';
import { writeInto } from './write';

/** How much further reading must come before the pane is told again (the pane redraws its bar each time). */
const STEP = 0.05;
/** Rows (a paragraph counts one) per message of a Snapshot sent to the pane. */
const SLICE = 100;

/** Answers the pane; `transfer`: buffers of the answer handed over to the pane (the worker no longer holds them). */
type Post = (message: PipelineAnswer, transfer?: Transferable[]) => void;

/** The last document read from a file or from Word, and what reading it gave. */
let lastRead: { source: Source; read: ReadResult<Snapshot> } | undefined;
/** The last check: the document and meeting the Generate tab's plans are made from. */
let lastCheck: { id: number; snapshot: Snapshot; meeting: Meeting } | undefined;
/** The Snapshot the pane last received. */
let sent: Snapshot | undefined;

self.onmessage = async (event: MessageEvent<PipelineRequest>) => {
  const id = event.data.id;
  const post: Post = (message, transfer = []) => (self as unknown as Worker).postMessage({ id, ...message } satisfies PipelineResponse, transfer);
  try {
    await run(event.data, post);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ kind: 'unreadable', message: `Docket stopped on this document (${message.slice(0, 300)}). Please report it with the document.` });
  }
};

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Whether two sources are the same document: the same file, or the same Word XML. */
function sameSource(a: Source, b: Source): boolean {
  if (a.kind === 'file' && b.kind === 'file') return a.name === b.name && sameBytes(a.bytes, b.bytes);
  return a.kind === 'ooxml' && b.kind === 'ooxml' && a.xml === b.xml;
}

/** The source read, or the same source's last reading. */
async function read(source: Source, post: Post): Promise<ReadResult<Snapshot>> {
  if (source.kind === 'snapshot') return { ok: true, value: source.snapshot, notes: [] };
  if (lastRead && sameSource(lastRead.source, source)) return lastRead.read;
  post({ kind: 'progress', stage: 'reading', done: 0 });
  let told = 0;
  const progress = (done: number) => {
    if (done - told < STEP) return;
    told = done;
    post({ kind: 'progress', stage: 'reading', done });
  };
  const result = source.kind === 'ooxml' ? attempt(() => readFlatOpc(source.xml)) : await readAnyFile(source.name, source.bytes, progress);
  lastRead = { source, read: result };
  return result;
}

/** Sends a Snapshot to the pane in slices, unless the pane holds it already; says which. */
function send(snapshot: Snapshot, post: Post): SnapshotSent {
  if (snapshot === sent) return 'same';
  let blocks: Block[] = [];
  let weight = 0;
  const flush = () => {
    if (blocks.length > 0) post({ kind: 'blocks', blocks });
    blocks = [];
    weight = 0;
  };
  for (const block of snapshot.blocks) {
    if (block.kind === 'table' && block.rows.length > SLICE) {
      flush();
      post({ kind: 'blocks', blocks: [{ ...block, rows: block.rows.slice(0, SLICE) }] });
      for (let r = SLICE; r < block.rows.length; r += SLICE) post({ kind: 'rows', rows: block.rows.slice(r, r + SLICE) });
      continue;
    }
    blocks.push(block);
    weight += block.kind === 'table' ? block.rows.length : 1;
    if (weight >= SLICE) flush();
  }
  flush();
  sent = snapshot;
  return 'parts';
}

const configOf = (settings: unknown) => {
  const parsed = settings === undefined ? undefined : parseConfig(settings, RULE_IDS);
  return { config: parsed?.ok ? parsed.config : DEFAULT_CONFIG, ...(parsed && !parsed.ok ? { problem: parsed.message } : {}) };
};

function planOf(request: PlanRequest, snapshot: Snapshot, meeting: Meeting, settings: unknown): Plan {
  switch (request.generator) {
    case 'annex': {
      const { config } = configOf(settings);
      const { order, dropUncited, register } = request;
      return annexPlan(meeting, snapshot, { categories: config.categories, order, dropUncited, ...(register ? { register: documentRecordsOf(register) } : {}) });
    }
    case 'agenda':
      return agendaPlan(meeting, snapshot, request.sessions);
    case 'interim':
      return interimPlan(meeting, snapshot, request.rule);
  }
}

/** The plan's changes as the user is shown them, each placed in their words. */
function shownChanges(plan: Plan, snapshot: Snapshot, meeting: Meeting): ShownChange[] {
  return changesOf(plan, snapshot).map(({ kind, location, before, after }) => ({
    kind,
    where: kind === 'table' ? 'A new table after the cursor' : describeLocation(location, snapshot, meeting),
    before,
    after,
  }));
}

async function run(request: PipelineRequest, post: Post): Promise<void> {
  if (request.mode === 'plan') {
    if (lastCheck?.id !== request.checked) return post({ kind: 'unreadable', message: 'The document has not been checked since the checker restarted: check it again.' });
    const { snapshot, meeting } = lastCheck;
    const plan = planOf(request.request, snapshot, meeting, request.settings);
    return post({ kind: 'plan', plan, changes: shownChanges(plan, snapshot, meeting) });
  }
  if (request.mode === 'action-register') return actionRegister(request.workbook, request.rows, post);

  const source = request.source;
  const result = await read(source, post);
  if (!result.ok) return post({ kind: 'unreadable', message: result.message });
  const snapshot = result.value;
  switch (request.mode) {
    case 'read':
      return post({ kind: 'read', snapshot: send(snapshot, post), saved: source.kind === 'file' ? savedSettingsOf(source.name, source.bytes) : new Map() });
    case 'extract':
      return post({ kind: 'extracted', meeting: extract(snapshot).meeting });
    case 'document-register':
      return post({ kind: 'document-register', register: readDocumentRegister(snapshot, request.name ?? (source.kind === 'file' ? source.name : 'the document')) });
    case 'write': {
      const written = writeInto(source.kind === 'file' ? source : undefined, snapshot, request.plan, request.fix);
      const { applied, missing } = written;
      if (written.status === 'stale') return post({ kind: 'stale', applied, missing });
      // The .docx written is the pane's alone: the worker keeps the document as it read it.
      const bytes = written.bytes;
      return post({ kind: 'written', snapshot: send(written.snapshot, post), ...(bytes ? { bytes } : {}), applied, missing }, bytes ? [bytes.buffer] : []);
    }
    case 'check': {
      post({ kind: 'progress', stage: 'checking' });
      const { config, problem } = configOf(request.settings);
      const register = request.documentRegister === undefined ? undefined : DocumentRegister.safeParse(request.documentRegister);
      const { meeting, findings } = analyse(snapshot, config, register?.success ? [register.data] : []);
      lastCheck = { id: request.id, snapshot, meeting };
      return post({
        kind: 'done',
        snapshot: send(snapshot, post),
        meeting,
        findings: findings.map((finding) => ({ ...finding, where: describeLocation(finding.location, snapshot, meeting) })),
        notes: result.notes,
        ...(problem ? { settingsProblem: problem } : {}),
        ...(register && !register.success ? { registerProblem: register.error.issues[0]?.message ?? 'not a document register' } : {}),
      });
    }
  }
}

/**
 * Merges the actions into the workbook's action register and reads the workbook as written, which Check takes next;
 * a workbook that cannot take it as it is (a ReadError: a total row, something where the new rows would go) is refused,
 * saying why.
 */
async function actionRegister(workbook: { name: string; bytes: Uint8Array }, rows: readonly RegisterRow[], post: Post): Promise<void> {
  const merged = attempt(() => mergeRegisterInto(workbook.bytes, rows));
  if (!merged.ok) return post({ kind: 'refused', message: merged.message });
  const { bytes, added, updated, total } = merged.value;
  if (!bytes) return post({ kind: 'action-register', added, updated, total });
  // The worker keeps a copy of its own for the next Check; the workbook written is handed over to the pane.
  const result = await read({ kind: 'file', name: workbook.name, bytes: bytes.slice() }, post);
  if (!result.ok) return post({ kind: 'unreadable', message: result.message });
  return post({ kind: 'action-register', snapshot: send(result.value, post), bytes, added, updated, total }, [bytes.buffer]);
}
