// The pipeline in a Web Worker: reading and checking a large document never freezes the task pane.
import { DEFAULT_CONFIG, RULE_IDS, analyse, extract, parseConfig } from '../../core';
import { readFlatOpc } from '../../io/docx/read';
import { readAnyFile } from '../../io/read';
import { attempt } from '../../io/read-error';
import type { PipelineRequest, PipelineResponse } from './messages';

const post = (message: PipelineResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<PipelineRequest>) => {
  const { mode, source, settings } = event.data;
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

  post({ kind: 'progress', stage: 'checking' });
  const parsed = settings === undefined ? undefined : parseConfig(settings, RULE_IDS);
  const config = parsed?.ok ? parsed.config : DEFAULT_CONFIG;
  const { meeting, findings } = analyse(read.value, config);
  post({ kind: 'done', snapshot: read.value, meeting, findings, ...(parsed && !parsed.ok ? { settingsProblem: parsed.message } : {}) });
};
