// The pieces every part of the Generate tab is made of: a titled section, the generator's notes, and a file picker.
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { useId, useRef } from 'react';
import { groupedNotes, type GenerationNote } from '../../core';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** A section of the Generate tab; `busy` while its plan is being made. */
export function Section({ title, description, busy = false, children }: { title: string; description: string; busy?: boolean; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id} aria-busy={busy}>
      <Subtitle2 as="h2" id={id}>
        {title}
      </Subtitle2>
      <Caption1 className={styles.muted}>{description}</Caption1>
      {children}
    </section>
  );
}

/** What the generator could not fill in or doubts, row by row; what it says of several documents, said once. */
export function Notes({ notes, label }: { notes: readonly GenerationNote[]; label: string }) {
  const styles = useStyles();
  if (notes.length === 0) return null;
  return (
    <ul className={styles.notes} aria-label={label}>
      {groupedNotes(notes).map((note, i) => (
        <li key={i}>
          <Body1>{note}</Body1>
        </li>
      ))}
    </ul>
  );
}

export function Buttons({ children }: { children: ReactNode }) {
  return <div className={useStyles().row}>{children}</div>;
}

/** The whole, non-negative number a spin button now holds (typed or stepped), or nothing while it holds none. */
export function wholeNumber(data: { value?: number | null; displayValue?: string }): number | undefined {
  const value = data.value ?? Number(data.displayValue);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** A button that opens the browser's file picker; the chosen file's name and bytes go to `onFile`. */
export function FilePicker({ label, accept, icon, disabled, onFile }: { label: string; accept: string; icon?: ReactElement; disabled?: boolean; onFile: (name: string, bytes: Uint8Array) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={icon} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={label}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void file.arrayBuffer().then((buffer) => onFile(file.name, new Uint8Array(buffer)));
        }}
      />
    </>
  );
}
