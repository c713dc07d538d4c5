// ref/malformed-number: a 3GPP Tdoc number with a digit too many ("S2-19010847"): nobody can find the document.
// Tdoc numbers are the year and a sequence: seven digits (six in older years).
import type { Rule } from '../rule';

const TOO_LONG = /^(?:[SRC][1-6P])-(\d{8,})(?:r\d+)?$/;

export const rule: Rule = {
  id: 'ref/malformed-number',
  severity: 'warning',
  description: 'A 3GPP Tdoc number has more digits than Tdoc numbers have.',
  check({ meeting, report }) {
    const written = [...meeting.citations, ...meeting.documents];
    for (const { id, raw, location } of written) {
      const digits = TOO_LONG.exec(id)?.[1];
      if (!digits) continue;
      report({
        message: `"${raw}" has ${digits.length} digits after "${id.slice(0, id.indexOf('-') + 1)}"; 3GPP Tdoc numbers have 7 (the year and a 5-digit sequence).`,
        location,
      });
    }
  },
};
