// time/outside-session: a slot starts, or ends, outside its session window ("09:00-10:30" in an 08:00-10:00 slot).
import { minutesOf } from '../../time/clock';
import type { Rule } from '../rule';
import { sessionName, slotName } from './sessions';

export const rule: Rule = {
  id: 'time/outside-session',
  severity: 'error',
  description: 'A slot starts or ends outside its session window.',
  check({ meeting, report }) {
    for (const slot of meeting.slots) {
      const session = meeting.sessions[slot.session];
      if (!session?.start || !session.end) continue;
      const [from, to] = [minutesOf(session.start), minutesOf(session.end)];
      const start = minutesOf(slot.start);
      const problem =
        start < from ? 'starts before' : start > to ? 'starts after' : slot.end && minutesOf(slot.end) > to ? 'ends after' : undefined;
      if (!problem) continue;
      report({
        message: `${slotName(slot)} ${problem} its session (${sessionName(session)}).`,
        location: slot.location,
      });
    }
  },
};
