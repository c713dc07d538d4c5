// docket check --register: the TD514 agenda checked against its meeting's TD list (as CSV, and as an .xlsx written by
// another library with a title row above the header and a second sheet), several registers at once, the JSON output
// with each register as read, and registers that cannot be used stopping the check with one line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { z } from 'zod';
import { Finding, Meeting, RegisteredDocument } from '../../src/core';
import { main } from '../../src/cli/main';
import { LEGACY_DOC, TD514 } from '../helpers/shared';
import { TD_LIST, csvOf as csv } from '../helpers/td-list';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'docket-document-register-'));
}

const EXPECTED = [
  ['register/not-in-register', 'TD526'],
  ['register/superseded', 'TD667R1'],
  ['register/not-on-agenda', '3.1'],
  ['register/withdrawn', 'TD672'],
  ['register/wrong-item', 'TD625'],
];

const JsonOutput = z.object({
  files: z.array(z.object({ path: z.string(), findings: z.array(Finding), meeting: Meeting }).strict()),
  register: z.array(z.object({ path: z.string(), documents: z.array(RegisteredDocument), notes: z.array(z.string()) }).strict()),
});

describe('docket check --register', () => {
  it('checks TD514 against its TD list (CSV): missing, superseded, withdrawn, misplaced and forgotten documents', async () => {
    const register = join(folder(), 'TSAG TD list.csv');
    writeFileSync(register, csv(TD_LIST));
    const { code, out, err } = await run('check', TD514, '--register', register);
    expect(code).toBe(1);
    // Grouped output: the place, severity, message and rule id of each finding, in columns two or more spaces apart.
    const rows = out.split('\n').filter((l) => l.includes('  register/')).map((l) => l.trim().split(/ {2,}/));
    expect(rows.map((row) => row.at(-1))).toEqual(EXPECTED.map(([id]) => id));
    expect(rows).toContainEqual(['Agenda, item 1.4, Docs', '(table 2:r7c4)', 'error', 'TD526 is cited in item 1.4 but is not in the document register (TSAG TD list.csv).', 'register/not-in-register']);
    expect(rows.map((row) => row.slice(-3))).toContainEqual(['warning', 'TD667R1 is cited in item 2.2, but in the document register (TSAG TD list.csv) its latest revision is TD667R2.', 'register/superseded']);
    expect(rows.map((row) => row.slice(-3))).toContainEqual(['warning', 'TD700 ("Inputs to CWG-SFP from the study groups") is allocated to item 3.1 in the document register (TSAG TD list.csv), but the agenda cites it nowhere.', 'register/not-on-agenda']);
    expect(err).toBe(`note: ${register}: Columns read: TD # (number), Rev (revision), Source (source), Title (title), AI (agenda item), Status (status).\n`);
    // Without the register the same agenda has none of these.
    expect((await run('check', TD514)).out).not.toContain('register/');
  });

  it('reads the TD list from an .xlsx written by another library, past a title row and beside another sheet', async () => {
    const dir = folder();
    const register = join(dir, 'TD list.xlsx');
    const sheet = (rows: string[][]) => rows.map((row) => row.map((value) => ({ value })));
    await writeXlsxFile([
      { data: sheet([['Temporary documents, TSAG, Geneva, 29 July - 2 August 2024'], ...TD_LIST]), sheet: 'TDs' },
      { data: sheet([['Meeting', 'Dates'], ['TSAG', '29 July - 2 August 2024']]), sheet: 'Meetings' },
    ]).toFile(register);
    const { out } = await run('check', TD514, '--register', register, '--format', 'json');
    const json = JsonOutput.parse(JSON.parse(out));
    expect(json.register).toEqual([{ path: register, documents: expect.any(Array), notes: expect.any(Array) }]);
    expect(json.register[0]!.documents).toHaveLength(TD_LIST.length - 1);
    expect(json.register[0]!.documents.find((d) => d.id === 'TD667R2')).toEqual({
      id: 'TD667R2',
      item: '2.2',
      source: 'Rapporteur, RG-IEM',
      title: 'Industry Engagement Proposed Actions sorted by target entities',
    });
    expect(json.files[0]!.findings.filter((f) => f.ruleId.startsWith('register/')).map((f) => [f.ruleId, f.location.text])).toEqual(EXPECTED);
    const superseded = json.files[0]!.findings.find((f) => f.ruleId === 'register/superseded')!;
    expect(superseded.fix).toMatchObject({ title: 'Cite TD667R2', edits: [{ find: 'TD667R1', replace: 'TD667R2' }] });
  });

  it('takes several registers: a TD list and a contribution list', async () => {
    const dir = folder();
    const tds = join(dir, 'tds.csv');
    const contributions = join(dir, 'contributions.csv');
    writeFileSync(tds, csv(TD_LIST));
    writeFileSync(contributions, csv([['Document', 'Source', 'Title', 'Status'], ['C104', 'Canada', 'Elements to consider', '']]));
    const { out } = await run('check', TD514, '--register', tds, '--register', contributions, '--format', 'json');
    const json = JsonOutput.parse(JSON.parse(out));
    expect(json.register.map((r) => r.path)).toEqual([tds, contributions]);
    const missing = json.files[0]!.findings.filter((f) => f.ruleId === 'register/not-in-register').map((f) => f.message);
    expect(missing).toEqual([
      `TD526 is cited in item 1.4 but is not in the document register (tds.csv, contributions.csv).`,
      `C103 is cited in item 3.2 but is not in the document register (tds.csv, contributions.csv).`,
    ]);
  });

  it('stops with one line when a register cannot be used', async () => {
    const empty = join(folder(), 'agenda-like.csv');
    writeFileSync(empty, 'Item,Topic\n1,Opening\n');
    expect(await run('check', TD514, '--register', empty)).toMatchObject({
      code: 2,
      out: '',
      err: `docket: document register ${empty}: No table has a document-number column (TD #, TD/C #, Tdoc, TDoc, Document, No. with document numbers): no documents were read.\n`,
    });
    expect(await run('check', TD514, '--register', LEGACY_DOC)).toMatchObject({ code: 2, err: expect.stringMatching(/^docket: document register .*save it as \.docx.*\n$/) });
    expect(await run('check', TD514, '--register', join(folder(), 'nowhere.csv'))).toMatchObject({ code: 2, err: expect.stringContaining('No such file.') });
  });
});
