// Asked before a generated table is written over the user's own edits: what they changed inside Docket's block since
// Docket wrote it, line by line, and a choice to replace their changes or keep them. When Docket has no record of
// what it wrote there (the block came from the command line, or another copy of the add-in), it says so and asks.
import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { ScreenReaderText } from '../components/ScreenReaderText';
import { changedLines, type Changed } from './changes';

const MAX_LINES = 40;

const useStyles = makeStyles({
  changes: {
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalS,
    maxHeight: '40vh',
    overflowY: 'auto',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    backgroundColor: tokens.colorNeutralBackground2,
    listStyleType: 'none',
  },
  removed: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
  added: { color: tokens.colorPaletteGreenForeground1 },
});

export function EditsDialog({ what, changed, onAnswer }: { what: string; changed: Changed; onAnswer: (replace: boolean) => void }) {
  const styles = useStyles();
  const { written, now } = changed;
  const lines = useMemo(() => (written === undefined ? [] : changedLines({ written, now })), [written, now]);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onAnswer(false)}>
      <DialogSurface aria-describedby="docket-edits-text">
        <DialogBody>
          <DialogTitle>{written === undefined ? `Docket has no record of writing ${what}` : `You changed ${what} since Docket wrote it`}</DialogTitle>
          <DialogContent>
            {written === undefined ? (
              <Body1 id="docket-edits-text">
                It was written outside this pane (by the docket command line, or on another computer), so Docket cannot tell your changes from its own. Writing it again replaces
                everything in it with what the agenda says now.
              </Body1>
            ) : (
              <>
                <Body1 id="docket-edits-text">Writing it again replaces these changes with what the agenda says now:</Body1>
                <ul className={styles.changes} aria-label="Your changes" tabIndex={0}>
                  {lines.slice(0, MAX_LINES).map((line, i) => (
                    <li key={i} className={styles[line.kind]}>
                      {line.kind === 'removed' ? '− ' : '+ '}
                      <ScreenReaderText>{line.kind === 'removed' ? 'Docket wrote: ' : 'You wrote: '}</ScreenReaderText>
                      {line.text}
                    </li>
                  ))}
                  {lines.length > MAX_LINES && <li>… and {lines.length - MAX_LINES} more lines.</li>}
                </ul>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(false)}>
              {written === undefined ? 'Leave it as it is' : 'Keep my changes'}
            </Button>
            <Button onClick={() => onAnswer(true)}>{written === undefined ? 'Write it again' : 'Replace them'}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
