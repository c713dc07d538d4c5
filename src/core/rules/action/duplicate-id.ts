// action/duplicate-id: two actions carry the same id (WP2-4 twice), so the action register cannot tell them apart.
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'action/duplicate-id',
  severity: 'error',
  description: 'Two actions carry the same id.',
  check({ meeting, report }) {
    const seen = new Map<string, string | undefined>();
    for (const action of meeting.actions) {
      if (!seen.has(action.id)) {
        seen.set(action.id, action.item);
        continue;
      }
      const where = seen.get(action.id);
      report({
        message: `Action id ${action.id} is used twice${where ? ` (first under item ${where})` : ''}; each action needs its own id.`,
        location: action.location,
      });
    }
  },
};
