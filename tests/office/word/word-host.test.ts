import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core';
import { readDocx, readFlatOpc } from '../../../src/io/docx/read';
import { COMMENT_PREFIX, WordHost } from '../../../src/office/word/word-host';
import { flatOpcOf } from '../../helpers/docx';
import { SA2_164_LIST, TD514, WP2, bytesOf } from '../../helpers/shared';
import { FakeDocument, fakeWord, type FakeTable } from './fake-word';

function open(path: string, sets?: { WordApi: number }) {
  const bytes = bytesOf(path);
  const snapshot = readDocx(bytes);
  const doc = new FakeDocument(snapshot, flatOpcOf(bytes));
  return { doc, snapshot, host: new WordHost(fakeWord(doc, sets)) };
}

async function check(host: WordHost) {
  const source = await host.source();
  if (source.kind !== 'ooxml') throw new Error('Word gives OOXML');
  const snapshot = readFlatOpc(source.xml);
  return { snapshot, ...analyse(snapshot) };
}

function annexCategory(doc: FakeDocument, row: number): string {
  return (doc.tables()[2] as FakeTable).rows[row]![1]!.paragraphs[0]!.text;
}

describe('the Word host', () => {
  it('reads a 1,700-row document in one sync, as flat OPC the shared reader understands', async () => {
    const { doc, host } = open(SA2_164_LIST);
    const { meeting } = await check(host);
    expect(doc.syncs).toBeLessThanOrEqual(2);
    expect(doc.syncs).toBe(1);
    expect(meeting.documents.length).toBeGreaterThan(1300);
  });

  it('goes to a finding in at most two syncs and selects its text', async () => {
    const { doc, host } = open(TD514);
    const { snapshot, findings } = await check(host);
    doc.syncs = 0;
    await expect(host.goTo(findings[0]!.location, snapshot)).resolves.toBe('exact');
    expect(doc.syncs).toBeLessThanOrEqual(2);
    expect(doc.selection).toMatchObject({ paragraph: { text: 'infomration' }, start: 0, end: 11 });
  });

  it('goes to paragraphs outside tables, counting the paragraphs inside tables as Word does', async () => {
    const { doc, host } = open(WP2);
    const { snapshot, findings } = await check(host);
    const tbd = findings.find((f) => f.location.text === '<TBD>')!;
    await expect(host.goTo(tbd.location, snapshot)).resolves.toBe('exact');
    expect(doc.selection?.paragraph.text).toBe('<TBD>');
  });

  it('finds the text again when the document changed since the check, and says so', async () => {
    const { doc, host } = open(TD514);
    const { snapshot, findings } = await check(host);
    doc.items.unshift({ text: 'A new first paragraph', comments: [] });
    (doc.tables()[2] as FakeTable).rows.splice(1, 0, [{ paragraphs: [{ text: 'new row', comments: [] }], tables: [] }]);
    doc.syncs = 0;
    await expect(host.goTo(findings[0]!.location, snapshot)).resolves.toBe('moved');
    expect(doc.syncs).toBeLessThanOrEqual(2);
    expect(doc.selection?.paragraph.text).toBe('infomration');
  });

  it('says when the text is gone, and selects nothing', async () => {
    const { doc, host } = open(TD514);
    const { snapshot, findings } = await check(host);
    (doc.tables()[2] as FakeTable).rows[10]![1]!.paragraphs[0]!.text = 'Information';
    await expect(host.goTo(findings[0]!.location, snapshot)).resolves.toBe('gone');
    expect(doc.selection).toBeUndefined();
  });

  it('falls back to searching the body when the spot itself no longer exists', async () => {
    const { doc, host } = open(TD514);
    const { snapshot, findings } = await check(host);
    const annex = doc.tables()[2]!;
    doc.items = doc.items.filter((item) => item !== annex);
    doc.items.push({ text: 'Category moved here: infomration', comments: [] });
    await expect(host.goTo(findings[0]!.location, snapshot)).resolves.toBe('moved');
    expect(doc.selection).toMatchObject({ paragraph: { text: 'Category moved here: infomration' }, start: 21 });
  });

  it('applies a fix in one batch of writes after one of reads, changing that cell only', async () => {
    const { doc, host } = open(TD514);
    const { snapshot, findings } = await check(host);
    const before = doc.paragraphs().map((p) => p.text);
    doc.syncs = 0;
    await expect(host.applyFix(findings[0]!.fix!, snapshot)).resolves.toEqual({ applied: 1, missing: 0 });
    expect(doc.syncs).toBe(2);
    expect(annexCategory(doc, 10)).toBe('Information');
    const after = doc.paragraphs().map((p) => p.text);
    expect(after.filter((text, i) => text !== before[i])).toEqual(['Information']);

    doc.syncs = 0;
    await expect(host.applyFix(findings[0]!.fix!, snapshot)).resolves.toEqual({ applied: 0, missing: 1 });
    expect(doc.syncs).toBe(1);
  });

  it('adds the findings as comments in two syncs, and removes only its own comments', async () => {
    const { doc, host } = open(WP2);
    const { snapshot, findings } = await check(host);
    doc.foreignComments.push({ paragraph: doc.paragraphs()[0]!, content: 'A colleague’s comment' });
    doc.syncs = 0;
    await expect(host.comments!.add(findings, snapshot)).resolves.toBe(findings.length);
    expect(doc.syncs).toBe(2);
    const tbd = doc.paragraphs().find((p) => p.text === '<TBD>')!;
    expect(tbd.comments).toEqual([`${COMMENT_PREFIX}"<TBD>" is a placeholder; replace it with the real text before the agenda goes out. (text/placeholder)`]);

    await expect(host.comments!.remove()).resolves.toBe(findings.length);
    expect(doc.paragraphs().flatMap((p) => p.comments)).toEqual([]);
    expect(doc.foreignComments).toHaveLength(1);
  });

  it('offers comments only with WordApi 1.4, and goes to findings by search alone before WordApi 1.3', async () => {
    expect(open(TD514, { WordApi: 1.3 }).host.comments).toBeUndefined();
    const { doc, host } = open(TD514, { WordApi: 1.1 });
    const { snapshot, findings } = await check(host);
    await expect(host.goTo(findings[0]!.location, snapshot)).resolves.toBe('moved');
    expect(doc.calls.some((c) => c.startsWith('table'))).toBe(false);
    expect(doc.selection?.paragraph.text).toBe('infomration');
  });

  it('never reads a value before syncing (the fake refuses, as Word does)', async () => {
    const { doc } = open(TD514);
    const api = fakeWord(doc);
    await expect(api.run((context) => Promise.resolve(context.document.body.getOoxml().value))).rejects.toThrow(/PropertyNotLoaded/);
  });
});

