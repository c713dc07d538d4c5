// The Generate tab: the changes the secretariat otherwise makes by hand, planned from the checked agenda — Annex A
// brought up to date, the agenda retimed, the e-meeting deadlines set, the calendar and the action register — each
// shown change by change before it is written, and written as one batch. Loaded only when opened; the plans and their
// changes are made in the pipeline's worker from the document of the last check.
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { DEFAULT_CONFIG, DocumentRegister, RULE_IDS, isEmptyPlan, parseConfig, type Meeting, type Plan, type Snapshot } from '../../core';
import type { ShownChange } from '../pipeline/messages';
import type { DocumentHost } from '../../office/host';
import type { Notice } from '../state';
import { AgendaSection } from './AgendaSection';
import { AnnexSection } from './AnnexSection';
import { InterimSection } from './InterimSection';
import { PlanDialog } from './PlanDialog';
import { RegisterSection, RegisterSheetSection } from './RegisterSection';

/** Runs a task that may change the document; the pane shows progress, then the notice, checking again if it changed. */
export type Run = (task: () => Promise<{ notice: Notice; changed: boolean }>) => void;
/** Asks to write a plan: shown to the user change by change, written if they confirm. */
export type Write = (plan: Plan, changes: ShownChange[]) => void;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface GeneratePanelProps {
  host: DocumentHost;
  result?: { checked: number; snapshot: Snapshot; meeting: Meeting };
  /** The document register the check runs against, if any: Annex A is described from it too. */
  documentRegister: unknown;
  busy: boolean;
  run: Run;
  onProblem: (error: unknown) => void;
}

export default function GeneratePanel({ host, result, documentRegister, busy, run, onProblem }: GeneratePanelProps) {
  const styles = useStyles();
  const [pending, setPending] = useState<{ plan: Plan; changes: ShownChange[] }>();
  const settings = useMemo(() => host.settings.load(), [host]);
  const config = useMemo(() => {
    const parsed = parseConfig(settings ?? {}, RULE_IDS);
    return parsed.ok ? parsed.config : DEFAULT_CONFIG;
  }, [settings]);
  const register = useMemo(() => {
    const parsed = DocumentRegister.safeParse(documentRegister);
    return parsed.success ? parsed.data : undefined;
  }, [documentRegister]);

  const writer = host.writer;
  const write: Write = (plan, changes) => {
    if (isEmptyPlan(plan)) run(() => Promise.resolve({ notice: { intent: 'info', message: `Nothing to write: ${plan.what} already says this.` }, changed: false }));
    else setPending({ plan, changes });
  };
  const answer = (confirmed: boolean) => {
    const plan = pending?.plan;
    setPending(undefined);
    if (!confirmed || !plan || !writer || !result) return;
    run(async () => {
      const outcome = await writer.write(plan, result.snapshot);
      if (outcome.status === 'stale') return { notice: { intent: 'warning', message: 'The document changed since it was checked, so nothing was written: check it again, then write.' }, changed: true };
      return { notice: { intent: 'success', message: `Wrote ${plan.what}.` }, changed: true };
    });
  };

  const meeting = result?.meeting;
  return (
    <div className={styles.panel}>
      {host.registerSheet && <RegisterSheetSection sheet={host.registerSheet} busy={busy} run={run} />}
      {writer && !result && <Body1 className={styles.muted}>Check the agenda first: Docket generates its tables from what the check reads.</Body1>}
      {writer && result && meeting && (
        <>
          <AnnexSection meeting={meeting} checked={result.checked} settings={settings} {...(register ? { documentRegister: register } : {})} busy={busy} write={write} onProblem={onProblem} />
          {meeting.sessions.length > 0 && <AgendaSection meeting={meeting} checked={result.checked} busy={busy} write={write} onProblem={onProblem} />}
          {(meeting.interimMeetings.length > 0 || meeting.sessions.some((s) => s.date)) && (
            <InterimSection meeting={meeting} checked={result.checked} config={config} busy={busy} write={write} onProblem={onProblem} />
          )}
          <RegisterSection meeting={meeting} busy={busy} run={run} />
        </>
      )}
      {pending && <PlanDialog plan={pending.plan} changes={pending.changes} onAnswer={answer} />}
    </div>
  );
}
