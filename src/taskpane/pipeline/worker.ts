// The pipeline in a Web Worker: reading and checking a large document never freezes the task pane. Whatever goes
// wrong in here comes back as one line the pane can show, never as a silent stop.
import { DEFAULT_CONFIG, DocumentRegister, RULE_IDS, analyse, extract, parseConfig, readDocumentRegister } from '../../core';
import { readFlatOpc } from '../../io/docx/read';
import { readAnyFile } from '../../io/read';
import { attempt } from '../../io/read-error';
import type { PipelineRequest, PipelineResponse } from './messages';

const post = (message: PipelineResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<PipelineRequest>) => {
  try {
    await run(event.data);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ kind: 'unreadable', message: `Docket stopped on this document (${message.slice(0, 300)}). Please report it with the document.` });
  }
};

async function run({ mode, source, settings, documentRegister, name }: PipelineRequest): Promise<void> {
  post({ kind: 'progress', stage: 'reading' });
  const read =
    source.kind === 'snapshot'
      ? { ok: true as const, value: source.snapshot, notes: [] }
      : source.kind === 'ooxml'
        ? attempt(() => readFlatOpc(source.xml))
        : await readAnyFile(source.name, source.bytes);
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
