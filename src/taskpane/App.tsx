// The task pane: one Check button, the meeting's document register to check against, a summary, the findings by area,
// going to a finding, applying its fix, ignoring it (kept with the document, listed and restored under "3 ignored"),
// and (where the host can) Word comments; and a Generate tab for the tables built from the agenda. It talks to a
// DocumentHost only, so Word, Excel and the browser preview share it. After every action the keyboard focus lands on
// its result (the summary, the next finding, the button that opened a dialog), never on the page.
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
import { CheckmarkCircle24Regular, CommentAdd24Regular, CommentDismiss24Regular, DocumentSearch24Regular, EyeOff20Regular, Settings24Regular } from '@fluentui/react-icons';
import { Suspense, lazy, startTransition, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { addIgnore, ignoreOf, ignores as covers, removeIgnore, withoutIgnored, type DocumentRegister, type Finding, type Ignore, type Location } from '../core';
import type { DocumentHost, GoToOutcome, Source } from '../office/host';
import { SETTINGS_LIMIT_BYTES, settingsBytes } from '../office/settings';
import { groupByArea } from './areas';
import { DocumentRegisterBar, summaryOf } from './components/DocumentRegisterBar';
import { FindingsList, type FindingsListHandle } from './components/FindingsList';
import { IgnoredList, ignoreLabel } from './components/IgnoredList';
import { Summary } from './components/Summary';
import { readDocumentRegisterOf, runCheck } from './pipeline/check';
import { problemOf } from './problems';
import { initialState, reduce, STAGES, stageText, type Notice } from './state';

const SettingsPanel = lazy(() => import('./components/SettingsPanel'));
const DiagnosticsPanel = lazy(() => import('./components/DiagnosticsPanel'));
const loadGeneratePanel = () => import('./generate/GeneratePanel');
const GeneratePanel = lazy(loadGeneratePanel);

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
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  result: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  empty: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
});


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

/** Where the keyboard focus goes once an action is done: the summary, the finding at a place in the list, or a button. */
type FocusTarget = { to: 'summary' } | { to: 'message' } | { to: 'finding'; index: number } | { to: 'settings' } | { to: 'ignored' };

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
  const focusAfter = useRef<FocusTarget>(undefined);
  const failed = useCallback(
    (error: unknown) => {
      // What went wrong is where the focus goes.
      focusAfter.current = { to: 'message' };
      dispatch({ type: 'failed', problem: problemOf(error, host.name) });
    },
    [host],
  );
  const busy = state.status === 'working';
  /** A document register too large to keep with the document: used until the pane closes, and said so. */
  const unkept = useRef<DocumentRegister>(undefined);
  /** The document register in use, as last picked, refreshed or forgotten: Generate describes Annex A from it too. */
  const [inUse, setInUse] = useState<{ value: unknown; kept: boolean }>(() => ({ value: host.documentRegister.load(), kept: true }));
  /** As the pane shows it: from which file or sheet, when it was read, how many documents. */
  const registerShown = useMemo(() => summaryOf(inUse.value, inUse.kept), [inUse]);
  const registerInUse = useCallback(() => unkept.current ?? host.documentRegister.load(), [host]);
  /** The findings ignored in this document. */
  const [ignored, setIgnored] = useState<{ list: Ignore[]; problem?: string }>({ list: [] });
  useEffect(() => {
    let open = true;
    void import('./kept-ignores').then(({ keptIgnores }) => open && setIgnored(keptIgnores(host.ignores.load())), failed);
    return () => {
      open = false;
    };
  }, [host, failed]);
  const [ignoredOpen, setIgnoredOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const findingsList = useRef<FindingsListHandle>(null);

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
        // A long result is drawn in slices the page can interrupt (a transition), never in one long task.
        startTransition(() =>
          dispatch({ type: 'checked', checked: result.checked, snapshot: result.snapshot, meeting: result.meeting, findings: result.findings, notice: settingsNotice ?? readNotice ?? notice }),
        );
      } catch (error) {
        failed(error);
      }
    },
    [host, failed, registerInUse],
  );

  /** Reads a file or sheet as the document register, keeps it with the document if it fits (else says why not), and checks. */
  const takeDocumentRegister = async (source: Source, sheet?: string) => {
    focusAfter.current = { to: 'message' };
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

  /** Check, from the Check button: the focus goes to the summary once it is done. */
  const checkNow = () => {
    focusAfter.current = { to: 'summary' };
    void check();
  };

  // Once there is something to generate from, the Generate tab's code loads while the user reads the findings, so
  // opening the tab does not wait for it.
  const canGenerate = state.result !== undefined && (host.writer !== undefined || host.registerSheet !== undefined);
  useEffect(() => {
    if (canGenerate) void loadGeneratePanel();
  }, [canGenerate]);

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
    // What was written is said in the notice, where the focus goes (unless the action chose its own result).
    focusAfter.current ??= { to: 'message' };
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
    // The fixed finding goes: the focus moves to the one that takes its place.
    focusAfter.current = { to: 'finding', index: listed().indexOf(finding) };
    void write(async () => {
      const outcome = await host.applyFix(fix, state.result!.snapshot);
      const notice: Notice =
        outcome.missing === 0
          ? { intent: 'success', message: `Done: ${fix.title}.` }
          : { intent: 'warning', message: `The text to change was no longer there (the document changed); nothing was changed. Check again.` };
      return { notice, changed: true };
    });
  };

  /** Keeps the new list of ignores with the document, then says what changed. */
  const keepIgnores = async (list: Ignore[], notice: Notice, focus: FocusTarget) => {
    try {
      await host.ignores.save(list);
      setIgnored({ list });
      focusAfter.current = focus;
      dispatch({ type: 'notice', notice });
    } catch (error) {
      failed(error);
    }
  };

  const ignore = (finding: Finding, scope: 'here' | 'rule') => {
    const entry = ignoreOf(finding, scope);
    const hidden = shown.filter((f) => covers(entry, f)).length;
    const what = scope === 'here' ? `Ignored ${ignoreLabel(entry)}` : `Ignored every ${entry.rule} finding in this document (${hidden})`;
    void keepIgnores(addIgnore(ignored.list, entry), { intent: 'info', message: `${what}, kept with the document. Restore it under “ignored”.` }, { to: 'finding', index: listed().indexOf(finding) });
  };

  const restore = (entry: Ignore) => {
    void keepIgnores(removeIgnore(ignored.list, entry), { intent: 'info', message: `Restored ${ignoreLabel(entry)}: its findings are shown again.` }, { to: 'ignored' });
  };

  const comment = (what: 'add' | 'remove') => {
    const comments = host.comments;
    if (!comments) return;
    void write(async () => {
      const count = what === 'add' && state.result ? await comments.add(shown, state.result.snapshot) : await comments.remove();
      const message = what === 'add' ? `Added ${count} comment${count === 1 ? '' : 's'} to the document.` : `Removed ${count} Docket comment${count === 1 ? '' : 's'}.`;
      return { notice: { intent: 'success', message }, changed: false };
    });
  };

  const result = state.result;
  /** The findings of the last check the document does not ignore, and those the severity filters show. */
  const { findings: shown, ignored: hiddenCount } = useMemo(() => withoutIgnored(result?.findings ?? [], ignored.list), [result, ignored.list]);
  const visible = shown.filter((f) => state.shown[f.severity]);
  /** The findings in the order the list shows them (by area). */
  const listed = (): Finding[] => groupByArea(visible).flatMap(([, list]) => list);

  // Once an action is done, the focus goes to its result; a dialog's close returns it to the button that opened it.
  useEffect(() => {
    const target = focusAfter.current;
    const pane = root.current;
    if (!target || !pane || busy) return;
    focusAfter.current = undefined;
    // The list mounts only the findings in view: it brings the one asked for into view and focuses it.
    if (target.to === 'finding' && findingsList.current) return findingsList.current.focusFinding(target.index);
    const element =
      target.to === 'settings'
          ? pane.querySelector<HTMLElement>('[data-focus="settings"]')
          : target.to === 'ignored'
            ? (pane.querySelector<HTMLElement>('#docket-ignored button') ?? pane.querySelector<HTMLElement>('[data-focus="ignored"]'))
            : target.to === 'message'
              ? (pane.querySelector<HTMLElement>('[data-focus="problem"]') ?? pane.querySelector<HTMLElement>('[data-focus="notice"]'))
              : null;
    (element ?? pane.querySelector<HTMLElement>('[data-focus="summary"]'))?.focus();
  });

  return (
    <div ref={root} className={styles.pane} role="region" aria-label="Docket agenda checker">
      <header className={styles.header}>
        <Title3 as="h1">Docket</Title3>
        <Caption1 className={styles.muted}>Agenda checker · {host.name}</Caption1>
      </header>

      {(host.writer || host.registerSheet || diagnose) && (
        <TabList selectedValue={tab} onTabSelect={(_, data) => startTransition(() => setTab(data.value as typeof tab))} aria-label="Docket">
          <Tab value="check">Findings</Tab>
          {(host.writer || host.registerSheet) && <Tab value="generate">Generate</Tab>}
          {diagnose && <Tab value="diagnostics">Diagnostics</Tab>}
        </TabList>
      )}

      <div className={styles.toolbar} role="toolbar" aria-label="Actions">
        <Button appearance="primary" icon={<DocumentSearch24Regular />} disabled={busy} onClick={checkNow}>
          Check
        </Button>
        {host.comments && (
          <>
            <Button icon={<CommentAdd24Regular />} disabled={busy || shown.length === 0} onClick={() => comment('add')}>
              Add comments
            </Button>
            <Button icon={<CommentDismiss24Regular />} disabled={busy} onClick={() => comment('remove')}>
              Remove comments
            </Button>
          </>
        )}
        <Button icon={<Settings24Regular />} aria-label="Checking settings" title="Checking settings" data-focus="settings" onClick={() => setSettingsOpen(true)} />
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
          <Body1 className={styles.result} tabIndex={-1} data-focus="summary">
            {shown.length === 0 ? 'No problems found.' : `${shown.length} finding${shown.length === 1 ? '' : 's'}.`}
            {hiddenCount > 0 && ` ${hiddenCount} ignored.`}
          </Body1>
        )}
      </div>

      {state.problem && (
        <MessageBar intent="error" layout="multiline" tabIndex={-1} data-focus="problem">
          <MessageBarBody>
            <MessageBarTitle>{state.problem.title}</MessageBarTitle>
            {state.problem.message} {state.problem.action}
          </MessageBarBody>
        </MessageBar>
      )}
      {ignored.problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>The ignored findings kept with this document cannot be used ({ignored.problem}); every finding is shown. Ignoring one again replaces them.</MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline" tabIndex={-1} data-focus="notice">
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

          {(result || ignored.list.length > 0) && (
            <div className={styles.counts}>
              {result && <Summary findings={shown} shown={state.shown} onToggle={(severity) => dispatch({ type: 'toggle', severity })} />}
              {ignored.list.length > 0 && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<EyeOff20Regular />}
                  aria-expanded={ignoredOpen}
                  aria-controls="docket-ignored"
                  data-focus="ignored"
                  onClick={() => setIgnoredOpen((open) => !open)}
                >
                  {result ? `${hiddenCount} ignored` : `${ignored.list.length} ignored ${ignored.list.length === 1 ? 'rule or finding' : 'rules or findings'}`}
                </Button>
              )}
            </div>
          )}
          {ignoredOpen && ignored.list.length > 0 && (
            <IgnoredList ignores={ignored.list} hides={(entry) => (result?.findings ?? []).filter((f) => covers(entry, f)).length} busy={busy} onRestore={restore} />
          )}

          {result && shown.length === 0 && hiddenCount === 0 && (
            <div className={styles.empty}>
              <CheckmarkCircle24Regular aria-hidden />
              <Body1>
                All is well: {result.meeting.agenda.length} agenda items, {result.meeting.documents.length} listed documents, {result.meeting.citations.length} citations and{' '}
                {result.meeting.actions.length} actions checked.
              </Body1>
            </div>
          )}
          {result && shown.length === 0 && hiddenCount > 0 && <Body1 className={styles.muted}>Every finding is ignored: restore them under “{hiddenCount} ignored”.</Body1>}
          {result && shown.length > 0 && visible.length === 0 && <Body1 className={styles.muted}>All findings are hidden by the filters above.</Body1>}
          {result && visible.length > 0 && (
            <FindingsList
              ref={findingsList}
              findings={visible}
              {...(state.selected ? { selected: state.selected } : {})}
              {...(host.placeOf ? { placeOf: (location: Location) => host.placeOf?.(location) } : {})}
              busy={busy}
              onGoTo={(f) => void goTo(f)}
              onFix={applyFix}
              onIgnore={ignore}
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
              focusAfter.current = { to: 'settings' };
              if (saved) void check({ intent: 'success', message: 'Settings saved with the document.' });
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
