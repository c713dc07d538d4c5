// The pipeline in a Web Worker: reading and checking a large document never freezes the task pane.
import { DEFAULT_CONFIG, DocumentRegister, RULE_IDS, analyse, extract, parseConfig, readDocumentRegister } from '../../core';
import { readFlatOpc } from '../../io/docx/read';
import { readAnyFile } from '../../io/read';
import { attempt } from '../../io/read-error';
import type { PipelineRequest, PipelineResponse } from './messages';

const post = (message: PipelineResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<PipelineRequest>) => {
  const { mode, source, settings, documentRegister, name } = event.data;
  post({ kind: 'progress', stage: 'reading' });
  const read =
    source.kind === 'snapshot'
      ? ({ ok: true, value: source.snapshot } as const)
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
    ...(parsed && !parsed.ok ? { settingsProblem: parsed.message } : {}),
    ...(register && !register.success ? { registerProblem: register.error.issues[0]?.message ?? 'not a document register' } : {}),
  });
};
