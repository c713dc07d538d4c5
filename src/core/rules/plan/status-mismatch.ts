// plan/status-mismatch: in a work plan, what a deliverable's cells say of its progress contradicts itself: a status
// "Not Started" beside a draft marked "Done" (or "Done" beside a stage not started), or a stage done while the stage
// before it has not started.
import type { WorkState } from '../../model/meeting';
import { defineRule } from '../rule';

/** One says the work is over, the other that it has not begun. */
function contradict(a: WorkState | undefined, b: WorkState | undefined): boolean {
  return (a === 'done' && b === 'not-started') || (a === 'not-started' && b === 'done');
}

export const rule = defineRule({
  id: 'plan/status-mismatch',
  severity: 'warning',
  description: 'A work plan’s status of a deliverable contradicts what its stages say.',
  messages: {
    statusVsStage: 'The status of "{{item}}" is "{{status}}", but its {{stage}} says "{{said}}".',
    stageVsStage: '"{{item}}": {{later}} says "{{laterSaid}}", but {{earlier}}, which comes before it, says "{{earlierSaid}}".',
  },
  check({ meeting, report }) {
    for (const item of meeting.workPlan) {
      const stage = item.stages.find((s) => contradict(item.status, s.state));
      if (stage && item.statusLocation) {
        report({
          messageId: 'statusVsStage',
          data: { item: item.title, status: item.statusText!, stage: stage.name, said: stage.location.text },
          location: item.statusLocation,
        });
      }
      for (const later of item.stages) {
        const earlier = item.stages.find((e) => later.state === 'done' && e.state === 'not-started' && e.step !== undefined && later.step !== undefined && e.step < later.step);
        if (!earlier) continue;
        report({
          messageId: 'stageVsStage',
          data: { item: item.title, later: later.name, laterSaid: later.location.text, earlier: earlier.name, earlierSaid: earlier.location.text },
          location: later.location,
        });
      }
    }
  },
});
