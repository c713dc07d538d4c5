// time/overrun: the item durations of a session add up to more than its window (IETF "20 min - …" items).
import { minutesOf } from '../../time/clock';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'time/overrun',
  severity: 'warning',
  description: 'Item durations add up to more than the session window.',
  messages: {
    overrun: 'The items of the session "{{session}}" add up to {{total}} min, more than the {{window}} min it has.',
  },
  check({ meeting, report }) {
    meeting.sessions.forEach((session, index) => {
      if (!session.start || !session.end) return;
      const window = minutesOf(session.end) - minutesOf(session.start);
      // A nested item's minutes are its group's: counted once, in the group's.
      const planned = meeting.agenda.filter((item) => item.session === index && item.minutes !== undefined && item.within === undefined);
      const total = planned.reduce((sum, item) => sum + item.minutes!, 0);
      if (planned.length === 0 || total <= window) return;
      report({
        messageId: 'overrun',
        data: { session: session.label, total, window },
        location: session.location,
      });
    });
  },
});
