// The agenda timing table, retimed: the user sets each session's start and each timed item's minutes, every later
// time moves with them, and an agenda that runs past its session's end says so before it is written.
import { Body1, Button, Caption1, Dropdown, Field, Input, Option, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import { TableEdit20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { agendaBlock, minutesOf, retime, sessionPlans, spellDate, type Meeting, type SessionPlan } from '../../core';
import type { Write } from './GeneratePanel';
import { Buttons, Notes, Section, wholeNumber } from './parts';

const useStyles = makeStyles({
  session: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  items: { display: 'grid', gridTemplateColumns: '3.2em 1fr 5.5em', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, alignItems: 'center' },
  time: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  title: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** A session's start as the user typed it, if it is a time of day. */
const startOf = (plan: SessionPlan) => (plan.start !== undefined && CLOCK.test(plan.start) ? plan.start : undefined);

export function AgendaSection({ meeting, busy, write }: { meeting: Meeting; busy: boolean; write: Write }) {
  const styles = useStyles();
  const tables = useMemo(() => meeting.tables.filter((t) => t.kind === 'agenda' && meeting.sessions.some((s) => s.location.block === t.location.block)), [meeting]);
  const [chosen, setChosen] = useState(tables[0]?.location.block ?? -1);
  const [plans, setPlans] = useState<SessionPlan[]>(() => sessionPlans(meeting, chosen));
  const valid = plans.every((p) => p.start === undefined || startOf(p) !== undefined);
  const block = useMemo(() => (valid && plans.length > 0 ? agendaBlock(meeting, plans) : undefined), [meeting, plans, valid]);

  const choose = (table: number) => {
    setChosen(table);
    setPlans(sessionPlans(meeting, table));
  };
  const change = (index: number, update: (plan: SessionPlan) => SessionPlan) => setPlans((all) => all.map((p, i) => (i === index ? update(p) : p)));
  const tableLabel = (at: number) => {
    const first = meeting.sessions.find((s) => s.location.block === at);
    return first?.date ? `Timing table of ${spellDate(first.date, 'EEEE d MMMM')}` : `Timing table: ${first?.label ?? ''}`;
  };

  return (
    <Section title="Agenda timing" description="The timing table retimed from each session's start and the minutes of each item. Replaces the table in the agenda.">
      {tables.length > 1 && (
        <Field label="Table">
          <Dropdown value={tableLabel(chosen)} selectedOptions={[String(chosen)]} onOptionSelect={(_, data) => choose(Number(data.optionValue))}>
            {tables.map((t) => (
              <Option key={t.location.block} value={String(t.location.block)}>
                {tableLabel(t.location.block)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {plans.map((plan, p) => {
        const session = meeting.sessions[plan.session]!;
        const start = startOf(plan);
        const starts = start ? retime(start, plan.timed) : [];
        const used = plan.timed.reduce((sum, t) => sum + t.minutes, 0);
        const length = session.start && session.end ? minutesOf(session.end) - minutesOf(start ?? session.start) : undefined;
        return (
          <div key={plan.session} className={styles.session} role="group" aria-label={session.label}>
            <Body1>
              <strong>{session.label}</strong>
            </Body1>
            <Field label="Starts at" validationMessage={plan.start && !start ? 'Write the time as hh:mm, for example 14:30.' : undefined}>
              <Input type="time" value={plan.start ?? ''} onChange={(_, data) => change(p, (old) => ({ ...old, start: data.value }))} />
            </Field>
            <div className={styles.items}>
              {plan.timed.map((timed, i) =>
                timed.slot ? (
                  <Row
                    key={i}
                    time={starts[i]}
                    title={`${timed.item.number ?? ''} ${timed.item.title}`.trim()}
                    minutes={timed.minutes}
                    onMinutes={(minutes) => change(p, (old) => ({ ...old, timed: old.timed.map((t, k) => (k === i ? { ...t, minutes } : t)) }))}
                  />
                ) : null,
              )}
            </div>
            <Caption1>
              {used} min of agenda{length !== undefined ? ` in a session of ${length} min (ends ${session.end})` : ''}.
            </Caption1>
          </div>
        );
      })}
      {block && <Notes notes={block.spec.notes} label="Notes on the agenda timing" />}
      <Buttons>
        <Button appearance="primary" icon={<TableEdit20Regular />} disabled={busy || !block} onClick={() => block && write(block, 'the agenda timing table')}>
          Write timing table
        </Button>
      </Buttons>
    </Section>
  );
}

function Row({ time, title, minutes, onMinutes }: { time: string | undefined; title: string; minutes: number; onMinutes: (minutes: number) => void }) {
  const styles = useStyles();
  return (
    <>
      <span className={styles.time}>{time ?? ''}</span>
      <span className={styles.title} title={title}>
        {title}
      </span>
      <SpinButton
        aria-label={`Minutes for ${title}`}
        value={minutes}
        min={0}
        max={600}
        step={5}
        onChange={(_, data) => {
          const value = wholeNumber(data);
          if (value !== undefined) onMinutes(value);
        }}
      />
    </>
  );
}
