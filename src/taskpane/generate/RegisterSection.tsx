// The action register: one row per "Anticipated action" of the agenda. From Word it is downloaded as an .xlsx
// workbook (the spreadsheet writer loads only then); in Excel it is written into the "Action register" sheet,
// merged by action id so what the user typed in Status, Due and Notes stays.
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, DocumentArrowUp20Regular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { registerRows, type Meeting, type RegisterRow } from '../../core';
import type { RegisterSheet } from '../../office/host';
import { XLSX_TYPE } from '../../io/file-kinds';
import { readMeeting } from '../pipeline/check';
import type { Notice } from '../state';
import type { Run } from './GeneratePanel';
import { Buttons, FilePicker, Section } from './parts';
import { fileNameFor, saveFile } from './save-file';


const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, maxHeight: '10em', overflowY: 'auto' },
});

function Actions({ rows }: { rows: readonly RegisterRow[] }) {
  return (
    <ul className={useStyles().list} aria-label="Actions" tabIndex={0}>
      {rows.map((row, i) => (
        <li key={`${i}:${row.id}`}>
          <Body1>
            {row.id}: {row.verb} ({row.addressedTo || 'no one named'})
          </Body1>
        </li>
      ))}
    </ul>
  );
}

export function RegisterSection({ meeting, busy, run }: { meeting: Meeting; busy: boolean; run: Run }) {
  const rows = useMemo(() => registerRows(meeting), [meeting]);
  const repeated = useMemo(() => [...new Set(rows.map((r) => r.id).filter((id, i, ids) => ids.indexOf(id) !== i))], [rows]);
  const download = () =>
    run(async () => {
      const { registerWorkbook } = await import('../../io/xlsx/register-file');
      saveFile(fileNameFor(meeting.facts.group, 'actions.xlsx'), await registerWorkbook(rows), XLSX_TYPE);
      return { notice: { intent: 'success', message: `Downloaded the register of ${rows.length} actions.` }, changed: false };
    });
  return (
    <Section title="Action register" description="One row per anticipated action: its agenda item, verb, who it is addressed to, the documents cited, and columns for status, due date and notes.">
      <Body1>{rows.length === 0 ? 'The agenda has no "Anticipated action" paragraphs.' : `${rows.length} actions.`}</Body1>
      {repeated.length > 0 && <Body1>{`${repeated.join(', ')} ${repeated.length === 1 ? 'is the id of more than one action' : 'are each the id of more than one action'}: all of them are in the register; give each its own id in the agenda.`}</Body1>}
      {rows.length > 0 && <Actions rows={rows} />}
      <Buttons>
        <Button icon={<ArrowDownload20Regular />} disabled={busy || rows.length === 0} onClick={download}>
          Download register (.xlsx)
        </Button>
      </Buttons>
    </Section>
  );
}

/** In Excel: the agenda is a .docx the user picks, read with the same reader as in Word. */
export function RegisterSheetSection({ sheet, busy, run }: { sheet: RegisterSheet; busy: boolean; run: Run }) {
  const importAgenda = (name: string, bytes: Uint8Array) =>
    run(async () => {
      const meeting = await readMeeting({ kind: 'file', name, bytes });
      const rows = registerRows(meeting);
      if (rows.length === 0) return { notice: { intent: 'warning', message: `${name} has no "Anticipated action" paragraphs: there is no register to write.` }, changed: false };
      const { added, updated, total } = await sheet.write(rows);
      const notice: Notice = { intent: 'success', message: `The Action register sheet has ${total} actions: ${added} new, ${updated} updated. Status, Due and Notes were kept.` };
      return { notice, changed: false };
    });
  return (
    <Section title="Action register" description='Creates or updates the "Action register" sheet from an agenda: new actions are added, changed texts updated, and your Status, Due and Notes are never overwritten.'>
      <Buttons>
        <FilePicker label="Import actions from an agenda…" accept=".docx,.txt,.md" icon={<DocumentArrowUp20Regular />} disabled={busy} onFile={(name, bytes) => void importAgenda(name, bytes)} />
      </Buttons>
    </Section>
  );
}
