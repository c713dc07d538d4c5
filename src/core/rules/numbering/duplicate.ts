// numbering/duplicate: the same agenda item number appears twice, so references to it are ambiguous. An item carried
// over to the next day under its own number ("8 Base-case Model", then "8 Base-case Model (Continued)") is one item
// taken in two sittings, not a duplicate.
import { squash } from '../../text/normalize';
import { defineRule } from '../rule';
import { numberedAs, numberedLists } from './lists';

export const rule = defineRule({
  id: 'numbering/duplicate',
  severity: 'error',
  description: 'The same agenda item number appears twice.',
  messages: {
    item: 'Item number {{number}} appears twice ("{{first}}" and "{{second}}"); each item needs its own number.',
    heading: 'Heading number {{number}} appears twice ("{{first}}" and "{{second}}"); each heading needs its own number.',
  },
  check({ meeting, report }) {
    for (const items of numberedLists(meeting)) {
      const seen = new Map<string, string>();
      for (const item of items) {
        const earlier = seen.get(item.number);
        if (earlier === undefined) {
          seen.set(item.number, item.title);
          continue;
        }
        if (continues(earlier, item.title)) continue;
        report({ messageId: numberedAs(items, meeting), data: { number: item.number, first: earlier, second: item.title }, location: item.location });
      }
    }
  },
});

/** "(Continued)", "(cont.)", "(cont'd)", "– continued", "continued:" after the title, or "Continued:" before it. */
const CONTINUATION = /^\s*continued\s*[:–-]\s*|(?<!\s)\s*(?:\(\s*cont(?:'d|’d|\.|inued)?\s*\)|[–-]\s*continued|continued:?)\s*$/iu;

/** The later title is the earlier one marked as continued. */
function continues(earlier: string, later: string): boolean {
  const stripped = later.replace(CONTINUATION, '');
  return stripped !== later && squash(stripped).toLowerCase() === squash(earlier).toLowerCase();
}
