// The findings the user ignored: "3 ignored" opens the list of what is ignored (one finding by its quoted text, or a
// rule in the whole document), each with Restore, which shows its findings again.
import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndo20Regular } from '@fluentui/react-icons';
import type { Ignore } from '../../core';
import { areaOfRule } from '../areas';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  what: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** How the list names an ignore: the quoted text of one finding, or the whole rule. */
export function ignoreLabel(ignore: Ignore): string {
  return ignore.text !== undefined ? `“${ignore.text}” (${ignore.rule})` : `Every ${ignore.rule} finding in this document`;
}

export interface IgnoredListProps {
  ignores: readonly Ignore[];
  /** How many findings of the last check each ignore hides. */
  hides: (ignore: Ignore) => number;
  busy: boolean;
  onRestore: (ignore: Ignore) => void;
}

export function IgnoredList({ ignores, hides, busy, onRestore }: IgnoredListProps) {
  const styles = useStyles();
  return (
    <section aria-label="Ignored findings" id="docket-ignored">
      <Caption1 className={styles.muted}>Ignored with this document, for everyone who checks it (the command line too). Restore one to see its findings again.</Caption1>
      <ul className={styles.list}>
        {ignores.map((ignore) => {
          const label = ignoreLabel(ignore);
          const count = hides(ignore);
          return (
            <li key={`${ignore.rule}\n${ignore.text ?? ''}`} className={styles.item}>
              <span className={styles.what}>
                <Body1>{label}</Body1>
                <br />
                <Caption1 className={styles.muted}>
                  {areaOfRule(ignore.rule)} · {count === 0 ? 'nothing found now' : `${count} ${count === 1 ? 'finding' : 'findings'} hidden`}
                </Caption1>
              </span>
              <Button size="small" icon={<ArrowUndo20Regular />} disabled={busy} aria-label={`Restore ${label}`} onClick={() => onRestore(ignore)}>
                Restore
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
