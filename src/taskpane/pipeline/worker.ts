// The pipeline in a Web Worker: reading, extracting and checking a document — every step of it — run here, so even a
// 1,700-row document list never freezes the task pane; the pane is told the stage and how far reading has come. The
// worker stays for the pane's life and answers requests in turn. Whatever goes wrong in here comes back as one line
// the pane can show, never as a silent stop.
import { DEFAULT_CONFIG, DocumentRegister, RULE_IDS, analyse, extract, parseConfig, readDocumentRegister } from '../../core';
import { readFlatOpc } from '../../io/docx/read';
import { readAnyFile } from '../../io/read';
import { attempt } from '../../io/read-error';
import type { PipelineAnswer, PipelineRequest, PipelineResponse } from './messages';

/** How much further reading must come before the pane is told again (the pane redraws its bar each time). */
const STEP = 0.05;

self.onmessage = async (event: MessageEvent<PipelineRequest>) => {
  const id = event.data.id;
  const post = (message: PipelineAnswer) => (self as unknown as Worker).postMessage({ id, ...message } satisfies PipelineResponse);
  try {
    await run(event.data, post);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ kind: 'unreadable', message: `Docket stopped on this document (${message.slice(0, 300)}). Please report it with the document.` });
  }
};

async function run({ mode, source, settings, documentRegister, name }: PipelineRequest, post: (message: PipelineAnswer) => void): Promise<void> {
  post({ kind: 'progress', stage: 'reading', done: 0 });
  let told = 0;
  const progress = (done: number) => {
    if (done - told < STEP) return;
    told = done;
    post({ kind: 'progress', stage: 'reading', done });
  };
  const read =
    source.kind === 'snapshot'
      ? { ok: true as const, value: source.snapshot, notes: [] }
      : source.kind === 'ooxml'
        ? attempt(() => readFlatOpc(source.xml))
        : await readAnyFile(source.name, source.bytes, progress);
  if (!read.ok) return post({ kind: 'unreadable', message: read.message });
  if (mode === 'read') return post({ kind: 'read', snapshot: read.value });
  if (mode === 'extract') return post({ kind: 'extracted', meeting: extract(read.value).meeting });
  if (mode === 'document-register') return post({ kind: 'document-register', register: readDocumentRegister(read.value, name ?? (source.kind === 'file' ? source.name : 'the document')) });

  post({ kind: 'progress', stage: 'checking' });
  const parsed = settings === undefined ? undefined : parseConfig(settings, RULE_IDS);
  const config = parsed?.ok ? parsed.config : DEFAULT_CONFIG;
  const register = documentRegister === undefined ? undefined : DocumentRegister.safeParse(documentRegister);
  const { meeting, findings } = analyse(read.value, config, register?.success ? [register.data] : []);
  post({
    kind: 'done',
    snapshot: read.value,
    meeting,
    findings,
    notes: read.notes,
    ...(parsed && !parsed.ok ? { settingsProblem: parsed.message } : {}),
    ...(register && !register.success ? { registerProblem: register.error.issues[0]?.message ?? 'not a document register' } : {}),
  });
}
