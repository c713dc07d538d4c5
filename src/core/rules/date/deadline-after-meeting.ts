// date/deadline-after-meeting: a contribution deadline is on or after the meeting it is for, so nobody can meet it.
import { daysBetween } from '../../time/dates';
import { defineRule } from '../rule';
import { spellDate } from '../../time/spell';

export const rule = defineRule({
  id: 'date/deadline-after-meeting',
  severity: 'error',
  description: 'A contribution deadline is on or after the meeting it is for.',
  messages: {
    deadlineOfPlannedMeeting: 'The contribution deadline {{deadline}} is on or after the meeting it is for ({{meeting}}); it must come before the meeting.',
    deadlineOfThisMeeting: 'The deadline "{{deadline}}" is on or after the start of the meeting ({{start}}); it must come before the meeting starts.',
  },
  check({ meeting, report }) {
    for (const interim of meeting.interimMeetings) {
      if (!interim.deadline || !interim.date || daysBetween(interim.deadline, interim.date) > 0) continue;
      report({
        messageId: 'deadlineOfPlannedMeeting',
        data: { deadline: spellDate(interim.deadline), meeting: spellDate(interim.date) },
        location: interim.deadlineLocation ?? interim.location,
      });
    }
    const start = meeting.facts.start;
    const inPlans = new Set(meeting.interimMeetings.map((m) => m.deadlineLocation && `${m.deadlineLocation.block}:${m.deadlineLocation.row}`));
    for (const mention of meeting.dates) {
      if (mention.role !== 'deadline' || !mention.date || !start) continue;
      if (inPlans.has(`${mention.location.block}:${mention.location.row}`) || daysBetween(mention.date, start) > 0) continue;
      report({
        messageId: 'deadlineOfThisMeeting',
        data: { deadline: mention.raw, start: spellDate(start) },
        location: mention.location,
      });
    }
  },
});
