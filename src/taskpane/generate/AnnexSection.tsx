// Annex A, the document list: every meeting document the agenda cites, described from the existing list or from a
// document register the user imports (an Excel sheet or CSV file, or another agenda), in the order they choose.
import { Body1, Button, Dropdown, Field, Option } from '@fluentui/react-components';
import { ArrowUpload20Regular, Dismiss20Regular, TableEdit20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { annexBlock, documentRecordsOf, type AnnexOrder, type Config, type DocumentRecord, type Meeting } from '../../core';
import { readMeeting } from '../pipeline/check';
import { Buttons, FilePicker, Notes, Section } from './parts';
import type { Write } from './GeneratePanel';

const ORDERS: { value: AnnexOrder; label: string }[] = [
  { value: 'list', label: 'As in the document list' },
  { value: 'category', label: 'By category, then number' },
  { value: 'citation', label: 'By first citation in the agenda' },
];

export function AnnexSection({ meeting, config, busy, write, onProblem }: { meeting: Meeting; config: Config; busy: boolean; write: Write; onProblem: (error: unknown) => void }) {
  const hasList = meeting.tables.some((t) => t.kind === 'document-list');
  const [order, setOrder] = useState<AnnexOrder>(hasList ? 'list' : 'citation');
  const [register, setRegister] = useState<{ name: string; records: DocumentRecord[] }>();
  const [registerProblem, setRegisterProblem] = useState<string>();
  const block = useMemo(
    () => annexBlock(meeting, { order, categories: config.categories, ...(register ? { register: register.records } : {}) }),
    [meeting, order, config.categories, register],
  );
  const missing = block.spec.rows.filter((r) => r.cells[1]?.text === 'TBD').length;

  const importRegister = async (name: string, bytes: Uint8Array) => {
    setRegisterProblem(undefined);
    try {
      const records = documentRecordsOf(await readMeeting({ kind: 'file', name, bytes }));
      if (records.length === 0) setRegisterProblem(`${name} has no document list: Docket looks for a table with a TD/C # (or Tdoc) column.`);
      else setRegister({ name, records });
    } catch (error) {
      onProblem(error);
    }
  };

  return (
    <Section
      title="Document list (Annex A)"
      description={`Every document the agenda cites, numbered. ${hasList ? 'Replaces the document list in the agenda.' : 'Added at the end of the agenda.'}`}
    >
      <Field label="Order">
        <Dropdown
          value={ORDERS.find((o) => o.value === order)!.label}
          selectedOptions={[order]}
          onOptionSelect={(_, data) => setOrder(data.optionValue as AnnexOrder)}
        >
          {ORDERS.filter((o) => hasList || o.value !== 'list').map((o) => (
            <Option key={o.value} value={o.value}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Buttons>
        <FilePicker
          label="Import a document register…"
          accept=".xlsx,.csv,.docx,.txt,.md"
          icon={<ArrowUpload20Regular />}
          disabled={busy}
          onFile={(name, bytes) => void importRegister(name, bytes)}
        />
        {register && (
          <>
            <Body1>
              {register.name}: {register.records.length} documents
            </Body1>
            <Button appearance="subtle" icon={<Dismiss20Regular />} aria-label={`Stop using ${register.name}`} onClick={() => setRegister(undefined)} />
          </>
        )}
      </Buttons>
      {registerProblem && <Body1 role="alert">{registerProblem}</Body1>}
      <Body1>
        {block.spec.rows.length} documents{missing > 0 ? `, ${missing} without a description (marked TBD to complete)` : ''}.
      </Body1>
      <Notes notes={block.spec.notes} label="Notes on the document list" />
      <Buttons>
        <Button appearance="primary" icon={<TableEdit20Regular />} disabled={busy || block.spec.rows.length === 0} onClick={() => write(block, 'Annex A')}>
          Write Annex A
        </Button>
      </Buttons>
    </Section>
  );
}
