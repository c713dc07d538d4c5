// Counts the runs of the heavy steps — reading a document (and the settings an add-in kept in it), extracting the
// meeting, checking it, placing a finding or a change in the user's words, making a generator's plan, listing the
// changes it makes, writing it, merging the action register into a workbook — on the global object of the thread that
// runs them, as `docketWork` ({ read: 1, extract: 1, check: 1 }). The browser tests read it on the task pane's main
// thread and in its Web Worker to prove the pane leaves all of them to the worker.
export type WorkStep = 'read' | 'settings' | 'extract' | 'check' | 'describe' | 'plan' | 'changes' | 'write' | 'register';

export function countWork(step: WorkStep): void {
  const scope = globalThis as { docketWork?: Partial<Record<WorkStep, number>> };
  const counts = (scope.docketWork ??= {});
  counts[step] = (counts[step] ?? 0) + 1;
}
