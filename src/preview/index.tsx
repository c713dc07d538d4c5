// The browser preview: open an agenda (or the bundled sample) and check it with the real task pane, the document
// rendered beside it, as in Word; or a document list spreadsheet, as in Excel; and download the document with what
// was written into it. The file is read in the page and never sent anywhere. Its checking settings, ignored findings
// and document register start as Word or Excel saved them in the file; what is changed here is kept in the browser's
// storage for that file and wins from then on, so opening it again after a reload finds them as they were left.
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload24Regular, DocumentArrowUp24Regular } from '@fluentui/react-icons';
import { StrictMode, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Location, Snapshot } from '../core';
import { isSpreadsheetName } from '../io/file-kinds';
import { App } from '../taskpane/App';
import { saveFile } from '../taskpane/generate/save-file';
import { readSnapshot, writeIn, writeRegisterIn } from '../taskpane/pipeline/check';
import { stageText } from '../taskpane/state';
import { Themed } from '../taskpane/theme';
import { browserSettings, fileKey } from './browser-settings';
import { DocumentView } from './DocumentView';
import { PreviewHost } from './preview-host';
import { SAMPLE, fetchSample, sampleOnLoad } from './sample';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 360px',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    // As narrow as a task pane (320 px): the pane on top, the document below it, each scrolling on its own.
    '@media (max-width: 720px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateRows: 'auto minmax(0, 2fr) minmax(0, 1fr)',
    },
  },
  bar: {
    gridColumn: '1 / -1',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  document: { overflow: 'auto', padding: tokens.spacingHorizontalL, '@media (max-width: 720px)': { gridRow: '3', padding: tokens.spacingHorizontalS } },
  pane: {
    overflow: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 720px)': { gridRow: '2', borderLeft: 'none', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  muted: { color: tokens.colorNeutralForeground2 },
  file: { fontSize: tokens.fontSizeBase300 },
});

interface Opened {
  name: string;
  bytes: Uint8Array;
  snapshot: Snapshot;
  stores: ReturnType<typeof browserSettings>;
  key: number;
  /** The bundled sample, checked as soon as it opens. */
  sample: boolean;
}

function usePrefersDark(): boolean {
  const query = useMemo(() => window.matchMedia('(prefers-color-scheme: dark)'), []);
  const [dark, setDark] = useState(query.matches);
  useEffect(() => {
    const listener = (event: MediaQueryListEvent) => setDark(event.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, [query]);
  return dark;
}

function Preview() {
  const styles = useStyles();
  const dark = usePrefersDark();
  const [opened, setOpened] = useState<Opened>();
  const [shown, setShown] = useState<Snapshot>();
  const [highlight, setHighlight] = useState<Location>();
  const [problem, setProblem] = useState<{ name: string; message: string }>();
  /** While a file is read: how far (0 to 1) when the reader says. */
  const [loading, setLoading] = useState<{ done?: number }>();
  const documentPane = useRef<HTMLElement>(null);
  const scroller = useCallback(() => documentPane.current, []);

  const open = useCallback(async (name: string, bytes: Uint8Array, sample = false) => {
    setLoading({});
    setProblem(undefined);
    setHighlight(undefined);
    try {
      const { snapshot, saved } = await readSnapshot({ kind: 'file', name, bytes }, (_, done) => setLoading({ ...(done !== undefined ? { done } : {}) }));
      // The settings Word or Excel saved in the file (read with it, in the worker) are where it starts; what is
      // changed here is kept in the browser.
      const stores = browserSettings(window.localStorage, await fileKey(name, bytes), saved);
      // The document and the pane are drawn in slices the page can interrupt (a transition), never in one long task.
      startTransition(() => {
        setOpened({ name, bytes, snapshot, stores, key: Date.now(), sample });
        setShown(snapshot);
        setLoading(undefined);
      });
    } catch (error) {
      setOpened(undefined);
      setShown(undefined);
      setProblem({ name, message: error instanceof Error ? error.message : String(error) });
      setLoading(undefined);
    }
  }, []);

  const openSample = useCallback(
    async (bytes: Promise<Uint8Array> = fetchSample()) => {
      const name = SAMPLE.split('/').pop()!;
      try {
        await open(name, await bytes, true);
      } catch (error) {
        setProblem({ name, message: error instanceof Error ? error.message : String(error) });
      }
    },
    [open],
  );

  useEffect(() => {
    if (sampleOnLoad) void openSample(sampleOnLoad);
  }, [openSample]);

  const host = useMemo(
    () => opened && new PreviewHost({ name: opened.name, bytes: opened.bytes }, opened.snapshot, { render: setShown, highlight: setHighlight }, opened.stores, writeIn, writeRegisterIn),
    [opened],
  );

  return (
    <Themed dark={dark}>
      <main className={styles.layout}>
        <div className={styles.bar} role="toolbar" aria-label="Document">
          <Title3 as="h1">Docket preview</Title3>
          <label className={styles.file}>
            <DocumentArrowUp24Regular aria-hidden /> Open an agenda (.docx, .txt, .md) or a document list (.xlsx, .csv):{' '}
            <input
              type="file"
              accept=".docx,.doc,.txt,.md,.xlsx,.csv"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void file.arrayBuffer().then((buffer) => open(file.name, new Uint8Array(buffer)));
              }}
            />
          </label>
          <Button onClick={() => void openSample()}>Open the sample agenda</Button>
          {host?.download() && (
            <Button
              icon={<ArrowDownload24Regular />}
              onClick={() => {
                const file = host.download();
                if (file) saveFile(file.name, file.bytes, file.type);
              }}
            >
              {isSpreadsheetName(opened!.name) ? 'Download the workbook' : 'Download the document'}
            </Button>
          )}
          <Caption1 className={styles.muted}>The file is read in this page and never leaves your browser.</Caption1>
        </div>
        <section ref={documentPane} className={styles.document} aria-label="Document view" tabIndex={0}>
          {loading && (
            <Field validationMessage={stageText('reading', loading.done)} validationState="none">
              <ProgressBar aria-label="Reading the document" {...(loading.done !== undefined ? { value: loading.done } : {})} />
            </Field>
          )}
          {problem && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{problem.name} cannot be opened</MessageBarTitle>
                {problem.message}
              </MessageBarBody>
            </MessageBar>
          )}
          {shown && <DocumentView snapshot={shown} scroller={scroller} {...(highlight ? { highlight } : {})} />}
          {!shown && !problem && !loading && <Body1 className={styles.muted}>Open an agenda, or the sample, to see it here and check it in the pane.</Body1>}
        </section>
        <aside className={styles.pane} aria-label="Task pane" tabIndex={0}>
          {host ? <App key={opened!.key} host={host} autoCheck={opened!.sample} /> : <Body1 className={styles.muted} style={{ padding: 16, display: 'block' }}>The task pane appears here once a document is open.</Body1>}
        </aside>
      </main>
    </Themed>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Preview />
  </StrictMode>,
);
