// time/overrun: the item durations of a session add up to more than its window (IETF "20 min - …" items).
import { minutesOf } from '../../time/clock';
import type { Rule } from '../rule';
import { windowOf } from './sessions';

export const rule: Rule = {
  id: 'time/overrun',
  severity: 'warning',
  description: 'Item durations add up to more than the session window.',
  check({ meeting, report }) {
    meeting.sessions.forEach((session, index) => {
      if (!session.start || !session.end) return;
      const window = minutesOf(session.end) - minutesOf(session.start);
      // A nested item's minutes are its group's: counted once, in the group's.
      const planned = meeting.agenda.filter((item) => item.session === index && item.minutes !== undefined && item.within === undefined);
      const total = planned.reduce((sum, item) => sum + item.minutes!, 0);
      if (planned.length === 0 || total <= window) return;
      report({
        message: `The items of ${session.label} add up to ${total} min, more than the ${window} min of its window ${windowOf(session)}.`,
        location: session.location,
      });
    });
  },
};
