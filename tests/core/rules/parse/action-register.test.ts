import { describe, expect, it } from 'vitest';
import { analyse, registerRows } from '../../../../src/core';
import { readSpreadsheet } from '../../../../src/io/xlsx/read';
import { registerWorkbook } from '../../../../src/io/xlsx/register-file';
import { analyseFile } from '../../../helpers/analyse';
import { annexA, findingsOf } from '../../../helpers/rules';
import { WP2 } from '../../../helpers/shared';

const rule = 'parse/action-register';
const REGISTER = [
  'Action register',
  'Action | Agenda item | Action text | Verb | Addressed to | Documents | Meeting | Status | Due | Notes',
  'WP2-1 | 4.10 | WP2 agrees to send TD999 to SG17 | agree | WP2 | TD999 | WP2/TSAG, 2024-08-01 | Agreed | 2024-10-01 | ',
  'WP2-2 | 4.2 | WP2 approves TD998 | approve | WP2 | TD998 | WP2/TSAG, 2024-08-01 | Done | 31 February 2024 | ',
].join('\n');

describe(rule, () => {
  it('skips the register Docket writes, as info, so its documents and dates are not checked as the agenda’s', () => {
    const text = `${annexA([['Contribution', 'TD514']])}\n\nTD514 is cited here.\n\n${REGISTER}`;
    const findings = findingsOf(rule, text);
    expect(findings).toMatchObject([{ severity: 'info', location: { row: 0, col: 0, text: 'Action' } }]);
    expect(findings[0]!.message).toMatchInlineSnapshot(`""Action register" is the action register Docket writes; it is skipped, not checked as an agenda or a document list."`);
    for (const other of ['ref/not-in-document-list', 'date/invalid', 'parse/unrecognised-table']) expect(findingsOf(other, text), other).toEqual([]);
  });

  it('recognises the register by its columns in any order, among the user’s own', () => {
    const text = 'Owner | Notes | Due | Status | Meeting | Documents | Addressed to | Verb | Action text | Agenda item | Action\nBilel | | | | | | | | | 1 | WP2-1';
    expect(findingsOf(rule, text)).toHaveLength(1);
  });

  it('is silent for a document list or an agenda, and for a table lacking a register column', () => {
    expect(findingsOf(rule, annexA([['Contribution', 'TD514']]))).toEqual([]);
    expect(findingsOf(rule, REGISTER.replace('| Due |', '| Deadline |'))).toEqual([]);
  });

  it('leaves exactly one note on the .xlsx register Docket downloads, and no error', async () => {
    const read = await readSpreadsheet('actions.xlsx', await registerWorkbook(registerRows(analyseFile(WP2).meeting)));
    if (!read.ok) throw new Error(read.message);
    expect(analyse(read.value).findings.map((f) => f.ruleId)).toEqual([rule]);
  });
});
