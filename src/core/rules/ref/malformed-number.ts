// ref/malformed-number: a document number that is not as long as its body's numbers are ("S2-19010847", a digit too
// many; "S2-201234", a 2020 number a digit short): nobody can find the document. The lengths are the body's profile
// (3GPP: the year and a sequence, seven digits from 2017, six before).
import { PROFILES, type BodyProfile } from '../../profiles';
import type { MessageData } from '../messages';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'ref/malformed-number',
  severity: 'warning',
  description: "A document number has more or fewer digits than its body's numbers have.",
  messages: {
    tooLong: '"{{number}}" has {{digits}} digits after "{{prefix}}"; "{{prefix}}" numbers have {{expected}} (the year and a {{sequence}}-digit sequence).',
    tooShort: '"{{number}}" has {{digits}} digits after "{{prefix}}"; numbers of {{year}} have {{expected}} (the year and a {{sequence}}-digit sequence).',
  },
  check({ meeting, report }) {
    const { documentNumber, documentNumberLocation } = meeting.facts;
    const own = documentNumber && documentNumberLocation ? [{ id: documentNumber, raw: documentNumberLocation.text, location: documentNumberLocation }] : [];
    const written = [...own, ...meeting.citations, ...meeting.documents];
    for (const { id, raw, location } of written) {
      for (const { documentNumbers } of PROFILES) {
        const problem = documentNumbers && lengthProblem(id, documentNumbers);
        if (problem) report({ messageId: problem.messageId, data: { number: raw, ...problem.data }, location });
      }
    }
  },
});

/** What is wrong with the number's length, or undefined when it is right (or not the body's number). */
function lengthProblem(id: string, numbers: NonNullable<BodyProfile['documentNumbers']>): { messageId: 'tooLong' | 'tooShort'; data: MessageData } | undefined {
  const prefix = numbers.prefix.exec(id)?.[0];
  if (prefix === undefined) return undefined;
  const digits = /^\d+/.exec(id.slice(prefix.length))?.[0] ?? '';
  const longest = Math.max(...numbers.digitsFrom.map((d) => d.digits));
  if (digits.length > longest) {
    return { messageId: 'tooLong', data: { digits: digits.length, prefix, expected: longest, sequence: longest - 2 } };
  }
  const year = 2000 + Number(digits.slice(0, 2));
  const expected = numbers.digitsFrom.find((d) => year >= d.year);
  if (!expected || digits.length >= expected.digits || digits.length < 2) return undefined;
  return { messageId: 'tooShort', data: { digits: digits.length, prefix, year, expected: expected.digits, sequence: expected.digits - 2 } };
}
