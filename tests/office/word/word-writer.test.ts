// Writing generated tables into Word: in a docket:<kind> content control, as one batch, never over the user's edits
// without asking, and nothing changed when Word rejects the write.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, analyse, annexBlock, interimBlocks, registerRows, registerTable, type Meeting } from '../../../src/core';
import { readDocx, readFlatOpc } from '../../../src/io/docx/read';
import { replaceTable } from '../../../src/io/docx/rewrite';
import { WordHost } from '../../../src/office/word/word-host';
import { flatOpcOf } from '../../helpers/docx';
import { TD514, WP2, bytesOf } from '../../helpers/shared';
import { FakeDocument, fakeWord, type FakeTable } from './fake-word';

async function open(path: string, failAtSync?: number) {
  const bytes = bytesOf(path);
  const doc = new FakeDocument(readDocx(bytes), flatOpcOf(bytes));
  const host = new WordHost(fakeWord(doc, { WordApi: 1.4 }, failAtSync === undefined ? {} : { failAtSync }));
  const source = await host.source();
  if (source.kind !== 'ooxml') throw new Error('Word gives OOXML');
  const snapshot = readFlatOpc(source.xml);
  return { doc, host, snapshot, meeting: analyse(snapshot).meeting };
}

const annexOf = (meeting: Meeting) => annexBlock(meeting, { categories: DEFAULT_CATEGORIES });

const texts = (doc: FakeDocument) => doc.paragraphs().map((p) => p.text);
const cells = (table: FakeTable) => table.rows.map((row) => row.map((cell) => cell.paragraphs.map((p) => p.text).join('\n')));

describe('writing generated tables in Word', () => {
  it('replaces Annex A with its regenerated table, in a docket:annex control, in two syncs, nothing else changed', async () => {
    const { doc, host, snapshot, meeting } = await open(TD514);
    const before = texts(doc);
    const original = cells(doc.tables()[2]!);
    doc.syncs = 0;
    await expect(host.writer!.write(annexOf(meeting), snapshot, { overwriteEdits: false })).resolves.toEqual({ status: 'written', how: 'replaced' });
    expect(doc.syncs).toBe(2);
    const [control] = doc.controls('docket:annex');
    expect(control).toBeDefined();
    // The same rows, the number now drawn by Word's list numbering, values without stray spaces.
    expect(cells(control!.items[0] as FakeTable)).toEqual(original.map((row, r) => (r === 0 ? row : ['', ...row.slice(1).map((t) => t.trim())])));
    const outside = (list: string[]) => [...list.slice(0, list.indexOf('#')), ...list.slice(list.indexOf('Annex B:'))];
    expect(outside(texts(doc))).toEqual(outside(before));
  });

  it('regenerates in place the second time, leaving the document as it was', async () => {
    const { doc, host, snapshot, meeting } = await open(TD514);
    await host.writer!.write(annexOf(meeting), snapshot, { overwriteEdits: false });
    const once = texts(doc);
    doc.syncs = 0;
    await expect(host.writer!.write(annexOf(meeting), snapshot, { overwriteEdits: false })).resolves.toEqual({ status: 'written', how: 'regenerated' });
    expect(doc.syncs).toBe(2);
    expect(texts(doc)).toEqual(once);
    expect(doc.controls('docket:annex')).toHaveLength(1);
  });

  it('shows what the user changed inside the block and writes over it only when told to', async () => {
    const { doc, host, snapshot, meeting } = await open(TD514);
    await host.writer!.write(annexOf(meeting), snapshot, { overwriteEdits: false });
    const table = doc.controls('docket:annex')[0]!.items[0] as FakeTable;
    table.rows[3]![4]!.paragraphs[0]!.text = 'Report, RG-SOP (edited by hand)';
    const edited = texts(doc);
    const outcome = await host.writer!.write(annexOf(meeting), snapshot, { overwriteEdits: false });
    expect(outcome).toMatchObject({ status: 'edited' });
    if (outcome.status !== 'edited') return;
    expect(outcome.now).toContain('Report, RG-SOP (edited by hand)');
    expect(outcome.written).toContain('Reserved for: Report, RG-SOP');
    expect(texts(doc)).toEqual(edited);
    await expect(host.writer!.write(annexOf(meeting), snapshot, { overwriteEdits: true })).resolves.toMatchObject({ status: 'written' });
    expect(texts(doc)).not.toContain('Report, RG-SOP (edited by hand)');
  });

  it('asks before writing over a block it has no record of writing (one the command line wrote)', async () => {
    const written = readDocx(bytesOf(TD514));
    const cli = replaceTable(bytesOf(TD514), annexBlock(analyse(written).meeting, { categories: DEFAULT_CATEGORIES }), written);
    const doc = new FakeDocument(readDocx(cli), flatOpcOf(cli));
    const host = new WordHost(fakeWord(doc));
    const source = await host.source();
    const snapshot = readFlatOpc(source.kind === 'ooxml' ? source.xml : '');
    const block = annexOf(analyse(snapshot).meeting);
    const outcome = await host.writer!.write(block, snapshot, { overwriteEdits: false });
    expect(outcome).toMatchObject({ status: 'edited', now: expect.stringContaining('TD667R1') });
    expect(outcome).not.toHaveProperty('written');
    await expect(host.writer!.write(block, snapshot, { overwriteEdits: true })).resolves.toEqual({ status: 'written', how: 'regenerated' });
    await expect(host.writer!.write(block, snapshot, { overwriteEdits: false })).resolves.toEqual({ status: 'written', how: 'regenerated' });
  });

  it('inserts a table where there was none, after the selection', async () => {
    const { doc, host, snapshot, meeting } = await open(WP2);
    doc.selection = { paragraph: doc.paragraphs().find((p) => p.text === '7 Closure')!, start: 0, end: 0 };
    const spec = registerTable(registerRows(meeting));
    await expect(host.writer!.write({ spec, headings: ['Action register'] }, snapshot, { overwriteEdits: false })).resolves.toEqual({ status: 'written', how: 'inserted' });
    const paragraphs = texts(doc);
    expect(paragraphs.slice(paragraphs.indexOf('7 Closure') + 1, paragraphs.indexOf('7 Closure') + 3)).toEqual(['Action register', 'Action']);
    expect(cells(doc.controls('docket:register')[0]!.items[0] as FakeTable)).toHaveLength(14);
  });

  it('writes each group’s e-meeting plan in its own block, tagged with the group, deadlines from the rule', async () => {
    const { doc, host, snapshot, meeting } = await open(WP2);
    const [plan] = interimBlocks(meeting, { daysBefore: 12, offWeekends: true });
    await expect(host.writer!.write(plan!, snapshot, { overwriteEdits: false })).resolves.toEqual({ status: 'written', how: 'replaced' });
    const [control] = doc.controls('docket:interim:RG-IEM');
    expect(cells(control!.items[0] as FakeTable).map((row) => row[2])).toEqual(['Contribution Deadline', '30 January 2025', '2 April 2025']);
    expect(doc.controls('docket:interim')).toHaveLength(0);
  });

  it.each([1, 2])('leaves the user’s text intact when Word rejects the write at its sync %i', async (n) => {
    // open() reads the document in one sync; the write's syncs come after it.
    const { doc, host, snapshot, meeting } = await open(TD514, 1 + n);
    const before = texts(doc);
    await expect(host.writer!.write(annexOf(meeting), snapshot, { overwriteEdits: false })).rejects.toMatchObject({ code: 'GeneralException' });
    expect(texts(doc)).toEqual(before);
    expect(doc.controls('docket:annex')).toHaveLength(0);
  });
});
