// The task pane: one Check button, the meeting's document register to check against, a summary, the findings by area,
// going to a finding, applying its fix, and (where the host can) Word comments; and a Generate tab for the tables
// built from the agenda. It talks to a DocumentHost only, so Word, Excel and the browser preview share it.
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle24Regular, CommentAdd24Regular, CommentDismiss24Regular, DocumentSearch24Regular, Settings24Regular } from '@fluentui/react-icons';
import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { DocumentRegister, Finding, Location } from '../core';
import type { DocumentHost, GoToOutcome, Source } from '../office/host';
import { SETTINGS_LIMIT_BYTES, settingsBytes } from '../office/settings';
import { DocumentRegisterBar, summaryOf } from './components/DocumentRegisterBar';
import { FindingsList } from './components/FindingsList';
import { Summary } from './components/Summary';
import { readDocumentRegisterOf, runCheck } from './pipeline/check';
import { problemOf } from './problems';
import { initialState, reduce, type Notice } from './state';

const SettingsPanel = lazy(() => import('./components/SettingsPanel'));
const DiagnosticsPanel = lazy(() => import('./components/DiagnosticsPanel'));
const GeneratePanel = lazy(() => import('./generate/GeneratePanel'));

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', flexDirection: 'column' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  empty: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
});

const STAGES = { reading: 'Reading the document…', checking: 'Checking…', writing: 'Changing the document…' };

/** The stage, and how far it is when it can say: "Reading the document… 40 %". */
const stageText = (stage: keyof typeof STAGES, done?: number) => (done === undefined ? STAGES[stage] : `${STAGES[stage]} ${Math.round(done * 100)} %`);

const GO_TO_NOTICES: Record<GoToOutcome, Notice | undefined> = {
  exact: undefined,
  moved: { intent: 'info', message: 'The document changed since the check: Docket found the same text at its new place.' },
  gone: { intent: 'warning', message: 'This text is no longer in the document. Check again to refresh the findings.' },
};

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/** Why a register is not kept with the document: how large it is, and what the settings allow. */
function tooLarge(register: DocumentRegister, bytes: number, room: number): string {
  const others = SETTINGS_LIMIT_BYTES - room;
  return (
    `The document register ${register.name} is too large to keep with the document: its ${register.documents.length} documents take ${megabytes(bytes)} MB, and ` +
    `Office keeps at most ${megabytes(SETTINGS_LIMIT_BYTES)} MB of settings in a document${others >= 50_000 ? ` (${megabytes(others)} MB of it hold the checking settings)` : ''}. ` +
    'Docket checks against it until the pane is closed; pick it again then, or use a register of this meeting’s documents only.'
  );
}

export interface AppProps {
  host: DocumentHost;
  /** Check as soon as the pane opens (the ribbon's Check agenda button). */
  autoCheck?: boolean;
}

export function App({ host, autoCheck = false }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(reduce, initialState);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [tab, setTab] = useState<'check' | 'generate' | 'diagnostics'>('check');
  const diagnose = host.diagnose?.bind(host);
  const failed = useCallback((error: unknown) => dispatch({ type: 'failed', problem: problemOf(error, host.name) }), [host]);
  const busy = state.status === 'working';
  /** A document register too large to keep with the document: used until the pane closes, and said so. */
  const unkept = useRef<DocumentRegister>(undefined);
  /** The document register in use, as last picked, refreshed or forgotten: Generate describes Annex A from it too. */
  const [inUse, setInUse] = useState<{ value: unknown; kept: boolean }>(() => ({ value: host.documentRegister.load(), kept: true }));
  /** As the pane shows it: from which file or sheet, when it was read, how many documents. */
  const registerShown = useMemo(() => summaryOf(inUse.value, inUse.kept), [inUse]);
  const registerInUse = useCallback(() => unkept.current ?? host.documentRegister.load(), [host]);

  const check = useCallback(
    async (notice?: Notice) => {
      dispatch({ type: 'start', stage: 'reading' });
      try {
        const source = await host.source();
        const result = await runCheck(source, host.settings.load(), registerInUse(), (stage, done) => dispatch({ type: 'start', stage, ...(done !== undefined ? { done } : {}) }));
        const settingsNotice: Notice | undefined = result.settingsProblem
          ? { intent: 'warning', message: `The checking settings saved with this document are not valid (${result.settingsProblem}); the defaults were used.` }
          : result.registerProblem
            ? { intent: 'warning', message: `The document register kept with this document cannot be used (${result.registerProblem}); the register rules did not run. Pick the register again.` }
            : undefined;
        const readNotice: Notice | undefined = result.notes.length > 0 ? { intent: 'info', message: result.notes.join(' ') } : undefined;
        dispatch({ type: 'checked', snapshot: result.snapshot, meeting: result.meeting, findings: result.findings, notice: settingsNotice ?? readNotice ?? notice });
      } catch (error) {
        failed(error);
      }
    },
    [host, failed, registerInUse],
  );

  /** Reads a file or sheet as the document register, keeps it with the document if it fits (else says why not), and checks. */
  const takeDocumentRegister = async (source: Source, sheet?: string) => {
    dispatch({ type: 'start', stage: 'reading' });
    try {
      const read = await readDocumentRegisterOf(source, sheet);
      if (read.documents.length === 0) {
        dispatch({ type: 'finished', notice: { intent: 'warning', message: `${read.name} cannot be the document register: ${read.notes.join(' ')}` } });
        return;
      }
      const fresh: DocumentRegister = { ...read, ...(sheet !== undefined ? { sheet } : {}), readAt: new Date().toISOString() };
      const bytes = settingsBytes(fresh);
      const room = host.documentRegister.room();
      let notice: Notice;
      if (bytes <= room) {
        await host.documentRegister.save(fresh);
        unkept.current = undefined;
        notice = { intent: 'success', message: `Checked against the document register ${fresh.name} (${fresh.documents.length} documents), kept with the document.` };
      } else {
        unkept.current = fresh;
        notice = { intent: 'warning', message: tooLarge(fresh, bytes, room) };
      }
      setInUse({ value: fresh, kept: bytes <= room });
      await check(notice);
    } catch (error) {
      failed(error);
    }
  };

  const forgetDocumentRegister = () => {
    const name = registerShown?.name ?? 'the document register';
    void write(async () => {
      await host.documentRegister.forget();
      unkept.current = undefined;
      setInUse({ value: undefined, kept: true });
      return { notice: { intent: 'info', message: `Docket no longer checks against the document register ${name}; it was removed from the document.` }, changed: true };
    });
  };

  const started = useRef(false);
  useEffect(() => {
    if (autoCheck && !started.current) {
      started.current = true;
      void check();
    }
  }, [autoCheck, check]);

  const goTo = async (finding: Finding) => {
    dispatch({ type: 'select', finding });
    try {
      dispatch({ type: 'notice', notice: GO_TO_NOTICES[await host.goTo(finding.location, state.result!.snapshot)] });
    } catch (error) {
      failed(error);
    }
  };

  /** Runs a task that writes to the document: progress, then its notice, checking again if the document changed. */
  const write = async (task: () => Promise<{ notice: Notice; changed: boolean }>) => {
    dispatch({ type: 'start', stage: 'writing' });
    try {
      const { notice, changed } = await task();
      if (changed) await check(notice);
      else dispatch({ type: 'finished', notice });
    } catch (error) {
      failed(error);
    }
  };

  const applyFix = (finding: Finding) => {
    const fix = finding.fix;
    if (!fix) return;
    void write(async () => {
      const outcome = await host.applyFix(fix, state.result!.snapshot);
      const notice: Notice =
        outcome.missing === 0
          ? { intent: 'success', message: `Done: ${fix.title}.` }
          : { intent: 'warning', message: `The text to change was no longer there (the document changed); nothing was changed. Check again.` };
      return { notice, changed: true };
    });
  };

  const comment = (what: 'add' | 'remove') => {
    const comments = host.comments;
    if (!comments) return;
    void write(async () => {
      const count = what === 'add' && state.result ? await comments.add(state.result.findings, state.result.snapshot) : await comments.remove();
      const message = what === 'add' ? `Added ${count} comment${count === 1 ? '' : 's'} to the document.` : `Removed ${count} Docket comment${count === 1 ? '' : 's'}.`;
      return { notice: { intent: 'success', message }, changed: false };
    });
  };

  const result = state.result;
  const visible = result?.findings.filter((f) => state.shown[f.severity]) ?? [];

  return (
    <div className={styles.pane} role="region" aria-label="Docket agenda checker">
      <header className={styles.header}>
        <Title3 as="h1">Docket</Title3>
        <Caption1 className={styles.muted}>Agenda checker · {host.name}</Caption1>
      </header>

      {(host.writer || host.registerSheet || diagnose) && (
        <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as typeof tab)} aria-label="Docket">
          <Tab value="check">Check</Tab>
          {(host.writer || host.registerSheet) && <Tab value="generate">Generate</Tab>}
          {diagnose && <Tab value="diagnostics">Diagnostics</Tab>}
        </TabList>
      )}

      <div className={styles.toolbar} role="toolbar" aria-label="Actions">
        <Button appearance="primary" icon={<DocumentSearch24Regular />} disabled={busy} onClick={() => void check()}>
          Check
        </Button>
        {host.comments && (
          <>
            <Button icon={<CommentAdd24Regular />} disabled={busy || !result || result.findings.length === 0} onClick={() => comment('add')}>
              Add comments
            </Button>
            <Button icon={<CommentDismiss24Regular />} disabled={busy} onClick={() => comment('remove')}>
              Remove comments
            </Button>
          </>
        )}
        <Button icon={<Settings24Regular />} aria-label="Checking settings" title="Checking settings" onClick={() => setSettingsOpen(true)} />
      </div>

      {tab === 'check' && (
        <DocumentRegisterBar
          {...(registerShown ? { summary: registerShown } : {})}
          {...(host.sheets ? { sheets: host.sheets } : {})}
          busy={busy}
          onFile={(name, bytes) => void takeDocumentRegister({ kind: 'file', name, bytes })}
          onSheet={(name) => void host.sheets?.read(name).then((snapshot) => takeDocumentRegister({ kind: 'snapshot', snapshot }, name), failed)}
          onForget={forgetDocumentRegister}
          onProblem={failed}
        />
      )}

      <div role="status" aria-live="polite">
        {busy && state.stage && (
          <Field validationMessage={stageText(state.stage, state.done)} validationState="none">
            <ProgressBar aria-label={STAGES[state.stage]} {...(state.done !== undefined ? { value: state.done } : {})} />
          </Field>
        )}
        {!busy && result && (
          <Body1>
            {result.findings.length === 0 ? 'No problems found.' : `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}.`}
          </Body1>
        )}
      </div>

      {state.problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.problem.title}</MessageBarTitle>
            {state.problem.message} {state.problem.action}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline">
          <MessageBarBody>{state.notice.message}</MessageBarBody>
        </MessageBar>
      )}

      {tab === 'generate' && (
        <Suspense fallback={<ProgressBar aria-label="Opening Generate…" />}>
          <GeneratePanel host={host} {...(result ? { result } : {})} documentRegister={inUse.value} busy={busy} run={(task) => void write(task)} onProblem={failed} />
        </Suspense>
      )}

      {tab === 'diagnostics' && diagnose && (
        <Suspense fallback={<ProgressBar aria-label="Opening Diagnostics…" />}>
          <DiagnosticsPanel host={{ ...host, name: host.name, diagnose }} busy={busy} onProblem={failed} />
        </Suspense>
      )}

      {tab === 'check' && (
        <>
          {!result && !busy && !state.problem && (
            <Body1 className={styles.muted}>
              {host.checks ?? `Check the agenda open in ${host.name}: cited documents against the document list, times, dates, numbering, actions and placeholders.`}
            </Body1>
          )}

          {result && <Summary findings={result.findings} shown={state.shown} onToggle={(severity) => dispatch({ type: 'toggle', severity })} />}

          {result && result.findings.length === 0 && (
            <div className={styles.empty}>
              <CheckmarkCircle24Regular aria-hidden />
              <Body1>
                All is well: {result.meeting.agenda.length} agenda items, {result.meeting.documents.length} listed documents, {result.meeting.citations.length} citations and{' '}
                {result.meeting.actions.length} actions checked.
              </Body1>
            </div>
          )}
          {result && result.findings.length > 0 && visible.length === 0 && <Body1 className={styles.muted}>All findings are hidden by the filters above.</Body1>}
          {result && visible.length > 0 && (
            <FindingsList
              findings={visible}
              snapshot={result.snapshot}
              meeting={result.meeting}
              {...(state.selected ? { selected: state.selected } : {})}
              {...(host.placeOf ? { placeOf: (location: Location) => host.placeOf?.(location) } : {})}
              busy={busy}
              onGoTo={(f) => void goTo(f)}
              onFix={applyFix}
            />
          )}
        </>
      )}

      {settingsOpen && (
        <Suspense fallback={null}>
          <SettingsPanel
            settings={host.settings}
            onClose={(saved) => {
              setSettingsOpen(false);
              if (saved) void check({ intent: 'success', message: 'Settings saved with the document.' });
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
