// One finding: its severity, message, quoted text and place in the document; activating it goes there, a finding
// with a fix offers it as a button, and Ignore hides it (here, or its rule in the whole document). It says its place
// in its group (the list mounts only the findings in view), and which of its buttons is the group's Tab stop.
import { Button, Caption1, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle20Filled, EyeOff20Regular, Info20Filled, Warning20Filled, Wrench20Regular } from '@fluentui/react-icons';
import type { FocusEvent, Ref } from 'react';
import type { Finding } from '../../core';
import { ScreenReaderText } from './ScreenReaderText';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    // The containing block of its screen-reader text, which must not reach outside it.
    position: 'relative',
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
  message: { overflowWrap: 'anywhere' },
  details: { gridColumn: '2', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  quote: { fontStyle: 'italic' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginLeft: tokens.spacingHorizontalXXL },
});

const ICONS = { error: ErrorCircle20Filled, warning: Warning20Filled, info: Info20Filled };
const SPOKEN = { error: 'Error', warning: 'Warning', info: 'Note' };

export interface FindingItemProps {
  /** Its row in the list (data-index), its place in its group (0-based) and the group's size. */
  index: number;
  at: number;
  of: number;
  /** The height kept above it for findings not mounted. */
  gap: number;
  finding: Finding;
  where: string;
  /** Which of its buttons takes the Tab key (0: the finding itself), if one does; the others are reached by arrows. */
  tabStop?: number;
  onFocusControl: (control: number) => void;
  ref?: Ref<HTMLLIElement>;
  selected: boolean;
  busy: boolean;
  onGoTo: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onIgnore: (finding: Finding, scope: 'here' | 'rule') => void;
}

export function FindingItem({ index, at, of, gap, finding, where, tabStop, onFocusControl, ref, selected, busy, onGoTo, onFix, onIgnore }: FindingItemProps) {
  const styles = useStyles();
  const Icon = ICONS[finding.severity];
  const severity = SPOKEN[finding.severity];
  const tab = (control: number) => (control === tabStop ? 0 : -1);
  const onFocus = (event: FocusEvent<HTMLLIElement>) => {
    const control = [...event.currentTarget.querySelectorAll('button')].indexOf(event.target as unknown as HTMLButtonElement);
    if (control >= 0) onFocusControl(control);
  };
  return (
    <li
      ref={ref}
      className={mergeClasses(styles.item, selected && styles.selected)}
      style={gap > 0 ? { marginTop: gap } : undefined}
      data-index={index}
      data-rule={finding.ruleId}
      aria-posinset={at + 1}
      aria-setsize={of}
      onFocus={onFocus}
    >
      <button type="button" className={styles.main} tabIndex={tab(0)} aria-current={selected ? 'true' : undefined} onClick={() => onGoTo(finding)}>
        <Icon className={mergeClasses(styles.icon, styles[finding.severity])} aria-hidden />
        <span className={styles.message}>
          <ScreenReaderText>{severity}: </ScreenReaderText>
          {finding.message}
        </span>
        <Caption1 className={styles.details}>
          <span className={styles.quote}>“{finding.location.text}”</span> · {where} · {finding.ruleId}
        </Caption1>
      </button>
      <div className={styles.actions}>
        {finding.fix && (
          <Button size="small" icon={<Wrench20Regular />} disabled={busy} tabIndex={tab(1)} onClick={() => onFix(finding)}>
            {finding.fix.title}
          </Button>
        )}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" appearance="subtle" icon={<EyeOff20Regular />} disabled={busy} tabIndex={tab(finding.fix ? 2 : 1)} aria-label={`Ignore: ${finding.message}`}>
              Ignore
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => onIgnore(finding, 'here')}>Ignore here</MenuItem>
              <MenuItem onClick={() => onIgnore(finding, 'rule')}>Ignore this rule in this document</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
    </li>
  );
}
