// docket register and ics, end to end on the seed fixtures, and what every writing command refuses.
import { mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { registerRows } from '../../src/core';
import { main } from '../../src/cli/main';
import { meetingCalendar, withoutStamps } from '../../src/io/ics';
import { registerWorkbook } from '../../src/io/xlsx/register-file';
import { analyseFile } from '../helpers/analyse';
import { readCalendar } from '../helpers/ical';
import { SA2_136, TD514, WP2, bytesOf } from '../helpers/shared';
import { secretarysWorkbook } from '../helpers/workbooks';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = () => mkdtempSync(join(tmpdir(), 'docket-generate-'));
/** The first sheet's cells, read by read-excel-file: another reader than the one Docket writes with. */
const firstSheet = async (path: string) => (await readXlsxFile(path))[0]!.data;

describe('docket register', () => {
  it('writes the register of the WP2 agenda’s 13 actions', async () => {
    const output = join(dir(), 'actions.xlsx');
    expect(await run('register', WP2, '-o', output)).toMatchObject({ code: 0, out: `Wrote 13 actions to ${output}.\n`, err: '' });
    const data = await firstSheet(output);
    expect(data.slice(1).map((r) => r[0])).toEqual(registerRows(analyseFile(WP2).meeting).map((r) => r.id));
  });

  it('merges into an existing register without touching what the user typed, and writes nothing the next time', async () => {
    const output = join(dir(), 'actions.xlsx');
    const kept = registerRows(analyseFile(WP2).meeting).slice(0, 2).map((row, i) => (i === 0 ? { ...row, status: 'Agreed', due: '2024-10-01', notes: 'Sent by TSB' } : row));
    writeFileSync(output, await registerWorkbook(kept));
    expect((await run('register', WP2, '-o', output)).out).toBe(
      `Merged into ${output}, sheet "Action register": 11 new, 0 updated, 13 actions; Status, Due, Notes and everything else in the workbook kept.\n`,
    );
    const data = await firstSheet(output);
    expect(data[1]!.slice(7)).toEqual(['Agreed', new Date(Date.UTC(2024, 9, 1)), 'Sent by TSB']);
    expect(data).toHaveLength(14);
    const written = readFileSync(output);
    expect((await run('register', WP2, '-o', output)).out).toBe(`${output} is up to date: 13 actions on sheet "Action register", none new or changed; the file was not written.\n`);
    expect(readFileSync(output)).toEqual(written);
  });

  it('keeps every sheet, column, formula, id-less row and width of a workbook the secretary edited (read back by read-excel-file)', async () => {
    const output = join(dir(), 'register 2024.xlsx');
    const rows = registerRows(analyseFile(WP2).meeting);
    writeFileSync(output, secretarysWorkbook(rows));
    expect(await run('register', WP2, '-o', output)).toMatchObject({ code: 0, out: expect.stringContaining('sheet "Actions 2024": 10 new, 1 updated, 13 actions') });
    const sheets = await readXlsxFile(output);
    expect(sheets.map((s) => s.sheet)).toEqual(['Overview', 'Actions 2024', 'Notes']);
    const register = sheets[1]!.data;
    expect(register[0]!.at(-1)).toBe('Owner');
    expect(register[1]!.slice(7)).toEqual(['Agreed', new Date(Date.UTC(2024, 9, 1)), 'late', 'Bilel']);
    expect(register[2]![2]).toBe('Carried over from the last meeting:');
    expect(register.slice(1).map((r) => r[0])).toEqual([rows[0]!.id, null, ...rows.slice(1).map((r) => r.id)]);
    expect(strFromU8(unzipSync(new Uint8Array(readFileSync(output)))['xl/worksheets/sheet1.xml']!)).toContain('<f>IF(I2&lt;TODAY(),&quot;late&quot;,&quot;on time&quot;)</f>');
  });

  it('keeps two actions with one id, both rows, and says so', async () => {
    const folder = dir();
    const agenda = join(folder, 'agenda.txt');
    writeFileSync(agenda, 'WP2 meeting\n\n1. Opening\n\nAnticipated action WP2-1: WP2 agrees to TD514.\n\n2. Close\n\nAnticipated action WP2-1: WP2 approves TD515.\n');
    const output = join(folder, 'actions.xlsx');
    const result = await run('register', agenda, '-o', output);
    expect(result).toMatchObject({ code: 0, out: `Wrote 2 actions to ${output}.\n` });
    expect(result.err).toBe('note: Action id WP2-1 is used twice (first under item 1); each action needs its own id. Both are in the register (action/duplicate-id).\n');
    const data = await firstSheet(output);
    expect(data.slice(1).map((r) => [r[0], r[2]])).toEqual([['WP2-1', 'WP2 agrees to TD514.'], ['WP2-1', 'WP2 approves TD515.']]);
  });

  it('adds the register on a sheet of its own to a workbook without one, keeping its sheets; the next time writes nothing', async () => {
    const list = join(dir(), 'tdocs.xlsx');
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    await writeXlsxFile([[{ value: 'TD/C #' }, { value: 'Title' }], [{ value: 'TD514' }, { value: 'Agenda' }]], { sheet: 'TD list' }).toFile(list);
    expect(await run('register', WP2, '-o', list)).toMatchObject({ code: 0, out: `Added sheet "Action register" to ${list}, with 13 actions; every other sheet kept as it was.\n` });
    const sheets = await readXlsxFile(list);
    expect(sheets.map((s) => s.sheet)).toEqual(['TD list', 'Action register']);
    expect(sheets[0]!.data).toEqual([['TD/C #', 'Title'], ['TD514', 'Agenda']]);
    expect(sheets[1]!.data.slice(1).map((r) => r[0])).toEqual(registerRows(analyseFile(WP2).meeting).map((r) => r.id));
    const written = readFileSync(list);
    expect(await run('register', WP2, '-o', list)).toMatchObject({ code: 0, out: `${list} is up to date: 13 actions on sheet "Action register", none new or changed; the file was not written.\n` });
    expect(readFileSync(list)).toEqual(written);
  });

  it('says so when there are no actions', async () => {
    expect(await run('register', TD514, '-o', join(dir(), 'a.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('no "Anticipated action" paragraphs') });
  });
});

describe('what the writing commands refuse, before any work, leaving every file as it was', () => {
  it('an output of the wrong kind: an agenda named .xlsx, a CSV, a .docx for register', async () => {
    const folder = dir();
    const renamed = join(folder, 'agenda.xlsx');
    writeFileSync(renamed, bytesOf(WP2));
    const csv = join(folder, 'register.xlsx');
    writeFileSync(csv, 'Action,Agenda item,Action text,Verb,Addressed to,Documents,Meeting,Status,Due,Notes\nWP2-1,1,x,agree,WP2,,,,,\n');
    for (const output of [renamed, csv]) {
      const result = await run('register', WP2, '-o', output);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^docket: .* exists and is (a Word document \(\.docx\)|a file of another kind), not an Excel workbook \(\.xlsx\): Docket will not write over it; choose another file\.\n$/);
    }
    expect(readFileSync(renamed)).toEqual(Buffer.from(bytesOf(WP2)));
    expect(await run('register', WP2, '-o', join(folder, 'actions.docx'))).toMatchObject({ code: 2, err: `docket: ${join(folder, 'actions.docx')}: this command writes an Excel workbook (.xlsx); name the output *.xlsx.\n` });
    expect(await run('ics', WP2, '-o', join(folder, 'meetings.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('this command writes a calendar (.ics)') });
  });

  it('the input as the output: annex X -o X, also through a link', async () => {
    const folder = dir();
    const agenda = join(folder, 'agenda.docx');
    writeFileSync(agenda, bytesOf(TD514));
    symlinkSync(agenda, join(folder, 'same.docx'));
    for (const output of [agenda, join(folder, 'same.docx')]) {
      expect(await run('annex', agenda, '-o', output)).toMatchObject({ code: 2, err: `docket: ${output} is the input ${agenda}: Docket never writes over what it reads; choose another output file.\n` });
    }
    expect(readFileSync(agenda)).toEqual(Buffer.from(bytesOf(TD514)));
  });

});

describe('docket ics', () => {
  it('writes the RG-IEM e-meetings and deadlines, saying each event; the same again writes nothing', async () => {
    const output = join(dir(), 'meetings.ics');
    expect(await run('ics', WP2, '-o', output)).toMatchObject({
      code: 0,
      out: [
        `Wrote 4 events to ${output}:`,
        '  2025-02-11 13:00-15:00 Europe/Zurich: RG-IEM e-meeting',
        '  2025-02-03 (all day): Contribution deadline: RG-IEM e-meeting of 11 February 2025',
        '  2025-04-14 13:00-15:00 Europe/Zurich: RG-IEM e-meeting',
        '  2025-04-06 (all day): Contribution deadline: RG-IEM e-meeting of 14 April 2025',
        '',
      ].join('\n'),
    });
    expect(readFileSync(output, 'utf8')).toContain('DTSTART;TZID=Europe/Zurich:20250211T130000');
    // The calendar the task pane downloads for the same agenda.
    expect(withoutStamps(readFileSync(output, 'utf8'))).toBe(withoutStamps(meetingCalendar(analyseFile(WP2).meeting)));
    const written = statSync(output).mtimeMs;
    expect(await run('ics', WP2, '-o', output)).toMatchObject({ code: 0, out: `${output} is up to date: the same 4 events; the file was not written.\n` });
    expect(statSync(output).mtimeMs).toBe(written);
  });

  it('writes the SA2 #136 grid one event per slot and room, as ical.js reads it back', async () => {
    const output = join(dir(), 'sa2.ics');
    const result = await run('ics', SA2_136, '-o', output);
    expect(result.out).toContain(`Wrote 68 events to ${output}:\n  2019-11-18 09:00-10:30 America/Los_Angeles, Naples 6/7 (Main meeting room): SA WG2: Opening (1), Agenda (2)`);
    const events = readCalendar(readFileSync(output, 'utf8'));
    expect(events).toHaveLength(68);
    expect(new Set(events.map((e) => e.uid)).size).toBe(68);
  });

  it('needs somewhere to write', async () => {
    expect(await run('ics', WP2)).toMatchObject({ code: 2, err: 'docket: ics needs -o <file> to write to.\n' });
  });
});
