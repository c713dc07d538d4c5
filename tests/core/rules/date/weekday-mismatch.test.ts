import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'date/weekday-mismatch';
/** Texts that start with a Markdown heading are read as Markdown (their "## " lines are headings). */
const check = (text: string) => findingsOf(rule, text, text.startsWith('# ') ? { name: 'agenda.md' } : {});

describe(rule, () => {
  it.each([
    ['a weekday in parentheses', 'Meeting on 24 (Thursday) February 2012.', ['24 (Thursday) February 2012']],
    ['a weekday before the date', 'Session: Monday, 2 August 2024, 14:00', ['Monday, 2 August 2024']],
    ['a date whose year comes from the meeting', 'Meeting (Geneva, 29 July – 2 August 2025)\nSession: Thursday, 1 August', ['Thursday, 1 August']],
    // Ordinals with a weekday and no month: the month is the meeting's, or the date heading's above them.
    ['a meeting day written "Tuesday 12th"', 'Meeting (Geneva, 10-14 June 2024)\nDrafting session: Tuesday 12th, 14:00', ['Tuesday 12th']],
    ['a day under a date heading, "Wed 13th"', '# Agenda\n\n## Monday, 3 March 2025\n\nContinued on Wed 13th', ['Wed 13th']],
    // Day and weekday ranges: each end's weekday is checked.
    ['both ends of a weekday range', 'Dates: Monday-Tuesday, May 14-15, 2024', ['Monday-Tuesday, May 14-15, 2024', 'Monday-Tuesday, May 14-15, 2024']],
    ['an abbreviated weekday range', 'Interim: Mon–Wed 4–6 June 2024', ['Mon–Wed 4–6 June 2024', 'Mon–Wed 4–6 June 2024']],
    ['the last day of a range', 'SG17: Tuesday 3 - Thursday 13 September 2024', ['Tuesday 3 - Thursday 13 September 2024']],
    // A table of past and future meetings: its dates are checked too.
    ['a date in a table of future meetings', '# Agenda\n\n## Future meetings\n\n| Dates | Location | Host |\n|---|---|---|\n| Friday, 31 March 2025 | Geneva | ITU |\n', ['Friday, 31 March 2025']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(check(text))).toEqual(expected);
  });

  it.each([
    ['a right weekday', 'Session: Friday, 24 February 2012'],
    ['a right weekday, year from the meeting', 'Meeting (Geneva, 29 July – 2 August 2024)\nSession: Thursday, 1 August'],
    ['a date without a weekday', 'Session: 24 February 2012'],
    ['a right "Wednesday 12th" in the meeting week', 'Meeting (Geneva, 10-14 June 2024)\nDrafting session: Wednesday 12th'],
    ['a day whose month cannot be known', 'Drafting session: Tuesday 12th'],
    ['a day before the date heading\'s day (the month may have turned)', '# Agenda\n\n## Monday, 24 March 2025\n\nFollow-up: Tuesday 1st'],
    ['a day under a heading without a date', '# Agenda\n\n## Monday, 3 March 2025\n\n## Next steps\n\nContinued on Wed 13th'],
    ['a weekday ordinal before its month, read as a whole date', 'Meeting: Tuesday 12th March 2013'],
    ['day columns of a schedule (W3C Immersive Web)', 'April 24-25th 2023 (Monday and Tuesday)\n\n| Time Slot | Time Slot | Monday 24th | Tuesday 25th |\n|---|---|---|---|\n| 09:00 | 09:15 | Intro | Intro |\n'],
    ['a right weekday range (W3C WebAssembly CG)', '- **Dates**: Wednesday-Thursday, October 11-12, 2023'],
    ['a right weekday on each end of a range', 'SG17: Tuesday 3 - Friday 13 September 2024'],
  ])('is silent for %s', (_, text) => {
    expect(check(text)).toEqual([]);
  });

  it('says which weekday the date is, and where the year came from', () => {
    expect(findingsOf(rule, 'Meeting on 24 (Thursday) February 2012.')[0]!.message).toMatchInlineSnapshot(
      `""24 (Thursday) February 2012" says Thursday, but that date is a Friday."`,
    );
    expect(findingsOf(rule, 'Meeting (Geneva, 29 July – 2 August 2025)\nSession: Thursday, 1 August')[0]!.message).toMatchInlineSnapshot(
      `""Thursday, 1 August" says Thursday, but that date is a Friday (taking the year 2025 from the meeting dates)."`,
    );
    expect(findingsOf(rule, 'Meeting (Geneva, 10-14 June 2024)\nDrafting session: Tuesday 12th')[0]!.message).toMatchInlineSnapshot(`""Tuesday 12th" says Tuesday, but that date is a Wednesday (reading it as 12 June 2024, from the dates around it)."`);
  });
});
