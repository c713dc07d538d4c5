// The meeting's document register the check runs against: pick it (a file; in Excel also any sheet of the workbook),
// see from which file and when it was read and how Docket read its columns, refresh it, or forget it. Named "document
// register" throughout, so nobody takes it for the action register of the Generate tab.
import { Body1, Button, Caption1, Dropdown, Option, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Delete20Regular, DocumentTable20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { WorkbookSheets } from '../../office/host';
import { FilePicker } from '../generate/parts';

/** What the pane shows of the register in use, read without validating it (the worker validates what it checks with). */
export interface DocumentRegisterSummary {
  name: string;
  sheet?: string;
  readAt?: string;
  documents: number;
  notes: string[];
  /** Kept with the document; false for one too large for the settings, used until the pane closes. */
  kept: boolean;
}

export function summaryOf(value: unknown, kept: boolean): DocumentRegisterSummary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, sheet, readAt, documents, notes } = value as Record<string, unknown>;
  if (typeof name !== 'string' || !Array.isArray(documents)) return undefined;
  return {
    name,
    ...(typeof sheet === 'string' ? { sheet } : {}),
    ...(typeof readAt === 'string' ? { readAt } : {}),
    documents: documents.length,
    notes: Array.isArray(notes) ? notes.filter((n): n is string => typeof n === 'string') : [],
    kept,
  };
}

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  sheets: { minWidth: '160px' },
});

const ACCEPT = '.xlsx,.csv,.docx';

interface Props {
  summary?: DocumentRegisterSummary;
  sheets?: WorkbookSheets;
  busy: boolean;
  onFile: (name: string, bytes: Uint8Array) => void;
  onSheet: (name: string) => void;
  onForget: () => void;
  onProblem: (error: unknown) => void;
}

export function DocumentRegisterBar({ summary, sheets, busy, onFile, onSheet, onForget, onProblem }: Props) {
  const styles = useStyles();
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (!sheets || summary) return;
    sheets.names().then(setNames, onProblem);
  }, [sheets, summary, onProblem]);

  if (!summary) {
    return (
      <section className={styles.bar} aria-label="Document register">
        <div className={styles.row}>
          <FilePicker label="Check against a document register…" accept={ACCEPT} icon={<DocumentTable20Regular />} disabled={busy} onFile={onFile} />
          {sheets && names.length > 0 && (
            <Dropdown className={styles.sheets} placeholder="or one of this workbook’s sheets" aria-label="Use a sheet of this workbook as the document register" disabled={busy} onOptionSelect={(_, data) => data.optionValue && onSheet(data.optionValue)}>
              {names.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          )}
        </div>
        <Caption1 className={styles.muted}>The meeting’s TD, contribution or Tdoc list (.xlsx, .csv, or a TdocsByAgenda .docx): every cited document exists, is the latest revision, is not withdrawn and sits under its item.</Caption1>
      </section>
    );
  }

  const when = summary.readAt ? new Date(summary.readAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : undefined;
  const from = summary.sheet !== undefined ? `the sheet “${summary.sheet}”` : summary.name;
  return (
    <section className={styles.bar} aria-label="Document register">
      <Body1>
        Checked against the document register {from}: {summary.documents} documents{when ? `, read ${when}` : ''}.
      </Body1>
      {!summary.kept && <Caption1 className={styles.muted}>Too large to keep with the document: used until the pane is closed.</Caption1>}
      <div className={styles.row}>
        {summary.sheet !== undefined ? (
          <Button icon={<ArrowClockwise20Regular />} disabled={busy} onClick={() => onSheet(summary.sheet!)}>
            Refresh
          </Button>
        ) : (
          <FilePicker label="Refresh…" accept={ACCEPT} icon={<ArrowClockwise20Regular />} disabled={busy} onFile={onFile} />
        )}
        <Button icon={<Delete20Regular />} disabled={busy} onClick={onForget}>
          Forget
        </Button>
      </div>
      {summary.notes.length > 0 && (
        <details>
          <summary>
            <Caption1>How Docket read it</Caption1>
          </summary>
          <ul className={styles.notes} aria-label="How Docket read the document register">
            {summary.notes.map((note, i) => (
              <li key={i}>
                <Caption1>{note}</Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
