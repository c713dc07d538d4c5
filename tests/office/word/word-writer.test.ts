// Writing a generator's plan into Word as the user would by hand: text replaced inside its paragraph, rows inserted
// after the row they follow or deleted, a new table after the cursor's paragraph (or its table) — read in one sync,
// written in one more; nothing written when the document no longer says what the plan was made from, or when Word
// rejects the write.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, agendaPlan, analyse, annexPlan, applyPlan, interimPlan, paragraphsOf, sessionPlans, type Meeting, type Snapshot } from '../../../src/core';
import { readFlatOpc } from '../../../src/io/docx/read';
import { blockXml, flatOpcOf } from '../../../src/io/docx/write';
import { snapshotTextOf } from '../../../src/office/word/text';
import { WordHost } from '../../../src/office/word/word-host';
import { docx, docxOfFlatOpc, p, stylesXml, table } from '../../helpers/docx';
import { TD514, WP2, bytesOf } from '../../helpers/shared';
import { FakeDocument, fakeWord, type FakeParagraph, type FakeTable } from './fake-word';

const SAMPLE = new URL('../../../samples/rg-wm-draft-agenda.docx', import.meta.url).pathname;

async function open(path: string, failAtSync?: number) {
  const doc = FakeDocument.fromDocx(bytesOf(path));
  const host = new WordHost(fakeWord(doc, { WordApi: 1.4 }, failAtSync === undefined ? {} : { failAtSync }));
  const source = await host.source();
  if (source.kind !== 'ooxml') throw new Error('Word gives OOXML');
  const snapshot = readFlatOpc(source.xml);
  return { doc, host, snapshot, meeting: analyse(snapshot).meeting };
}

const texts = (doc: FakeDocument) => doc.paragraphs().map((p) => snapshotTextOf(p.text));
const cells = (table: FakeTable) => table.rows.map((row) => row.map((cell) => cell.content.map((p) => (p as FakeParagraph).text).join('\n')));
/** The document's paragraphs as the plan, written into the Snapshot, says they must be (these have no nested tables). */
const expectedTexts = (snapshot: Snapshot, plan: Parameters<typeof applyPlan>[1]) => [...paragraphsOf(applyPlan(snapshot, plan))].map((p) => p.paragraph.text.trimEnd());
const annexOf = (snapshot: Snapshot, meeting: Meeting, dropUncited = false) => annexPlan(meeting, snapshot, { categories: DEFAULT_CATEGORIES, dropUncited });

describe('writing a plan in Word', () => {
  it('updates the sample’s cited revision in its cell, in two syncs, and nothing else', async () => {
    const { doc, host, snapshot, meeting } = await open(SAMPLE);
    const plan = annexOf(snapshot, meeting);
    doc.syncs = 0;
    await expect(host.writer!.write(plan, snapshot)).resolves.toEqual({ status: 'written' });
    expect(doc.syncs).toBe(2);
    expect(texts(doc)).toEqual(expectedTexts(snapshot, plan));
    expect(cells(doc.tables()[2]!)[4]![2]).toBe('TD820-R1');
  });

  it('drops a row and adds rows after the row they follow', async () => {
    const { doc, host, snapshot, meeting } = await open(SAMPLE);
    const cited = { ...meeting, citations: [...meeting.citations, { ...meeting.citations[0]!, id: 'TD900', raw: 'TD900' }, { ...meeting.citations[0]!, id: 'C60', raw: 'C60' }] };
    const plan = annexOf(snapshot, cited, true);
    expect(plan.dropped).toHaveLength(1);
    expect(plan.added).toHaveLength(2);
    await expect(host.writer!.write(plan, snapshot)).resolves.toEqual({ status: 'written' });
    const ids = cells(doc.tables()[2]!).map((row) => row[2]);
    expect(ids.slice(-3)).toEqual(['TD835', 'TD900', 'C60']);
    expect(texts(doc)).toEqual(expectedTexts(snapshot, plan));
    expect(ids).not.toContain('TD838');
  });

  it('retimes by rewriting only the times that move, where they are written', async () => {
    const { doc, host, snapshot, meeting } = await open(TD514);
    const plans = sessionPlans(meeting, meeting.sessions[0]!.location.block).map((p) => ({ ...p, timed: p.timed.map((t) => (t.item.number === '2' ? { ...t, minutes: 35 } : t)) }));
    const plan = agendaPlan(meeting, snapshot, plans);
    await expect(host.writer!.write(plan, snapshot)).resolves.toEqual({ status: 'written' });
    expect(texts(doc)).toEqual(expectedTexts(snapshot, plan));
    expect(cells(doc.tables()[1]!).map((row) => row[0] ?? '').filter((t) => t.endsWith('hours'))).toEqual(['14:30 hours', '14:35 hours', '15:10 hours', '15:40 hours', '15:50 hours', '15:55 hours']);
  });

  it('moves an e-meeting deadline in its cell', async () => {
    const { doc, host, snapshot, meeting } = await open(WP2);
    const plan = interimPlan(meeting, snapshot, { daysBefore: 8, offWeekends: true });
    await expect(host.writer!.write(plan, snapshot)).resolves.toEqual({ status: 'written' });
    expect(cells(doc.tables()[1]!).map((row) => row[2])).toEqual(['Contribution Deadline', '3 February 2025', '4 April 2025']);
  });

  it('adds a new Annex A after the paragraph holding the cursor, or after the table it is in', async () => {
    const { doc, host, snapshot, meeting } = await open(WP2);
    doc.selection = { paragraph: doc.paragraphs().find((p) => p.text === '7 Closure')!, start: 0, end: 0 };
    await expect(host.writer!.write(annexOf(snapshot, meeting), snapshot)).resolves.toEqual({ status: 'written' });
    const paragraphs = texts(doc);
    expect(paragraphs.slice(paragraphs.indexOf('7 Closure') + 1, paragraphs.indexOf('7 Closure') + 4)).toEqual(['Annex A:', 'Documentation', '#']);
    expect(cells(doc.controls('docket:annex')[0]!.items[0] as FakeTable)).toHaveLength(13);

    const again = await open(WP2);
    const table = again.doc.tables()[1]!;
    again.doc.selection = { paragraph: table.rows[1]![1]!.content[0] as FakeParagraph, start: 0, end: 0 };
    await again.host.writer!.write(annexOf(again.snapshot, again.meeting), again.snapshot);
    const after = again.doc.items.indexOf(table);
    expect(again.doc.items.slice(after + 1, after + 4)).toEqual([{ text: 'Annex A:', comments: [] }, { text: 'Documentation', comments: [] }, again.doc.controls('docket:annex')[0]]);
  });

  it('writes nothing when the document changed since the check', async () => {
    const { doc, host, snapshot, meeting } = await open(SAMPLE);
    const plan = annexOf(snapshot, meeting, true);
    ((doc.tables()[2] as FakeTable).rows[4]![2]!.content[0] as FakeParagraph).text = 'TD820-R2';
    const before = texts(doc);
    await expect(host.writer!.write(plan, snapshot)).resolves.toEqual({ status: 'stale' });
    expect(texts(doc)).toEqual(before);
    ((doc.tables()[2] as FakeTable).rows[4]![2]!.content[0] as FakeParagraph).text = 'TD820';
    (doc.tables()[2] as FakeTable).rows.splice(1, 1);
    await expect(host.writer!.write(plan, snapshot)).resolves.toEqual({ status: 'stale' });
  });

  it.each([1, 2])('leaves the user’s text intact when Word rejects the write at its sync %i', async (n) => {
    // open() reads the document in one sync; the write's syncs come after it.
    const { doc, host, snapshot, meeting } = await open(SAMPLE, 1 + n);
    const before = texts(doc);
    await expect(host.writer!.write(annexOf(snapshot, meeting, true), snapshot)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(texts(doc)).toEqual(before);
  });
});

describe('a new table inserted in Word', () => {
  const STYLES =
    '<w:style w:type="table" w:styleId="TDTable"><w:name w:val="TD Table"/><w:tblPr><w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="8" w:space="0" w:color="000000"/>`).join('') +
    '</w:tblBorders></w:tblPr></w:style>';
  const styled = (rows: string[][]) => table(rows).replace('<w:tbl>', '<w:tbl><w:tblPr><w:tblStyle w:val="TDTable"/></w:tblPr>');

  it('carries the styles part, so the document’s table style keeps its borders; LibreOffice draws them', () => {
    const agenda = docx(p('Agenda') + styled([['Timing', '#', 'Agenda Item', 'Docs'], ['14:30 hours', '1', 'Opening', 'TD10, TD11']]), { styles: stylesXml(STYLES) });
    const doc = FakeDocument.fromDocx(agenda);
    const host = new WordHost(fakeWord(doc));
    return host.source().then(async (source) => {
      const snapshot = readFlatOpc((source as { xml: string }).xml);
      const meeting = analyse(snapshot).meeting;
      await expect(host.writer!.write(annexOf(snapshot, meeting), snapshot)).resolves.toEqual({ status: 'written' });
      const annex = doc.controls('docket:annex')[0]!.items[0] as FakeTable;
      expect(annex.borders).toBe(true);
      const inserted = doc.inserted.at(-1)!;
      expect(inserted).toContain('pkg:name="/word/styles.xml"');
      expect(inserted).toContain('<w:tblStyle w:val="TDTable"/>');

      const folder = mkdtempSync(join(tmpdir(), 'docket-inserted-'));
      writeFileSync(join(folder, 'inserted.docx'), docxOfFlatOpc(inserted));
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(folder, 'profile')}`, '--convert-to', 'html', '--outdir', folder, join(folder, 'inserted.docx')], { stdio: 'pipe', timeout: 120_000 });
      const html = readFileSync(join(folder, 'inserted.html'), 'utf8');
      expect(html).toMatch(/<td[^>]*style="[^"]*border[^"]*(?:solid|1px)/);
      expect(html).toContain('TD10');
    });
  }, 180_000);

  it('would lose them without it, as Word ignores styles a package does not carry', () => {
    const doc = FakeDocument.fromDocx(docx(p('Agenda')));
    const spec = { kind: 'annex' as const, header: ['#'], rows: [{ cells: [{ text: '1' }] }], widths: [1], notes: [] };
    doc.insertAfter(flatOpcOf(blockXml({ spec }, '<w:tblStyle w:val="TDTable"/>')), doc.items[0]!);
    expect((doc.controls('docket:annex')[0]!.items[0] as FakeTable).borders).toBe(false);
    expect(doc.items.at(-1)).toEqual({ text: '', comments: [] });
  });
});
