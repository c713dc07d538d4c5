// numbering/duplicate: the same agenda item number appears twice, so references to it are ambiguous. An item carried
// over to the next day under its own number ("8 Base-case Model", then "8 Base-case Model (Continued)") is one item
// taken in two sittings, not a duplicate.
import { squash } from '../../text/normalize';
import type { Rule } from '../rule';
import { numberedLists } from './lists';

export const rule: Rule = {
  id: 'numbering/duplicate',
  severity: 'error',
  description: 'The same agenda item number appears twice.',
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
        report({ message: `Item number ${item.number} appears twice ("${earlier}" and "${item.title}").`, location: item.location });
      }
    }
  },
};

/** "(Continued)", "(cont.)", "(cont'd)", "– continued", "continued:" after the title, or "Continued:" before it. */
const CONTINUATION = /^\s*continued\s*[:–-]\s*|(?<!\s)\s*(?:\(\s*cont(?:'d|’d|\.|inued)?\s*\)|[–-]\s*continued|continued:?)\s*$/iu;

/** The later title is the earlier one marked as continued. */
function continues(earlier: string, later: string): boolean {
  const stripped = later.replace(CONTINUATION, '');
  return stripped !== later && squash(stripped).toLowerCase() === squash(earlier).toLowerCase();
}
