// docket register, annex and ics, end to end on the seed fixtures.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyse, registerRows } from '../../src/core';
import { main } from '../../src/cli/main';
import { readDocx } from '../../src/io/docx/read';
import { registerWorkbook } from '../../src/io/xlsx/register-file';
import { readSpreadsheet } from '../../src/io/xlsx/read';
import { analyseFile } from '../helpers/analyse';
import { TD514, WP2, bytesOf } from '../helpers/shared';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = () => mkdtempSync(join(tmpdir(), 'docket-generate-'));

describe('docket register', () => {
  it('writes the register of the WP2 agenda’s 13 actions', async () => {
    const output = join(dir(), 'actions.xlsx');
    expect(await run('register', WP2, '-o', output)).toMatchObject({ code: 0, out: `Wrote 13 actions to ${output} (13 new, 0 updated; Status, Due and Notes kept).\n` });
    const read = await readSpreadsheet('actions.xlsx', new Uint8Array(readFileSync(output)));
    expect(read.ok).toBe(true);
  });

  it('merges into an existing register without touching what the user typed', async () => {
    const output = join(dir(), 'actions.xlsx');
    const kept = registerRows(analyseFile(WP2).meeting).slice(0, 2).map((row, i) => (i === 0 ? { ...row, status: 'Agreed', due: '2024-10-01', notes: 'Sent by TSB' } : row));
    writeFileSync(output, await registerWorkbook(kept));
    expect((await run('register', WP2, '-o', output)).out).toContain('(11 new, 0 updated');
    const read = await readSpreadsheet('actions.xlsx', new Uint8Array(readFileSync(output)));
    if (!read.ok) throw new Error(read.message);
    expect(JSON.stringify(read.value)).toContain('Sent by TSB');
  });

  it('says so when there are no actions', async () => {
    expect(await run('register', TD514, '-o', join(dir(), 'a.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('no "Anticipated action" paragraphs') });
  });
});

describe('docket annex', () => {
  it('regenerates TD514’s Annex A: same 12 documents in order, typo noted, and the file reads back as the same Meeting', async () => {
    const output = join(dir(), 'out.docx');
    const result = await run('annex', TD514, '-o', output);
    expect(result).toMatchObject({ code: 0, out: `Wrote ${output}: regenerated Annex A with 12 documents (list order).\n` });
    expect(result.err).toContain('note: row 10: TD667R1: the category "infomration" is not in the vocabulary (did you mean "Information"?); it is kept as written.');
    const before = analyseFile(TD514);
    const snapshot = readDocx(new Uint8Array(readFileSync(output)));
    expect(snapshot.blocks.flatMap((b) => (b.kind === 'table' && b.generated ? [b.generated] : []))).toEqual(['docket:annex']);
    const after = analyse(snapshot);
    expect(after.meeting).toEqual(before.meeting);
    expect(after.findings).toEqual(before.findings);
  });

  it('changes only the annex: every other part, and document.xml outside the annex, stay as they were', async () => {
    const output = join(dir(), 'out.docx');
    await run('annex', TD514, '-o', output);
    const [was, now] = [unzipSync(bytesOf(TD514)), unzipSync(new Uint8Array(readFileSync(output)))];
    expect(Object.keys(now).sort()).toEqual(Object.keys(was).sort());
    for (const name of Object.keys(was).filter((n) => n !== 'word/document.xml')) expect(now[name], name).toEqual(was[name]);
    const [a, b] = [strFromU8(was['word/document.xml']!), strFromU8(now['word/document.xml']!)];
    const start = a.indexOf('<w:tbl>', a.indexOf('Documentation'));
    const end = a.indexOf('</w:tbl>', start) + '</w:tbl>'.length;
    expect(b.slice(0, start)).toBe(a.slice(0, start));
    expect(b.slice(b.length - (a.length - end))).toBe(a.slice(end));
    expect(b.slice(start)).toMatch(/^<w:sdt><w:sdtPr><w:alias w:val="Docket: document list"\/><w:tag w:val="docket:annex"\/>/);
  });

  it('leaves the document unchanged when regenerated twice', async () => {
    const [once, twice] = [join(dir(), 'once.docx'), join(dir(), 'twice.docx')];
    await run('annex', TD514, '-o', once);
    await run('annex', once, '-o', twice);
    const xml = (path: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);
    expect(xml(twice)).toBe(xml(once));
  });

  it('takes categories, sources and titles from an imported register first', async () => {
    const folder = dir();
    const csv = join(folder, 'register.csv');
    writeFileSync(csv, 'TD/C #,Category,Source,Title\nTD667R1,Information,"Rapporteur, RG-IEM",Proposed actions (final)\n');
    const output = join(folder, 'out.docx');
    expect((await run('annex', TD514, '--register', csv, '-o', output)).code).toBe(0);
    const { meeting, findings } = analyse(readDocx(new Uint8Array(readFileSync(output))));
    expect(meeting.documents.find((d) => d.id === 'TD667R1')).toMatchObject({ category: 'Information', title: 'Proposed actions (final)' });
    expect(findings).toEqual([]);
  });

  it('adds an Annex A to an agenda that has none, with documents nobody described left to complete', async () => {
    const output = join(dir(), 'out.docx');
    const result = await run('annex', WP2, '-o', output);
    expect(result.out).toContain('added Annex A with 12 documents (citation order)');
    const { meeting, findings } = analyse(readDocx(new Uint8Array(readFileSync(output))));
    expect(meeting.documents.map((d) => d.id)).toEqual(['TD523', 'TD598', 'TD521', 'TD624R2', 'TD667R1', 'TD599', 'TD671', 'TD666R2', 'TD525', 'TD670', 'TD673', 'TD513']);
    expect(meeting.tables.find((t) => t.kind === 'document-list')?.title).toBe('Annex A');
    expect(findings.filter((f) => f.ruleId === 'text/placeholder').length).toBeGreaterThanOrEqual(36);
  });
});

describe('docket ics', () => {
  it('writes the RG-IEM e-meetings and deadlines', async () => {
    const output = join(dir(), 'meetings.ics');
    expect(await run('ics', WP2, '-o', output)).toMatchObject({ code: 0, out: `Wrote 4 events to ${output}.\n` });
    expect(readFileSync(output, 'utf8')).toContain('DTSTART;TZID=Europe/Zurich:20250211T130000');
  });

  it('needs somewhere to write', async () => {
    expect(await run('ics', WP2)).toMatchObject({ code: 2, err: 'docket: ics needs -o <file> to write to.\n' });
  });
});
