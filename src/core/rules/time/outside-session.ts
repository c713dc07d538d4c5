// time/outside-session: a slot starts, or ends, outside its session window ("09:00-10:30" in an 08:00-10:00 session).
// In a time-allocation grid the row's band is not a limit: an entry that writes its own times ("09:00 – 10:30
// Opening") plans them, so running past the band is an info that names the band, never an error.
import { minutesOf } from '../../time/clock';
import type { Rule } from '../rule';
import { sessionName, slotName } from './sessions';

export const rule: Rule = {
  id: 'time/outside-session',
  severity: 'error',
  description: 'A slot starts or ends outside its session window (in a time-allocation grid, outside its row band: info).',
  check({ meeting, report }) {
    for (const slot of meeting.slots) {
      const session = meeting.sessions[slot.session];
      if (!session?.start || !session.end) continue;
      const [from, to] = [minutesOf(session.start), minutesOf(session.end)];
      const start = minutesOf(slot.start);
      const problem =
        start < from ? 'starts before' : start > to ? 'starts after' : slot.end && minutesOf(slot.end) > to ? 'ends after' : undefined;
      if (!problem) continue;
      report(
        session.band
          ? {
              message: `${slotName(slot)} ${problem} its row's time band (${sessionName(session)}); the entry's own times are the plan.`,
              location: slot.location,
              severity: 'info',
            }
          : { message: `${slotName(slot)} ${problem} its session (${sessionName(session)}).`, location: slot.location },
      );
    }
  },
};
