// The Generate tab: the tables the secretariat otherwise retypes, built from the checked agenda — Annex A, the
// retimed timing table, the e-meeting plans and calendar, the action register — and written into the document as
// one batch each, never over the user's edits without showing them and asking. Loaded only when opened.
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { DEFAULT_CONFIG, RULE_IDS, parseConfig, type GeneratedBlock, type Meeting, type Snapshot } from '../../core';
import type { DocumentHost } from '../../office/host';
import type { Notice } from '../state';
import { AgendaSection } from './AgendaSection';
import { AnnexSection } from './AnnexSection';
import type { Changed } from './changes';
import { EditsDialog } from './EditsDialog';
import { InterimSection } from './InterimSection';
import { RegisterSection, RegisterSheetSection } from './RegisterSection';

/** Runs a task that may change the document; the pane shows progress, then the notice, checking again if it changed. */
export type Run = (task: () => Promise<{ notice: Notice; changed: boolean }>) => void;
/** Writes a generated block; `what` names it for the user ("Annex A"). */
export type Write = (block: GeneratedBlock, what: string) => void;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

const HOW = { regenerated: 'written again over the previous one', replaced: 'written in place of the existing table', inserted: 'added as a new table' };

export interface GeneratePanelProps {
  host: DocumentHost;
  result?: { snapshot: Snapshot; meeting: Meeting };
  busy: boolean;
  run: Run;
  onProblem: (error: unknown) => void;
}

export default function GeneratePanel({ host, result, busy, run, onProblem }: GeneratePanelProps) {
  const styles = useStyles();
  const [question, setQuestion] = useState<{ what: string; changed: Changed; answer: (replace: boolean) => void }>();
  const config = useMemo(() => {
    const parsed = parseConfig(host.settings.load() ?? {}, RULE_IDS);
    return parsed.ok ? parsed.config : DEFAULT_CONFIG;
  }, [host]);

  const writer = host.writer;
  const write: Write = (block, what) =>
    run(async () => {
      if (!writer || !result) throw new Error('This document cannot be written to.');
      let outcome = await writer.write(block, result.snapshot, { overwriteEdits: false });
      if (outcome.status === 'edited') {
        const changed: Changed = { ...(outcome.written !== undefined ? { written: outcome.written } : {}), now: outcome.now };
        const replace = await new Promise<boolean>((answer) => setQuestion({ what, changed, answer }));
        setQuestion(undefined);
        if (!replace) return { notice: { intent: 'info', message: `${capitalise(what)} left as it is: nothing was written.` }, changed: false };
        outcome = await writer.write(block, result.snapshot, { overwriteEdits: true });
      }
      const how = outcome.status === 'written' ? HOW[outcome.how] : 'written';
      return { notice: { intent: 'success', message: `${capitalise(what)}: ${how}.` }, changed: true };
    });

  const meeting = result?.meeting;
  return (
    <div className={styles.panel}>
      {host.registerSheet && <RegisterSheetSection sheet={host.registerSheet} busy={busy} run={run} />}
      {writer && !meeting && <Body1 className={styles.muted}>Check the agenda first: Docket generates its tables from what the check reads.</Body1>}
      {writer && meeting && (
        <>
          <AnnexSection meeting={meeting} config={config} busy={busy} write={write} onProblem={onProblem} />
          {meeting.sessions.length > 0 && <AgendaSection meeting={meeting} busy={busy} write={write} />}
          {(meeting.interimMeetings.length > 0 || meeting.sessions.some((s) => s.date)) && <InterimSection meeting={meeting} config={config} busy={busy} write={write} onProblem={onProblem} />}
          <RegisterSection meeting={meeting} busy={busy} run={run} />
        </>
      )}
      {question && <EditsDialog what={question.what} changed={question.changed} onAnswer={question.answer} />}
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
