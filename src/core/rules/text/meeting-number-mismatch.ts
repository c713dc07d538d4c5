// text/meeting-number-mismatch: the head of the document names two meeting numbers ("SA WG2 Meeting #136", then
// "Agenda for SA2#135"): a title carried over from the last meeting's agenda.
import { meetingNumbersInHead } from '../../refs/meeting-number';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'text/meeting-number-mismatch',
  severity: 'warning',
  description: 'The head of the document names two different meeting numbers.',
  messages: {
    otherMeeting: '"{{mention}}" names meeting {{number}}, but the document is for meeting {{expected}} ("{{first}}").',
  },
  check({ snapshot, report }) {
    const [first, ...others] = meetingNumbersInHead(snapshot);
    if (!first) return;
    for (const mention of others) {
      if (mention.number === first.number) continue;
      report({
        messageId: 'otherMeeting',
        data: { mention: mention.raw, number: mention.number, expected: first.number, first: first.raw },
        location: { ...mention.at, text: mention.raw },
      });
    }
  },
});
