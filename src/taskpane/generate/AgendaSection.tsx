// The agenda's timing: the user sets a session's start or an item's minutes and sees every later time move; writing
// rewrites only the start times that moved, where they are written. An agenda that runs past its session's end says
// so before it is written.
import { Body1, Button, Caption1, Field, Input, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import { TableEdit20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { isEmptyPlan, minutesOf, retime, sessionPlans, type Meeting, type SessionPlan } from '../../core';
import type { PlanRequest } from '../pipeline/messages';
import type { Write } from './GeneratePanel';
import { Buttons, Notes, Section, wholeNumber } from './parts';
import { usePlan } from './use-plan';

const useStyles = makeStyles({
  session: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  items: { display: 'grid', gridTemplateColumns: '3.2em minmax(0, 1fr) 5.5em', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, alignItems: 'center' },
  time: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  // A long title wraps: at 320 px a cut title would hide which item the minutes are for.
  title: { overflowWrap: 'anywhere' },
  start: { maxWidth: '8em' },
});

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** A session's start as the user typed it, if it is a time of day. */
const startOf = (plan: SessionPlan) => (plan.start !== undefined && CLOCK.test(plan.start) ? plan.start : undefined);

/** Every session with timed items, as the agenda has it now. */
function initialPlans(meeting: Meeting): SessionPlan[] {
  return [...new Set(meeting.sessions.map((s) => s.location.block))].flatMap((block) => sessionPlans(meeting, block)).filter((p) => p.timed.some((t) => t.slot));
}

interface Props {
  meeting: Meeting;
  /** The check whose document the plan is made from. */
  checked: number;
  busy: boolean;
  write: Write;
  onProblem: (error: unknown) => void;
}

export function AgendaSection({ meeting, checked, busy, write, onProblem }: Props) {
  const styles = useStyles();
  const [plans, setPlans] = useState<SessionPlan[]>(() => initialPlans(meeting));
  const valid = plans.every((p) => p.start === undefined || startOf(p) !== undefined);
  const request = useMemo(() => (valid && plans.length > 0 ? ({ generator: 'agenda', sessions: plans } satisfies PlanRequest) : undefined), [plans, valid]);
  const planned = usePlan(checked, undefined, request, onProblem);
  const plan = planned?.plan;
  const changes = planned?.changes.length ?? 0;
  const change = (index: number, update: (plan: SessionPlan) => SessionPlan) => setPlans((all) => all.map((p, i) => (i === index ? update(p) : p)));

  if (plans.length === 0) return null;
  return (
    <Section busy={request !== undefined && !planned} title="Agenda timing" description="Set a session's start or an item's minutes: every later time moves. Writing rewrites only the start times that moved.">
      {plans.map((session, p) => {
        const window = meeting.sessions[session.session]!;
        const start = startOf(session);
        const starts = start ? retime(start, session.timed) : [];
        const used = session.timed.reduce((sum, t) => sum + t.minutes, 0);
        const length = window.start && window.end ? minutesOf(window.end) - minutesOf(start ?? window.start) : undefined;
        return (
          <div key={session.session} className={styles.session} role="group" aria-label={window.label}>
            <Body1>
              <strong>{window.label}</strong>
            </Body1>
            <Field label="Starts at" hint="24-hour time, hh:mm" validationMessage={session.start && !start ? 'Write the time as hh:mm (24-hour), for example 14:30.' : undefined}>
              {/* Text, not type="time": the browser shows a time input in the system's 12- or 24-hour form, the agenda writes 24-hour time. */}
              <Input
                className={styles.start}
                inputMode="numeric"
                placeholder="hh:mm"
                maxLength={5}
                value={session.start ?? ''}
                onChange={(_, data) => change(p, (old) => ({ ...old, start: data.value.trim() }))}
              />
            </Field>
            <div className={styles.items}>
              {session.timed.map((timed, i) =>
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
              {used} min of agenda{length !== undefined ? ` in a session of ${length} min (ends ${window.end})` : ''}.
            </Caption1>
          </div>
        );
      })}
      {plan && <Notes notes={plan.notes} label="Notes on the agenda timing" />}
      <Body1>
        {request && !plan
          ? 'Working out the changes…'
          : !plan || isEmptyPlan(plan)
            ? 'The times are as the agenda writes them: nothing to write.'
            : `${changes} ${changes === 1 ? 'time' : 'times'} to rewrite.`}
      </Body1>
      <Buttons>
        <Button appearance="primary" icon={<TableEdit20Regular />} disabled={busy || !planned || isEmptyPlan(planned.plan)} onClick={() => planned && write(planned.plan, planned.changes)}>
          Write the timing…
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
      <span className={styles.title}>
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
