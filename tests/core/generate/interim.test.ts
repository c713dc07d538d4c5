// E-meeting deadlines set by a rule that starts as the agenda's own: only the deadlines the rule moves are rewritten,
// spelt as the plan spells its dates.
import { describe, expect, it } from 'vitest';
import { changesOf, deadlineFor, deadlineRuleOf, interimPlan, isEmptyPlan, spellDateLike } from '../../../src/core';
import { analyseFile } from '../../helpers/analyse';
import { WP2 } from '../../helpers/shared';

const SAMPLE = new URL('../../../samples/rg-wm-draft-agenda.docx', import.meta.url).pathname;

describe('interim e-meeting deadlines', () => {
  it.each([
    ['2025-02-11', 8, true, '2025-02-03'],
    ['2025-04-14', 8, true, '2025-04-04'],
    ['2025-04-14', 8, false, '2025-04-06'],
    ['2025-04-14', 12, true, '2025-04-02'],
  ])('a meeting on %s, %i days before (off weekends: %s): %s', (date, days, offWeekends, deadline) => {
    expect(deadlineFor(date, { daysBefore: days, offWeekends })).toBe(deadline);
  });

  it('finds the rule the agenda’s own deadlines follow, and writes nothing by it', () => {
    const { snapshot, meeting } = analyseFile(WP2);
    const rule = deadlineRuleOf(meeting.interimMeetings);
    expect(rule).toEqual({ daysBefore: 8, offWeekends: false });
    expect(isEmptyPlan(interimPlan(meeting, snapshot, rule!))).toBe(true);
  });

  it('says when the deadlines follow no single rule (the sample: 9 days, one on a Sunday, then 8)', () => {
    expect(deadlineRuleOf(analyseFile(SAMPLE).meeting.interimMeetings)).toBeUndefined();
  });

  it('rewrites only the deadlines a new rule moves, as the plan writes its dates', () => {
    const { snapshot, meeting } = analyseFile(WP2);
    const plan = interimPlan(meeting, snapshot, { daysBefore: 8, offWeekends: true });
    expect(changesOf(plan, snapshot).map((c) => [c.before, c.after])).toEqual([['6 April 2025', '4 April 2025']]);
  });

  it.each([
    ['8 March 2026', '2026-05-04', '4 May 2026'],
    ['Sunday, 8 March 2026', '2026-05-04', 'Monday, 4 May 2026'],
    ['Sun 8 Mar 2026', '2026-05-04', 'Mon 4 May 2026'],
    ['March 8, 2026', '2026-05-04', 'May 4, 2026'],
    ['8th March', '2026-05-04', '4th May'],
    ['2026-03-08', '2026-05-04', '2026-05-04'],
    ['8 MARCH 2026', '2026-05-04', '4 MAY 2026'],
  ])('spells a date written %s for %s as %s', (written, iso, expected) => {
    expect(spellDateLike(written, iso)).toBe(expected);
  });
});
