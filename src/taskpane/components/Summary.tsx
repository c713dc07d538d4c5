// The count of errors, warnings and notes, each a toggle that shows or hides its findings.
import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core';
import { SEVERITIES, SEVERITY_NAMES } from '../areas';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function Summary({ findings, shown, onToggle }: { findings: Finding[]; shown: Record<Severity, boolean>; onToggle: (severity: Severity) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label="Show findings by severity">
      {SEVERITIES.map((severity) => {
        const count = findings.filter((f) => f.severity === severity).length;
        const [one, many] = SEVERITY_NAMES[severity];
        return (
          <ToggleButton key={severity} size="small" checked={shown[severity]} onClick={() => onToggle(severity)} data-severity={severity}>
            {count} {count === 1 ? one : many}
          </ToggleButton>
        );
      })}
    </div>
  );
}
