import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'date/invalid';

describe(rule, () => {
  it.each([
    ['31 February', 'Deadline: 31 February 2025', ['31 February 2025']],
    ['29 February in a common year', 'Meeting on 29 February 2025', ['29 February 2025']],
    ['31 April without a year', 'Meeting (Geneva, 1-5 April 2024)\nReview on 31 April', ['31 April']],
    ['a date in a table of past meetings', '# Agenda\n\n## Past meetings\n\n| Date | Venue |\n|---|---|\n| 31 April 2024 | Geneva |\n', ['31 April 2024']],
    ['the end of a weekday range', 'Interim: Monday 28 - Thursday 31 April 2025', ['Monday 28 - Thursday 31 April 2025']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['29 February in a leap year', 'Meeting on 29 February 2024'],
    ['the last day of a month', 'Meeting on 30 April 2025'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('says how many days the month has', () => {
    expect(findingsOf(rule, 'Deadline: 31 February 2025')[0]!.message).toMatchInlineSnapshot(
      `""31 February 2025" is not a date that exists: February 2025 has 28 days."`,
    );
  });
});
