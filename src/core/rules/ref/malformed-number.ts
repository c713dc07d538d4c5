// ref/malformed-number: a document number that is not as long as its body's numbers are ("S2-19010847", a digit too
// many; "S2-201234", a 2020 number a digit short): nobody can find the document. The lengths are the body's profile
// (3GPP: the year and a sequence, seven digits from 2017, six before).
import { PROFILES, type BodyProfile } from '../../profiles';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'ref/malformed-number',
  severity: 'warning',
  description: "A document number has more or fewer digits than its body's numbers have.",
  check({ meeting, report }) {
    const { documentNumber, documentNumberLocation } = meeting.facts;
    const own = documentNumber && documentNumberLocation ? [{ id: documentNumber, raw: documentNumberLocation.text, location: documentNumberLocation }] : [];
    const written = [...own, ...meeting.citations, ...meeting.documents];
    for (const { id, raw, location } of written) {
      for (const { documentNumbers } of PROFILES) {
        const problem = documentNumbers && lengthProblem(id, documentNumbers);
        if (problem) report({ message: `"${raw}" ${problem}`, location });
      }
    }
  },
};

/** What is wrong with the number's length, or undefined when it is right (or not the body's number). */
function lengthProblem(id: string, numbers: NonNullable<BodyProfile['documentNumbers']>): string | undefined {
  const prefix = numbers.prefix.exec(id)?.[0];
  if (prefix === undefined) return undefined;
  const digits = /^\d+/.exec(id.slice(prefix.length))?.[0] ?? '';
  const longest = Math.max(...numbers.digitsFrom.map((d) => d.digits));
  if (digits.length > longest) {
    return `has ${digits.length} digits after "${prefix}"; its numbers have ${longest} (the year and a ${longest - 2}-digit sequence).`;
  }
  const year = 2000 + Number(digits.slice(0, 2));
  const expected = numbers.digitsFrom.find((d) => year >= d.year);
  if (!expected || digits.length >= expected.digits || digits.length < 2) return undefined;
  return `has ${digits.length} digits after "${prefix}"; numbers of ${year} have ${expected.digits} (the year and a ${expected.digits - 2}-digit sequence).`;
}
