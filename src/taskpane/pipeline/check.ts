// Runs the pipeline in its worker: reading only (for the preview to render), or reading and checking.
import type { Finding, Meeting, Snapshot } from '../../core';
import type { Source } from '../../office/host';
import type { PipelineRequest, PipelineResponse } from './messages';

export interface CheckResult {
  snapshot: Snapshot;
  meeting: Meeting;
  findings: Finding[];
  settingsProblem?: string;
}

export class UnreadableDocument extends Error {
  override readonly name = 'UnreadableDocument';
}

type Stage = 'reading' | 'checking';

function run(request: PipelineRequest, onProgress: (stage: Stage) => void): Promise<Exclude<PipelineResponse, { kind: 'progress' | 'unreadable' }>> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { name: 'docket-pipeline' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PipelineResponse>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message.stage);
      worker.terminate();
      if (message.kind === 'unreadable') reject(new UnreadableDocument(message.message));
      else resolve(message);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The checker stopped unexpectedly.'));
    };
    worker.postMessage(request);
  });
}

export async function runCheck(source: Source, settings: unknown, onProgress: (stage: Stage) => void): Promise<CheckResult> {
  const response = await run({ mode: 'check', source, settings }, onProgress);
  if (response.kind !== 'done') throw new Error('The checker answered a check with something else.');
  return response;
}

export async function readSnapshot(source: Source): Promise<Snapshot> {
  const response = await run({ mode: 'read', source }, () => undefined);
  return response.snapshot;
}
