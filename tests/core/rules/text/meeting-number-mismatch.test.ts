import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'text/meeting-number-mismatch';

describe(rule, () => {
  it('fires for a title that names another meeting than the header', () => {
    const findings = findingsOf(rule, '\tSA WG2 Meeting #136\t\tS2-1910847\n\tNov 18 - 22, 2019, Reno, USA\n1. Agenda for SA2#135');
    expect(quoted(findings)).toEqual(['SA2#135']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`""SA2#135" names meeting 135, but the document is for meeting 136 ("Meeting #136")."`);
  });

  it.each([
    ['one meeting number throughout', 'SA WG2 Meeting #136\n1. Agenda for SA2#136'],
    ['IETF meetings', 'HTTP Working Group Agenda - IETF 102\nMinutes of IETF 102'],
    ['other numbers further down (last meeting’s report)', `SA WG2 Meeting #164\n${'text\n'.repeat(12)}Draft Report of SA WG2 meeting #163`],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
