// table/empty: a recognised table (agenda, document list, e-meeting plan) has its header but no rows: either it is
// still to be filled in, or it should go.
import { defineRule } from '../rule';

const KINDS = {
  agenda: 'agenda table',
  'document-list': 'document list',
  'interim-meetings': 'e-meeting plan',
  'time-grid': 'time-allocation grid',
  meetings: 'table of meetings',
  'action-list': 'action list',
  'work-plan': 'work plan',
} as const;

export const rule = defineRule({
  id: 'table/empty',
  severity: 'info',
  description: 'A recognised table has a header but no rows.',
  messages: {
    empty: 'The {{table}} has a header but no rows; fill it in or remove it.',
    emptyUnder: 'The {{table}} under "{{title}}" has a header but no rows; fill it in or remove it.',
  },
  check({ meeting, report }) {
    for (const table of meeting.tables) {
      if (table.rows > 0) continue;
      report(
        table.title
          ? { messageId: 'emptyUnder', data: { table: KINDS[table.kind], title: table.title }, location: table.location }
          : { messageId: 'empty', data: { table: KINDS[table.kind] }, location: table.location },
      );
    }
  },
});
