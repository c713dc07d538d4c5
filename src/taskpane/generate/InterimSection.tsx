// Interim e-meetings: contribution deadlines from a rule (so many calendar days before each e-meeting, moved off
// weekends or not) that starts as the rule the agenda's own deadlines follow; writing rewrites only the deadlines the
// rule moves. And the meeting's sessions, e-meetings and deadlines as an .ics calendar in their own time zone.
import { Body1, Button, Checkbox, Field, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarArrowDown20Regular, TableEdit20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { DEFAULT_DEADLINE_RULE, deadlineRuleOf, isEmptyPlan, spellDate, withDeadlines, type Config, type DeadlineRule, type Meeting } from '../../core';
import type { PlanRequest } from '../pipeline/messages';
import type { Write } from './GeneratePanel';
import { Buttons, Notes, Section, wholeNumber } from './parts';
import { fileNameFor, saveFile } from './save-file';
import { usePlan } from './use-plan';

const useStyles = makeStyles({
  plan: { borderCollapse: 'collapse', width: '100%', '& th, & td': { textAlign: 'start', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: 'top' } },
});

interface Props {
  meeting: Meeting;
  /** The check whose document the plan is made from. */
  checked: number;
  config: Config;
  busy: boolean;
  write: Write;
  onProblem: (error: unknown) => void;
}

export function InterimSection({ meeting, checked, config, busy, write, onProblem }: Props) {
  const styles = useStyles();
  const own = useMemo(() => deadlineRuleOf(meeting.interimMeetings), [meeting]);
  const [rule, setRule] = useState<DeadlineRule>(own ?? DEFAULT_DEADLINE_RULE);
  const planned = useMemo(() => withDeadlines(meeting.interimMeetings, rule), [meeting, rule]);
  const request = useMemo(() => ({ generator: 'interim', rule }) satisfies PlanRequest, [rule]);
  const made = usePlan(checked, undefined, request, onProblem);
  const dated = planned.filter((m) => m.date);

  const downloadCalendar = async () => {
    try {
      const { meetingCalendar } = await import('../../io/ics');
      const calendar = meetingCalendar({ ...meeting, interimMeetings: planned }, config.timeZone ? { defaultTimeZone: config.timeZone } : {});
      saveFile(fileNameFor(meeting.facts.group, 'meetings.ics'), calendar, 'text/calendar');
    } catch (error) {
      onProblem(error);
    }
  };

  return (
    <Section busy={!made} title="E-meetings and calendar" description="Contribution deadlines set by a rule, and a calendar of the sessions, e-meetings and deadlines.">
      {dated.length === 0 ? (
        <Body1>The agenda plans no dated e-meetings; the calendar holds the meeting's own sessions.</Body1>
      ) : (
        <>
          <Body1>{own ? `The agenda's deadlines are ${own.daysBefore} calendar days before each e-meeting${own.offWeekends ? ', moved off weekends' : ''}.` : "The agenda's deadlines follow no single rule."}</Body1>
          <Field label="Deadline: calendar days before the e-meeting">
            <SpinButton
              value={rule.daysBefore}
              min={0}
              max={90}
              onChange={(_, data) => {
                const value = wholeNumber(data);
                if (value !== undefined) setRule((old) => ({ ...old, daysBefore: value }));
              }}
            />
          </Field>
          <Checkbox label="Move a deadline on a weekend to the Friday before" checked={rule.offWeekends} onChange={(_, data) => setRule((old) => ({ ...old, offWeekends: data.checked === true }))} />
          <table className={styles.plan} aria-label="E-meetings and their deadlines">
            <thead>
              <tr>
                <th scope="col">E-meeting</th>
                <th scope="col">Deadline</th>
              </tr>
            </thead>
            <tbody>
              {dated.map((m, i) => (
                <tr key={i}>
                  <td>
                    {m.group ? `${m.group}, ` : ''}
                    {spellDate(m.date!, 'd MMMM yyyy')}
                  </td>
                  <td>{m.deadline ? spellDate(m.deadline, 'EEEE d MMMM yyyy') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {made && <Notes notes={made.plan.notes} label="Notes on the e-meeting deadlines" />}
          <Buttons>
            <Button icon={<TableEdit20Regular />} disabled={busy || !made || isEmptyPlan(made.plan)} onClick={() => made && write(made.plan, made.changes)}>
              {!made ? 'Working out the deadlines…' : isEmptyPlan(made.plan) ? 'Deadlines already follow the rule' : 'Write the deadlines…'}
            </Button>
          </Buttons>
        </>
      )}
      <Buttons>
        <Button icon={<CalendarArrowDown20Regular />} disabled={busy} onClick={() => void downloadCalendar()}>
          Download calendar (.ics)
        </Button>
      </Buttons>
    </Section>
  );
}
