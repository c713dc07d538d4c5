// Asked before anything is written: every change a generator will make, where it is in the user's words and the text
// before and after, and a choice to write them or leave the document as it is.
import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Plan } from '../../core';
import { ScreenReaderText } from '../components/ScreenReaderText';
import type { ShownChange } from '../pipeline/messages';

const MAX_CHANGES = 60;

const useStyles = makeStyles({
  changes: {
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalS,
    maxHeight: '45vh',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  before: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
  after: { color: tokens.colorPaletteGreenForeground1 },
});

export function PlanDialog({ plan, changes, onAnswer }: { plan: Plan; changes: ShownChange[]; onAnswer: (write: boolean) => void }) {
  const styles = useStyles();
  const count = `${changes.length} ${changes.length === 1 ? 'change' : 'changes'}`;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onAnswer(false)}>
      <DialogSurface aria-describedby="docket-plan-text">
        <DialogBody>
          <DialogTitle>Write {plan.what}?</DialogTitle>
          <DialogContent>
            <Body1 id="docket-plan-text">{changes.length === 1 ? 'Docket will make this change' : `Docket will make these ${count}`} and nothing else:</Body1>
            <ul className={styles.changes} aria-label="Changes" tabIndex={0}>
              {changes.slice(0, MAX_CHANGES).map((change, i) => (
                <li key={i}>
                  <span className={styles.where}>{change.where}</span>
                  {': '}
                  {change.kind === 'add' && <>a row after it: </>}
                  {change.kind === 'drop' && <>the row is removed: </>}
                  {change.before !== '' && (
                    <span className={styles.before}>
                      <ScreenReaderText>was </ScreenReaderText>
                      {change.before}
                    </span>
                  )}
                  {change.before !== '' && change.after !== '' && ' → '}
                  {change.after !== '' && (
                    <span className={styles.after}>
                      <ScreenReaderText>becomes </ScreenReaderText>
                      {change.after}
                    </span>
                  )}
                </li>
              ))}
              {changes.length > MAX_CHANGES && <li>… and {changes.length - MAX_CHANGES} more.</li>}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              Write {count}
            </Button>
            <Button onClick={() => onAnswer(false)}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
