// time/outside-session: a slot starts, or ends, outside its session window ("09:00-10:30" in an 08:00-10:00 session).
// In a time-allocation grid the row's band is not a limit: an entry that writes its own times ("09:00 – 10:30
// Opening") plans them, so running past the band is an info that names the band, never an error.
import { minutesOf } from '../../time/clock';
import { defineRule } from '../rule';
import { sessionName, slotName } from './sessions';

export const rule = defineRule({
  id: 'time/outside-session',
  severity: 'error',
  description: 'A slot starts or ends outside its session window (in a time-allocation grid, outside its row band: info).',
  messages: {
    startsBefore: '{{slot}} starts before its session ({{session}}).',
    startsAfter: '{{slot}} starts after its session ({{session}}).',
    endsAfter: '{{slot}} ends after its session ({{session}}).',
    startsBeforeBand: "{{slot}} starts before its row's time band ({{band}}); the entry's own times are the plan.",
    startsAfterBand: "{{slot}} starts after its row's time band ({{band}}); the entry's own times are the plan.",
    endsAfterBand: "{{slot}} ends after its row's time band ({{band}}); the entry's own times are the plan.",
  },
  check({ meeting, report }) {
    for (const slot of meeting.slots) {
      const session = meeting.sessions[slot.session];
      if (!session?.start || !session.end) continue;
      const [from, to] = [minutesOf(session.start), minutesOf(session.end)];
      const start = minutesOf(slot.start);
      const problem = start < from ? 'startsBefore' : start > to ? 'startsAfter' : slot.end && minutesOf(slot.end) > to ? 'endsAfter' : undefined;
      if (!problem) continue;
      report(
        session.band
          ? { messageId: `${problem}Band`, data: { slot: slotName(slot), band: sessionName(session) }, location: slot.location, severity: 'info' }
          : { messageId: problem, data: { slot: slotName(slot), session: sessionName(session) }, location: slot.location },
      );
    }
  },
});
