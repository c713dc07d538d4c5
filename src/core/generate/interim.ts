// Interim e-meeting plans: contribution deadlines computed from a rule the user sets (so many calendar days before
// the meeting, moved off weekends), and the plan as a table in the TD template's layout.
import type { InterimMeeting } from '../model/meeting';
import { addDays, isWeekendDay } from '../time/dates';
import { spellDate } from '../time/spell';
import type { TableSpec } from './table-spec';

export interface DeadlineRule {
  /** Calendar days before the meeting: 8 and 12 are usual. */
  daysBefore: number;
  /** A deadline falling on a Saturday or Sunday moves to the Friday before (or stays). */
  offWeekends: boolean;
}

export const DEFAULT_DEADLINE_RULE: DeadlineRule = { daysBefore: 8, offWeekends: true };

export function deadlineFor(meetingDate: string, rule: DeadlineRule): string {
  let deadline = addDays(meetingDate, -rule.daysBefore);
  while (rule.offWeekends && isWeekendDay(deadline)) deadline = addDays(deadline, -1);
  return deadline;
}

/** Meetings with their deadline set by the rule. */
export function withDeadlines(meetings: readonly InterimMeeting[], rule: DeadlineRule): InterimMeeting[] {
  return meetings.map((m) => (m.date ? { ...m, deadline: deadlineFor(m.date, rule) } : m));
}

const ZONE_NAMES: Record<string, string> = { 'Europe/Zurich': 'Geneva time', UTC: 'UTC' };

export function interimTable(meetings: readonly InterimMeeting[], timeZone: string | undefined): TableSpec {
  const zone = timeZone ? (ZONE_NAMES[timeZone] ?? timeZone) : undefined;
  const notes: TableSpec['notes'] = [];
  const rows = meetings.map((m, row) => {
    if (!m.date) notes.push({ row, message: 'This e-meeting has no date: give it one.' });
    const when = [m.date ? spellDate(m.date, 'd MMMM yyyy') : 'TBD', m.start ? `${m.start} – ${m.end ?? ''}`.trim() : ''].filter(Boolean).join('\n');
    return { cells: [{ text: when }, { text: m.objectives }, { text: m.deadline ? spellDate(m.deadline, 'd MMMM yyyy') : 'TBD' }] };
  });
  return {
    kind: 'interim',
    header: [zone ? `Date, Time\n(${zone})` : 'Date, Time', 'Objectives', 'Contribution Deadline'],
    rows,
    widths: [25, 50, 25],
    notes,
  };
}
