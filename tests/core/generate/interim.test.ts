import { describe, expect, it } from 'vitest';
import { deadlineFor, interimTable, withDeadlines } from '../../../src/core';
import { analyseFile } from '../../helpers/analyse';
import { WP2 } from '../../helpers/shared';

describe('interim e-meeting plans', () => {
  it.each([
    ['2025-02-11', 8, true, '2025-02-03'],
    ['2025-04-14', 8, true, '2025-04-04'],
    ['2025-04-14', 8, false, '2025-04-06'],
    ['2025-04-14', 12, true, '2025-04-02'],
  ])('a meeting on %s, %i days before (off weekends: %s): %s', (date, days, offWeekends, deadline) => {
    expect(deadlineFor(date, { daysBefore: days, offWeekends })).toBe(deadline);
  });

  it('writes the plan in the TD template layout, Geneva time', () => {
    const { meeting } = analyseFile(WP2);
    const iem = meeting.interimMeetings.filter((m) => m.group === 'RG-IEM');
    const spec = interimTable(withDeadlines(iem, { daysBefore: 8, offWeekends: true }), 'Europe/Zurich');
    expect(spec.header).toEqual(['Date, Time\n(Geneva time)', 'Objectives', 'Contribution Deadline']);
    expect(spec.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['11 February 2025\n13:00 – 15:00', 'Review WTSA-24 outcomes, any other IEM topics', '3 February 2025'],
      ['14 April 2025\n13:00 – 15:00', 'Review WTSA-24 outcomes, any other IEM topics', '4 April 2025'],
    ]);
  });
});
