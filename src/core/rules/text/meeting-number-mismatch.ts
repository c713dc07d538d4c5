// text/meeting-number-mismatch: the head of the document names two meeting numbers ("SA WG2 Meeting #136", then
// "Agenda for SA2#135"): a title carried over from the last meeting's agenda.
import { meetingNumbersInHead } from '../../refs/meeting-number';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'text/meeting-number-mismatch',
  severity: 'warning',
  description: 'The head of the document names two different meeting numbers.',
  check({ snapshot, report }) {
    const [first, ...others] = meetingNumbersInHead(snapshot);
    if (!first) return;
    for (const mention of others) {
      if (mention.number === first.number) continue;
      report({
        message: `"${mention.raw}" names meeting ${mention.number}, but the document is for meeting ${first.number} ("${first.raw}").`,
        location: { ...mention.at, text: mention.raw },
      });
    }
  },
};
