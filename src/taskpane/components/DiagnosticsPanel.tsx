// Diagnostics: the self-test a person runs in real Word or Excel to confirm every Office path Docket uses works
// there. It names the Office, its platform, version and requirement sets, lists each step with its result and time,
// and copies the whole report as JSON for a bug report. Loaded only when opened.
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { Checkmark16Regular, Copy20Regular, Dismiss16Regular, Play20Regular, Subtract16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { DiagnosticReport, DocumentHost } from '../../office/host';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  steps: { margin: 0, paddingInlineStart: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  step: { display: 'grid', gridTemplateColumns: '1.2em 1fr', gap: tokens.spacingHorizontalS },
  passed: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  unavailable: { color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const ICONS = { passed: <Checkmark16Regular />, failed: <Dismiss16Regular />, unavailable: <Subtract16Regular /> };
const WORDS = { passed: 'Passed', failed: 'Failed', unavailable: 'Not available' };

export default function DiagnosticsPanel({ host, busy, onProblem }: { host: DocumentHost & { diagnose(): Promise<DiagnosticReport> }; busy: boolean; onProblem: (error: unknown) => void }) {
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<DiagnosticReport>();
  const [copied, setCopied] = useState(false);

  const run = async () => {
    setRunning(true);
    setCopied(false);
    try {
      setReport(await host.diagnose());
    } catch (error) {
      onProblem(error);
    } finally {
      setRunning(false);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(JSON.stringify(report, null, 2));
      setCopied(true);
    } catch (error) {
      onProblem(error);
    }
  };
  const failed = report?.steps.filter((s) => s.status === 'failed').length ?? 0;

  return (
    <section className={styles.panel} aria-labelledby="docket-diagnostics">
      <Subtitle2 as="h2" id="docket-diagnostics">
        Diagnostics
      </Subtitle2>
      <Caption1 className={styles.muted}>
        Runs every Office path Docket uses on a scratch block it adds at the end of the document and removes again, and restores the settings. Use it to confirm Docket works in
        this {host.name}, or to report a problem.
      </Caption1>
      <div className={styles.row}>
        <Button appearance="primary" icon={<Play20Regular />} disabled={busy || running} onClick={() => void run()}>
          {running ? 'Running…' : 'Run the self-test'}
        </Button>
        {report && (
          <Button icon={<Copy20Regular />} onClick={() => void copy()}>
            {copied ? 'Report copied' : 'Copy the report (JSON)'}
          </Button>
        )}
      </div>
      {report && (
        <>
          <Body1 role="status">
            {report.host} on {report.platform}, version {report.version}: {failed === 0 ? 'every available step passed' : `${failed} ${failed === 1 ? 'step' : 'steps'} failed`}.
          </Body1>
          <Caption1 className={styles.muted}>
            Requirement sets:{' '}
            {Object.entries(report.sets)
              .map(([set, has]) => `${set} ${has ? 'yes' : 'no'}`)
              .join(', ')}
          </Caption1>
          <ul className={styles.steps} aria-label="Steps of the self-test">
            {report.steps.map((step) => (
              <li key={step.name} className={styles.step}>
                <span className={styles[step.status]} aria-hidden>
                  {ICONS[step.status]}
                </span>
                <span>
                  <Body1>
                    <strong>{step.name}</strong> — {WORDS[step.status]}
                    {step.status === 'unavailable' ? '' : ` (${step.ms} ms)`}
                  </Body1>
                  <br />
                  <Caption1 className={step.status === 'failed' ? styles.failed : styles.muted}>{step.detail}</Caption1>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
