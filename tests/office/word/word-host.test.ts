// The Word host against a fake that behaves as Microsoft documents Word: reading (and the file when getOoxml fails),
// going to a finding and fixing it for a bounded number of calls wherever it is, in Word's own characters, on hosts
// from WordApi 1.1 to 1.4; comments owned by their ids.
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsOf, type Finding, type Snapshot } from '../../../src/core';
import { readDocx, readFlatOpc } from '../../../src/io/docx/read';
import { WordHost } from '../../../src/office/word/word-host';
import { docx, p, table } from '../../helpers/docx';
import { SA2_164_LIST, TD514, WP2, bytesOf } from '../../helpers/shared';
import { FakeDocument, fakeWord, type FakeTable } from './fake-word';

function open(bytes: Uint8Array, sets?: { WordApi: number }) {
  const doc = FakeDocument.fromDocx(bytes);
  return { doc, host: new WordHost(fakeWord(doc, sets)) };
}

async function check(host: WordHost) {
  const source = await host.source();
  const snapshot = source.kind === 'ooxml' ? readFlatOpc(source.xml) : source.kind === 'file' ? readDocx(source.bytes) : source.snapshot;
  return { snapshot, ...analyse(snapshot) };
}

const cell = (doc: FakeDocument, table: number, row: number, col: number) => (doc.tables()[table] as FakeTable).rows[row]![col]!.content[0] as { text: string };

describe('reading in Word', () => {
  it('reads a 1,700-row document in one sync, as flat OPC the shared reader understands', async () => {
    const { doc, host } = open(bytesOf(SA2_164_LIST));
    const { meeting } = await check(host);
    expect(doc.syncs).toBe(1);
    expect(meeting.documents.length).toBeGreaterThan(1300);
  });

  it('reads the document file when Word cannot give its OOXML', async () => {
    const { doc, host } = open(bytesOf(TD514));
    doc.ooxmlFails = true;
    const source = await host.source();
    expect(source).toMatchObject({ kind: 'file', name: 'document.docx' });
    expect(analyse(readDocx((source as { bytes: Uint8Array }).bytes)).findings).toHaveLength(1);
  });
});

describe('going to a finding', () => {
  it('selects its text in at most two syncs', async () => {
    const { doc, host } = open(bytesOf(TD514));
    const { snapshot, findings } = await check(host);
    doc.syncs = 0;
    await expect(host.goTo(findings[0]!.location, snapshot)).resolves.toBe('exact');
    expect(doc.syncs).toBeLessThanOrEqual(2);
    expect(doc.selection).toMatchObject({ paragraph: { text: 'infomration' }, start: 0, end: 11 });
  });

  it('costs a few calls wherever the spot is: the last row of a 1,700-row list', async () => {
    const { doc, host } = open(bytesOf(SA2_164_LIST));
    const { snapshot, meeting } = await check(host);
    const last = meeting.documents.at(-1)!;
    doc.proxies = 0;
    doc.syncs = 0;
    await expect(host.goTo(last.location, snapshot)).resolves.toBe('exact');
    expect(doc.proxies).toBeLessThanOrEqual(10);
    expect(doc.syncs).toBe(2);
    expect(doc.selection?.paragraph.text).toContain(last.raw);
  });

  it('counts the paragraphs inside tables as Word does, to reach a paragraph after them', async () => {
    const { doc, host } = open(bytesOf(WP2));
    const { snapshot, findings } = await check(host);
    const tbd = findings.find((f) => f.location.text === '<TBD>')!;
    await expect(host.goTo(tbd.location, snapshot)).resolves.toBe('exact');
    expect(doc.selection?.paragraph.text).toBe('<TBD>');
  });

  it('finds text Word writes with its own characters: a non-breaking space, a manual line break, a non-breaking hyphen', async () => {
    const bytes = docx(p('Agenda') + '<w:p><w:r><w:t xml:space="preserve">See TD\u00a0820 and the</w:t><w:br/><w:t>report TD</w:t><w:noBreakHyphen/><w:t>515</w:t></w:r></w:p>');
    const { doc, host } = open(bytes);
    const { snapshot } = await check(host);
    expect(doc.paragraphs()[1]!.text).toBe('See TD\u00a0820 and the\u000breport TD\u001e515');
    await expect(host.goTo({ block: 1, text: 'TD 820 and the\nreport TD-515' }, snapshot)).resolves.toBe('exact');
    expect(doc.selection).toMatchObject({ start: 4, end: 32 });
    await expect(host.applyFix({ title: 'x', edits: [{ location: { block: 1, text: 'TD 820' }, find: 'TD 820', replace: 'TD820-R1' }] }, snapshot)).resolves.toEqual({ applied: 1, missing: 0 });
    expect(doc.paragraphs()[1]!.text).toBe('See TD820-R1 and the\u000breport TD\u001e515');
  });

  it('finds a text longer than Word’s 255-character search by its start and end', async () => {
    const long = `${'Proposed revision of Recommendation ITU-T A.1 '.repeat(8)}end.`;
    const { doc, host } = open(docx(p('Agenda') + p(`Before: ${long} After.`)));
    const { snapshot } = await check(host);
    await expect(host.goTo({ block: 1, text: long }, snapshot)).resolves.toBe('exact');
    expect(doc.selection).toMatchObject({ start: 8, end: 8 + long.length });
  });

  it('says when the text is gone, and selects nothing; finds it elsewhere when the document changed', async () => {
    const { doc, host } = open(bytesOf(TD514));
    const { snapshot, findings } = await check(host);
    cell(doc, 2, 10, 1).text = 'Information';
    await expect(host.goTo(findings[0]!.location, snapshot)).resolves.toBe('gone');
    expect(doc.selection).toBeUndefined();
    doc.items.push({ text: 'Category moved here: infomration', comments: [] });
    await expect(host.goTo(findings[0]!.location, snapshot)).resolves.toBe('moved');
    expect(doc.selection).toMatchObject({ paragraph: { text: 'Category moved here: infomration' }, start: 21 });
  });

  it('goes to findings on a Word 2016 host (WordApi 1.1) with no newer call', async () => {
    const { doc, host } = open(bytesOf(TD514), { WordApi: 1.1 });
    const { snapshot, findings } = await check(host);
    expect(host.writer).toBeUndefined();
    expect(host.comments).toBeUndefined();
    await expect(host.goTo(findings[0]!.location, snapshot)).resolves.toBe('exact');
    expect(doc.selection?.paragraph.text).toBe('infomration');
    await expect(host.applyFix(findings[0]!.fix!, snapshot)).resolves.toEqual({ applied: 1, missing: 0 });
    expect(cell(doc, 2, 10, 1).text).toBe('Information');
  });
});

describe('fixing', () => {
  it('applies a fix in one batch of writes after one of reads, changing that text only', async () => {
    const { doc, host } = open(bytesOf(TD514));
    const { snapshot, findings } = await check(host);
    const before = doc.paragraphs().map((para) => para.text);
    doc.syncs = 0;
    await expect(host.applyFix(findings[0]!.fix!, snapshot)).resolves.toEqual({ applied: 1, missing: 0 });
    expect(doc.syncs).toBe(2);
    const after = doc.paragraphs().map((para) => para.text);
    expect(after.filter((text, i) => text !== before[i])).toEqual(['Information']);
    doc.syncs = 0;
    await expect(host.applyFix(findings[0]!.fix!, snapshot)).resolves.toEqual({ applied: 0, missing: 1 });
    expect(doc.syncs).toBe(1);
  });

  it('never replaces a whole paragraph or cell for a blank text', async () => {
    const { doc, host } = open(bytesOf(TD514));
    const { snapshot, findings } = await check(host);
    const before = doc.paragraphs().map((para) => para.text);
    await expect(host.applyFix({ title: 'x', edits: [{ location: findings[0]!.location, find: '', replace: 'X' }] }, snapshot)).resolves.toEqual({ applied: 0, missing: 1 });
    expect(doc.paragraphs().map((para) => para.text)).toEqual(before);
  });
});

describe('comments', () => {
  const comments = (doc: FakeDocument) => doc.paragraphs().flatMap((para) => para.comments.map((c) => c.content));

  it('adds one per finding, never twice, and removes only its own, known by id', async () => {
    const { doc, host } = open(bytesOf(WP2));
    const { snapshot, findings } = await check(host);
    doc.paragraphs()[0]!.comments.push({ id: 'user-1', content: 'Docket: a colleague’s note that starts like ours' });
    await expect(host.comments!.add(findings, snapshot)).resolves.toBe(findings.length);
    const tbd = doc.paragraphs().find((para) => para.text === '<TBD>')!;
    expect(tbd.comments.map((c) => c.content)).toEqual(['Docket: "<TBD>" is a placeholder; replace it with the real text before the agenda goes out. (text/placeholder)']);
    await expect(host.comments!.add(findings, snapshot)).resolves.toBe(0);
    expect(comments(doc)).toHaveLength(findings.length + 1);

    await expect(host.comments!.remove()).resolves.toBe(findings.length);
    expect(comments(doc)).toEqual(['Docket: a colleague’s note that starts like ours']);
  });

  it('adds them again once the user deleted them', async () => {
    const { doc, host } = open(bytesOf(WP2));
    const { snapshot, findings } = await check(host);
    await host.comments!.add(findings, snapshot);
    for (const para of doc.paragraphs()) para.comments = [];
    await expect(host.comments!.add(findings, snapshot)).resolves.toBe(findings.length);
  });

  it('keeps the others when Word refuses one comment', async () => {
    const { doc, host } = open(bytesOf(WP2));
    const { snapshot, findings } = await check(host);
    const refusing = doc.paragraphs().find((para) => para.text === '<TBD>')!;
    doc.refuseComments.add(refusing);
    const added = await host.comments!.add(findings, snapshot);
    expect(added).toBe(findings.length - 1);
    expect(refusing.comments).toEqual([]);
    expect(new Set(comments(doc)).size).toBe(findings.length - 1);
    expect(comments(doc)).toHaveLength(findings.length - 1);
  });

  it('costs a bounded number of calls per finding wherever it is (100 findings on the 1,700-row list)', async () => {
    const { doc, host } = open(bytesOf(SA2_164_LIST));
    const { snapshot, meeting } = await check(host);
    const findings: Finding[] = meeting.documents.slice(-100).map((d) => ({ ruleId: 'ref/never-cited', messageId: 'neverCited', severity: 'warning', message: `${d.raw} is cited nowhere.`, location: d.location }));
    doc.proxies = 0;
    await expect(host.comments!.add(findings, snapshot)).resolves.toBe(100);
    expect(doc.proxies / 100).toBeLessThanOrEqual(6);
  });
});

it('never reads a value before syncing (the fake refuses, as Word does)', async () => {
  const { doc } = open(bytesOf(TD514));
  const api = fakeWord(doc);
  await expect(api.run((context) => Promise.resolve(context.document.body.getOoxml().value))).rejects.toThrow(/PropertyNotLoaded/);
});

it('numbers paragraphs as Word does, a nested table’s inside its cell', () => {
  const nested = `<w:tc>${p('outer first')}${table([['inner']])}${p('outer last')}</w:tc>`;
  const bytes = docx(table([[nested, 'next']]) + p('after'));
  const doc = FakeDocument.fromDocx(bytes);
  const snapshot: Snapshot = readDocx(bytes);
  expect(doc.paragraphs().map((para) => para.text)).toEqual(['outer first', 'inner', 'outer last', 'next', 'after']);
  expect([...paragraphsOf(snapshot)].map((x) => x.paragraph.text)).toEqual(['outer first', 'outer last', 'next', 'inner', 'after']);
});
