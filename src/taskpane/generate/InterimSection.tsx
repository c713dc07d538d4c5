// Interim e-meeting plans: contribution deadlines from the rule the user sets (so many calendar days before each
// e-meeting, moved off weekends or not), each group's plan written in place, and the meetings and deadlines as an
// .ics calendar in their own time zone.
import { Body1, Button, Checkbox, Field, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarArrowDown20Regular, TableEdit20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { DEFAULT_DEADLINE_RULE, interimBlocks, withDeadlines, type Config, type DeadlineRule, type Meeting } from '../../core';
import type { Write } from './GeneratePanel';
import { Buttons, Notes, Section, wholeNumber } from './parts';
import { fileNameFor, saveFile } from './save-file';

const useStyles = makeStyles({
  plan: { borderCollapse: 'collapse', width: '100%', '& th, & td': { textAlign: 'start', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: 'top' } },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function InterimSection({ meeting, config, busy, write, onProblem }: { meeting: Meeting; config: Config; busy: boolean; write: Write; onProblem: (error: unknown) => void }) {
  const styles = useStyles();
  const [rule, setRule] = useState<DeadlineRule>(DEFAULT_DEADLINE_RULE);
  const blocks = useMemo(() => interimBlocks(meeting, rule), [meeting, rule]);

  const downloadCalendar = async () => {
    try {
      const { meetingCalendar } = await import('../../io/ics');
      const planned = { ...meeting, interimMeetings: withDeadlines(meeting.interimMeetings, rule) };
      const calendar = meetingCalendar(planned, config.timeZone ? { defaultTimeZone: config.timeZone } : {});
      saveFile(fileNameFor(meeting.facts.group, 'meetings.ics'), calendar, 'text/calendar');
    } catch (error) {
      onProblem(error);
    }
  };

  return (
    <Section title="E-meetings and calendar" description="Each group's interim e-meetings with contribution deadlines set by your rule, and a calendar of the sessions, e-meetings and deadlines.">
      {blocks.length === 0 ? (
        <Body1>No e-meeting plan of this agenda has meetings in it; the calendar holds the meeting's own sessions.</Body1>
      ) : (
        <>
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
        </>
      )}
      {blocks.map((block, b) => {
        const name = block.name ?? meeting.interimMeetings.find((m) => m.location.block === block.replaces)?.group ?? 'E-meetings';
        return (
          <div key={b} className={styles.group}>
            <table className={styles.plan} aria-label={`${name} e-meetings`}>
              <thead>
                <tr>
                  <th scope="col">{name}</th>
                  <th scope="col">Deadline</th>
                </tr>
              </thead>
              <tbody>
                {block.spec.rows.map((row, r) => (
                  <tr key={r}>
                    <td>{row.cells[0]!.text.replace('\n', ', ')}</td>
                    <td>{row.cells[2]!.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Notes notes={block.spec.notes} label={`Notes on the ${name} plan`} />
            <Buttons>
              <Button icon={<TableEdit20Regular />} disabled={busy} onClick={() => write(block, `the ${name} e-meeting plan`)}>
                Write {name} plan
              </Button>
            </Buttons>
          </div>
        );
      })}
      <Buttons>
        <Button icon={<CalendarArrowDown20Regular />} disabled={busy} onClick={() => void downloadCalendar()}>
          Download calendar (.ics)
        </Button>
      </Buttons>
    </Section>
  );
}
