// table/empty: a recognised table (agenda, document list, e-meeting plan) has its header but no rows: either it is
// still to be filled in, or it should go.
import type { Rule } from '../rule';

const KINDS = {
  agenda: 'agenda table',
  'document-list': 'document list',
  'interim-meetings': 'e-meeting plan',
  'time-grid': 'time-allocation grid',
  meetings: 'table of meetings',
  'action-list': 'action list',
} as const;

export const rule: Rule = {
  id: 'table/empty',
  severity: 'info',
  description: 'A recognised table has a header but no rows.',
  check({ meeting, report }) {
    for (const table of meeting.tables) {
      if (table.rows > 0) continue;
      report({
        message: `The ${KINDS[table.kind]}${table.title ? ` under "${table.title}"` : ''} has a header but no rows.`,
        location: table.location,
      });
    }
  },
};
