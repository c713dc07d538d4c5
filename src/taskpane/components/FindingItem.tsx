// One finding: its severity, message, quoted text and place in the document; activating it goes there, and a
// finding with a fix offers it as a button.
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle20Filled, Info20Filled, Warning20Filled, Wrench20Regular } from '@fluentui/react-icons';
import type { Finding } from '../../core';
import { ScreenReaderText } from './ScreenReaderText';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  main: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    textAlign: 'start',
    width: '100%',
    padding: tokens.spacingVerticalXXS,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  icon: { paddingTop: '2px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  details: { gridColumn: '2', color: tokens.colorNeutralForeground2 },
  quote: { fontStyle: 'italic' },
  fix: { alignSelf: 'flex-start', marginLeft: tokens.spacingHorizontalXXL },
});

const ICONS = { error: ErrorCircle20Filled, warning: Warning20Filled, info: Info20Filled };
const SPOKEN = { error: 'Error', warning: 'Warning', info: 'Note' };

export interface FindingItemProps {
  finding: Finding;
  where: string;
  selected: boolean;
  busy: boolean;
  onGoTo: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
}

export function FindingItem({ finding, where, selected, busy, onGoTo, onFix }: FindingItemProps) {
  const styles = useStyles();
  const Icon = ICONS[finding.severity];
  const severity = SPOKEN[finding.severity];
  return (
    <li className={mergeClasses(styles.item, selected && styles.selected)} data-rule={finding.ruleId}>
      <button type="button" className={styles.main} aria-current={selected ? 'true' : undefined} onClick={() => onGoTo(finding)}>
        <Icon className={mergeClasses(styles.icon, styles[finding.severity])} aria-hidden />
        <span>
          <ScreenReaderText>{severity}: </ScreenReaderText>
          {finding.message}
        </span>
        <Caption1 className={styles.details}>
          <span className={styles.quote}>“{finding.location.text}”</span> · {where} · {finding.ruleId}
        </Caption1>
      </button>
      {finding.fix && (
        <Button className={styles.fix} size="small" icon={<Wrench20Regular />} disabled={busy} onClick={() => onFix(finding)}>
          {finding.fix.title}
        </Button>
      )}
    </li>
  );
}
