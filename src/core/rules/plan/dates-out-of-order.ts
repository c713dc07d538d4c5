// plan/dates-out-of-order: in a work plan, a stage is planned before the stage it follows (the review of a draft due
// before the draft). Stages are ordered by what their headers name (start, draft, review, final, end).
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'plan/dates-out-of-order',
  severity: 'warning',
  description: 'A work plan plans a stage of a deliverable before the stage it follows.',
  messages: {
    beforeEarlier: '"{{item}}": {{later}} is {{laterDate}}, before its {{earlier}} ({{earlierDate}}).',
  },
  check({ meeting, report }) {
    for (const item of meeting.workPlan) {
      for (const stage of item.stages) {
        if (stage.step === undefined || !stage.date) continue;
        const earlier = item.stages.find((e) => e.step !== undefined && e.step < stage.step! && e.date !== undefined && e.date > stage.date!);
        if (!earlier) continue;
        report({
          messageId: 'beforeEarlier',
          data: { item: item.title, later: stage.name, laterDate: stage.location.text, earlier: earlier.name, earlierDate: earlier.location.text },
          location: stage.location,
        });
      }
    }
  },
});
