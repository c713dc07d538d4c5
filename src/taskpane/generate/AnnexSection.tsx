// Annex A, the document list, brought up to date with what the agenda cites: a row for each cited document it lacks
// (described from the list or from a document register: the one the check runs against, or one the user imports,
// read by the same reader), cited revisions updated; every other row kept as it is. A listed document nobody cites is
// named, and dropped only if the user ticks it.
import { Body1, Button, Checkbox, Field } from '@fluentui/react-components';
import { ArrowUpload20Regular, Dismiss20Regular, TableEdit20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { isEmptyPlan, type AnnexOrder, type DocumentEntry, type DocumentRegister, type Meeting } from '../../core';
import { ChoiceDropdown, type Choice } from '../components/ChoiceDropdown';
import { readDocumentRegisterOf } from '../pipeline/check';
import type { PlanRequest } from '../pipeline/messages';
import { Buttons, FilePicker, Notes, Section } from './parts';
import type { Write } from './GeneratePanel';
import { usePlan } from './use-plan';

const ORDERS: Choice<AnnexOrder>[] = [
  { value: 'citation', label: 'By first citation in the agenda' },
  { value: 'category', label: 'By category, then number' },
];

/** Uncited rows named in the checkbox's label before "and n more": a 1,700-row list is not one label. */
const NAMED = 10;

const named = (uncited: readonly DocumentEntry[]) =>
  uncited.slice(0, NAMED).map((d) => `${d.raw} (row ${d.location.row})`).join(', ') + (uncited.length > NAMED ? ` and ${uncited.length - NAMED} more` : '');

interface Props {
  meeting: Meeting;
  /** The check whose document the plan is made from. */
  checked: number;
  /** The checking settings saved with the document (their categories describe new rows). */
  settings: unknown;
  /** The document register the check runs against: the one used unless the user imports another. */
  documentRegister?: DocumentRegister;
  busy: boolean;
  write: Write;
  onProblem: (error: unknown) => void;
}

export function AnnexSection({ meeting, checked, settings, documentRegister, busy, write, onProblem }: Props) {
  const hasList = meeting.tables.some((t) => t.kind === 'document-list');
  const [order, setOrder] = useState<AnnexOrder>('citation');
  const [dropUncited, setDropUncited] = useState(false);
  const [imported, setImported] = useState<DocumentRegister | null>();
  const [registerProblem, setRegisterProblem] = useState<string>();
  /** The imported register; else the one the check runs against; none once the user stops using it. */
  const register = imported === null ? undefined : (imported ?? documentRegister);
  const request = useMemo(() => ({ generator: 'annex', order, dropUncited, ...(register ? { register } : {}) }) satisfies PlanRequest, [order, dropUncited, register]);
  const planned = usePlan(checked, settings, request, onProblem);
  const plan = planned?.plan;
  const changes = planned?.changes.length ?? 0;
  /** No list, and none to make: the agenda cites no meeting documents (as the plan, empty, says). */
  const nothingToList = !hasList && plan !== undefined && isEmptyPlan(plan);

  const importRegister = async (name: string, bytes: Uint8Array) => {
    setRegisterProblem(undefined);
    try {
      const read = await readDocumentRegisterOf({ kind: 'file', name, bytes });
      if (read.documents.length === 0) setRegisterProblem(`${name} cannot be the document register: ${read.notes.join(' ')}`);
      else setImported(read);
    } catch (error) {
      onProblem(error);
    }
  };

  return (
    <Section
      busy={!planned}
      title="Document list (Annex A)"
      description={
        hasList
          ? 'Adds a row for each cited document the list lacks and updates cited revisions; every other row stays as it is.'
          : nothingToList
            ? 'The agenda has no document list.'
            : 'The agenda has no document list: a new one, of every document it cites, is added after the cursor.'
      }
    >
      {!hasList && !nothingToList && (
        <Field label="Order of the new list">
          <ChoiceDropdown choices={ORDERS} chosen={order} onChoose={setOrder} />
        </Field>
      )}
      <Buttons>
        <FilePicker label="Import a document register…" accept=".xlsx,.csv,.docx,.txt,.md" icon={<ArrowUpload20Regular />} disabled={busy} onFile={(name, bytes) => void importRegister(name, bytes)} />
        {register && (
          <>
            <Body1>
              {register.name}: {register.documents.length} documents
            </Body1>
            <Button appearance="subtle" icon={<Dismiss20Regular />} aria-label={`Stop using ${register.name}`} onClick={() => setImported(null)} />
          </>
        )}
      </Buttons>
      {registerProblem && <Body1 role="alert">{registerProblem}</Body1>}
      {plan && plan.uncited.length > 0 && (
        <Checkbox
          checked={dropUncited}
          onChange={(_, data) => setDropUncited(data.checked === true)}
          label={`Drop the ${plan.uncited.length === 1 ? 'row' : 'rows'} of ${plan.uncited.length === 1 ? 'the document' : `${plan.uncited.length} documents`} nobody cites: ${named(plan.uncited)}`}
        />
      )}
      <Body1>
        {!plan
          ? 'Working out the changes…'
          : !isEmptyPlan(plan)
            ? `${changes} ${changes === 1 ? 'change' : 'changes'} to write.`
            : nothingToList
              ? 'The agenda cites no meeting documents: there is no Annex A to write.'
              : 'Annex A already lists every document the agenda cites: nothing to write.'}
      </Body1>
      {plan && <Notes notes={plan.notes} label="Notes on the document list" />}
      <Buttons>
        <Button appearance="primary" icon={<TableEdit20Regular />} disabled={busy || !planned || isEmptyPlan(planned.plan)} onClick={() => planned && write(planned.plan, planned.changes)}>
          Write Annex A…
        </Button>
      </Buttons>
    </Section>
  );
}
