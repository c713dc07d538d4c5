import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../helpers/rules';

const rule = 'parse/unrecognised-table';

describe(rule, () => {
  it('fires, as info, for a data table Docket does not know', () => {
    const findings = findingsOf(rule, 'Name | Role | Email\nAda | Chair | a@x.org\nBob | Vice-chair | b@x.org');
    expect(findings).toMatchObject([{ severity: 'info', location: { row: 0, col: 0, text: 'Name' } }]);
    expect(findings[0]!.message).toMatchInlineSnapshot(
      `"A table with 3 columns ("Name | Role | Email") is not an agenda, document list, e-meeting plan, action list, time grid or work plan; its rows were not checked."`,
    );
  });

  it.each([
    ['a small layout table', 'Abstract: | This TD contains the agenda\nKeywords: | agenda'],
    ['a recognised table', 'AI# | Topic | Specs\n1 | Opening | \n2 | Agenda | '],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
