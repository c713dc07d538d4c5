// The preview's host without a browser (the pipeline worker's writing run in process): a plan or a fix is written into
// the .docx itself by the command line's writer (so the document can be downloaded with it, and it reads back as
// written); a text agenda is edited where it is shown; a spreadsheet keeps its register like Excel, and a workbook that
// cannot take it is refused with what to do.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, analyse, annexPlan, readDocumentRegister, registerRows, snapshotOfSheets, type Snapshot } from '../../src/core';
import { HostError } from '../../src/office/host';
import { readDocx } from '../../src/io/docx/read';
import { browserSettings } from '../../src/preview/browser-settings';
import { PreviewHost, type WriteIn, type WriteRegisterIn } from '../../src/preview/preview-host';
import { attempt } from '../../src/io/read-error';
import { mergeRegisterInto } from '../../src/io/xlsx/register-merge';
import { writeInto } from '../../src/taskpane/pipeline/write';
import { readSpreadsheet } from '../../src/io/xlsx/read';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/universal';
import { secretarysWorkbook } from '../helpers/workbooks';
import { analyseFile } from '../helpers/analyse';
import { TD514, WP2, bytesOf } from '../helpers/shared';

const SAMPLE = new URL('../../samples/rg-wm-draft-agenda.docx', import.meta.url).pathname;

/** The worker's writing, in process: the .docx read as the worker reads it, then written into. */
const writeIn: WriteIn = (source, plan, fix) => {
  if (source.kind !== 'file') throw new Error(`these tests write into .docx files, not a ${source.kind}`);
  return Promise.resolve(writeInto(source, readDocx(source.bytes), plan, fix));
};

/** What the preview's worker reads: the workbook's sheets, or the agenda. */
async function read(file: { name: string; bytes: Uint8Array }): Promise<Snapshot> {
  if (!/\.xlsx$/i.test(file.name)) return readDocx(file.bytes);
  const result = await readSpreadsheet(file.name, file.bytes);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** The worker's merging, in process: the actions merged into the workbook's register, the workbook read as written. */
const writeRegisterIn: WriteRegisterIn = async (workbook, rows) => {
  const merged = attempt(() => mergeRegisterInto(workbook.bytes, rows));
  if (!merged.ok) return { status: 'refused', message: merged.message };
  const { bytes, added, updated, total } = merged.value;
  return { status: 'written', added, updated, total, ...(bytes ? { workbook: { bytes, snapshot: await read({ name: workbook.name, bytes }) } } : {}) };
};

async function preview(name: string, bytes: Uint8Array, snapshot?: Snapshot) {
  const shown: Snapshot[] = [];
  const storage = new Map<string, string>();
  const stores = browserSettings({ getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) }, `docket:${name}`);
  const host = new PreviewHost({ name, bytes }, snapshot ?? (await read({ name, bytes })), { render: (s) => shown.push(s), highlight: () => undefined }, stores, writeIn, writeRegisterIn);
  return { host, shown };
}

/** A document list as Excel would save it, with a second sheet of the user's. */
async function tdList(): Promise<Uint8Array> {
  const blob = await writeXlsxFile([
    { sheet: 'TD list', data: [['TD/C #', 'Title'], ['TD514', 'Agenda']].map((row) => row.map((value) => ({ value }))) },
    { sheet: 'Notes', data: [[{ value: 'Kept notes' }]] },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

describe('the preview as Word', () => {
  it('writes a plan into the .docx it downloads, and shows the document as written', async () => {
    const { host, shown } = await preview('sample.docx', bytesOf(SAMPLE));
    const { snapshot, meeting } = analyseFile(SAMPLE);
    expect(host.registerSheet).toBeUndefined();
    await expect(host.writer!.write(annexPlan(meeting, snapshot, { categories: DEFAULT_CATEGORIES }), snapshot)).resolves.toEqual({ status: 'written' });
    const download = host.download()!;
    expect(download).toMatchObject({ name: 'sample.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const written = analyse(readDocx(download.bytes));
    expect(written.meeting.documents.map((d) => d.raw)).toContain('TD820-R1');
    expect(analyse(shown.at(-1)!).meeting.documents).toEqual(written.meeting.documents);
    const source = await host.source();
    expect(source).toMatchObject({ kind: 'file', name: 'sample.docx', bytes: download.bytes });
  });

  it('applies a fix in the .docx too', async () => {
    const { host } = await preview('TD514.docx', bytesOf(TD514));
    const { findings } = analyseFile(TD514);
    const fix = findings.find((f) => f.fix)!.fix!;
    await expect(host.applyFix(fix)).resolves.toEqual({ applied: 1, missing: 0 });
    expect(analyse(readDocx(host.download()!.bytes)).findings).toEqual([]);
  });
});

describe('the preview as Excel', () => {
  it('writes the action register into the workbook as a sheet of its own, merged by action id, and downloads the workbook', async () => {
    const before = await tdList();
    const { host, shown } = await preview('list.xlsx', before);
    expect(host.writer).toBeUndefined();
    const rows = registerRows(analyseFile(WP2).meeting);
    await expect(host.registerSheet!.write(rows)).resolves.toEqual({ added: 13, updated: 0, total: 13 });
    await expect(host.registerSheet!.write([...rows, { ...rows[0]!, id: 'WP2-99' }])).resolves.toEqual({ added: 1, updated: 0, total: 14 });
    const registers = shown.at(-1)!.blocks.filter((b) => b.kind === 'table' && b.generated === 'docket:register');
    expect(registers).toHaveLength(1);
    expect(await host.sheets!.names()).toEqual(['TD list', 'Notes']);

    const download = host.download()!;
    expect(download).toMatchObject({ name: 'list.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const sheets = await readXlsxFile(Buffer.from(download.bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['TD list', 'Notes', 'Action register']);
    expect(sheets.slice(0, 2)).toEqual(await readXlsxFile(Buffer.from(before)));
    expect(sheets[2]!.data.slice(1).map((r) => r[0])).toEqual([...rows.map((r) => r.id), 'WP2-99']);
    // Checked again, the workbook is read as it is now, its register sheet skipped as Docket's own.
    expect(await host.source()).toMatchObject({ kind: 'file', bytes: download.bytes });
  });

  it('keeps the register of a CSV list beside it, with nothing to download', async () => {
    const { host, shown } = await preview('list.csv', new Uint8Array(), snapshotOfSheets([{ name: 'list.csv', rows: [['TD/C #', 'Title'], ['TD514', 'Agenda']] }]));
    expect(host.download()).toBeUndefined();
    await expect(host.registerSheet!.write(registerRows(analyseFile(WP2).meeting))).resolves.toEqual({ added: 13, updated: 0, total: 13 });
    expect(shown.at(-1)!.blocks.filter((b) => b.kind === 'table' && b.generated === 'docket:register')).toHaveLength(1);
  });

  it('says what stops the register from being written into the workbook', async () => {
    const { host } = await preview('list.xlsx', secretarysWorkbook(registerRows(analyseFile(WP2).meeting)).slice(0, 200), snapshotOfSheets([]));
    const refused = host.registerSheet!.write(registerRows(analyseFile(WP2).meeting));
    await expect(refused).rejects.toBeInstanceOf(HostError);
    await expect(refused).rejects.toMatchObject({
      message: expect.stringMatching(/^list\.xlsx: The zip package is damaged and cannot be opened \(.+\)\.$/),
      action: 'Change the workbook as this says, open it again, and import the actions again.',
    });
  });

  it('offers each sheet of the workbook as the document register, and none of Docket’s own', async () => {
    const workbook = snapshotOfSheets([
      { name: 'TD list', rows: [['TD/C #', 'Title'], ['TD514', 'Agenda']] },
      { name: 'Register', rows: [['TD #', 'Rev', 'Title', 'Status'], ['TD514', '1', 'Agenda, RG-SOP', '']] },
    ]);
    const { host } = await preview('list.csv', new Uint8Array(), workbook);
    await host.registerSheet!.write(registerRows(analyseFile(WP2).meeting));
    expect(await host.sheets!.names()).toEqual(['TD list', 'Register']);
    expect(readDocumentRegister(await host.sheets!.read('Register'), 'Register').documents).toEqual([{ id: 'TD514R1', title: 'Agenda, RG-SOP' }]);
    await expect(host.sheets!.read('Elsewhere')).rejects.toBeInstanceOf(HostError);
  });
});
