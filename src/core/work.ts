// Counts the runs of the heavy steps — reading a document, extracting the meeting, checking it — on the global object
// of the thread that runs them, as `docketWork` ({ read: 2, extract: 1, check: 1 }). The browser test reads it on the
// task pane's main thread and in its Web Worker to prove the pane leaves all of them to the worker.
export type WorkStep = 'read' | 'extract' | 'check';

export function countWork(step: WorkStep): void {
  const scope = globalThis as { docketWork?: Partial<Record<WorkStep, number>> };
  const counts = (scope.docketWork ??= {});
  counts[step] = (counts[step] ?? 0) + 1;
}
