import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'date/weekday-mismatch';

describe(rule, () => {
  it.each([
    ['a weekday in parentheses', 'Meeting on 24 (Thursday) February 2012.', ['24 (Thursday) February 2012']],
    ['a weekday before the date', 'Session: Monday, 2 August 2024, 14:00', ['Monday, 2 August 2024']],
    ['a date whose year comes from the meeting', 'Meeting (Geneva, 29 July – 2 August 2025)\nSession: Thursday, 1 August', ['Thursday, 1 August']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['a right weekday', 'Session: Friday, 24 February 2012'],
    ['a right weekday, year from the meeting', 'Meeting (Geneva, 29 July – 2 August 2024)\nSession: Thursday, 1 August'],
    ['a date without a weekday', 'Session: 24 February 2012'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('says which weekday the date is, and where the year came from', () => {
    expect(findingsOf(rule, 'Meeting on 24 (Thursday) February 2012.')[0]!.message).toMatchInlineSnapshot(
      `""24 (Thursday) February 2012" says Thursday, but that date is a Friday."`,
    );
    expect(findingsOf(rule, 'Meeting (Geneva, 29 July – 2 August 2025)\nSession: Thursday, 1 August')[0]!.message).toMatchInlineSnapshot(
      `""Thursday, 1 August" says Thursday, but that date is a Friday (taking the year 2025 from the meeting dates)."`,
    );
  });
});
