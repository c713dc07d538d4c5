// Interim e-meeting plans: contribution deadlines set by a rule (so many calendar days before the meeting, moved off
// weekends or not). The rule starts as the one the agenda's own deadlines follow, so writing with nothing changed
// changes nothing; a new rule rewrites only the deadlines it moves, each in the form the plan writes its dates.
import type { InterimMeeting, Meeting } from '../model/meeting';
import type { Snapshot } from '../model/snapshot';
import { paragraphsAt } from '../fix';
import { addDays, daysBetween, isWeekendDay } from '../time/dates';
import { spellDate, spellDateLike } from '../time/spell';
import { countWork } from '../work';
import { emptyPlan, type Plan } from './plan';

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

/** The rule every dated deadline of these meetings follows, if one does (the shortest such rule). */
export function deadlineRuleOf(meetings: readonly InterimMeeting[]): DeadlineRule | undefined {
  const dated = meetings.filter((m): m is InterimMeeting & { date: string; deadline: string } => m.date !== undefined && m.deadline !== undefined);
  const gaps = [...new Set(dated.map((m) => daysBetween(m.deadline, m.date)))].sort((a, b) => a - b);
  for (const daysBefore of gaps) {
    for (const offWeekends of [false, true]) {
      const rule = { daysBefore, offWeekends };
      if (daysBefore >= 0 && dated.every((m) => deadlineFor(m.date, rule) === m.deadline)) return rule;
    }
  }
  return undefined;
}

/** The edits that give every dated e-meeting of the agenda its deadline by the rule. */
export function interimPlan(meeting: Meeting, snapshot: Snapshot, rule: DeadlineRule): Plan {
  countWork('plan');
  const plan = emptyPlan('the e-meeting deadlines');
  for (const m of meeting.interimMeetings) {
    if (!m.date) continue;
    const deadline = deadlineFor(m.date, rule);
    if (deadline === m.deadline) continue;
    const at = m.deadlineLocation;
    const paragraph = at && paragraphsAt(snapshot, at).find((p) => p.text.includes(at.text));
    if (!at || !paragraph) {
      plan.notes.push({ message: `The e-meeting of ${m.date} has no deadline cell to write ${deadline} in.` });
      continue;
    }
    const model = m.deadline ? at.text : sibling(meeting);
    plan.edits.push({ location: at, find: at.text, replace: model ? spellDateLike(model, deadline) : spellDate(deadline, 'd MMMM yyyy') });
  }
  return plan;
}

/** A deadline the plans already write, to spell a new one like it. */
function sibling(meeting: Meeting): string | undefined {
  return meeting.interimMeetings.find((m) => m.deadline && m.deadlineLocation)?.deadlineLocation?.text;
}
