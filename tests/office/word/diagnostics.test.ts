// Diagnostics, the self-test a person runs in real Word: green on a fake of Word 1.4; on Word 2016 (WordApi 1.1) the
// steps it cannot do are named, not failed, and nothing crashes; every failure the fake injects is reported; the
// document and its settings are left as they were.
import { describe, expect, it } from 'vitest';
import { WordHost } from '../../../src/office/word/word-host';
import { bytesOf, TD514 } from '../../helpers/shared';
import { FakeDocument, fakeWord } from './fake-word';

function word(version: number) {
  const doc = FakeDocument.fromDocx(bytesOf(TD514));
  const api = fakeWord(doc, { WordApi: version });
  return { doc, api, host: new WordHost(api) };
}

const texts = (doc: FakeDocument) => doc.paragraphs().map((p) => p.text);

describe('Diagnostics in Word', () => {
  it('passes every step on Word with WordApi 1.4, and leaves the document and its settings as they were', async () => {
    const { doc, api, host } = word(1.4);
    await api.settings.save({ rules: { 'date/weekend': 'off' } });
    const before = texts(doc);
    const report = await host.diagnose();
    expect(report).toMatchObject({ host: 'Word', platform: 'Fake', version: 'WordApi 1.4', sets: { 'WordApi 1.1': true, 'WordApi 1.4': true, 'WordApi 1.5': false } });
    expect(report.steps.map((s) => [s.name, s.status])).toEqual([
      ['Add a scratch block at the end of the document', 'passed'],
      ['Read the document', 'passed'],
      ['Go to a paragraph', 'passed'],
      ['Go to a table cell', 'passed'],
      ['Apply a fix', 'passed'],
      ['Write a plan: a cell edited and a row added', 'passed'],
      ['Refuse a plan made from an older reading', 'passed'],
      ['Add and remove a comment', 'passed'],
      ['Keep a setting in the document', 'passed'],
      ['Remove the scratch block and restore the settings', 'passed'],
    ]);
    expect(texts(doc)).toEqual(before);
    expect(api.settings.load()).toEqual({ rules: { 'date/weekend': 'off' } });
  });

  it('names what Word 2016 (WordApi 1.1) cannot do, and does the rest', async () => {
    const { host } = word(1.1);
    const report = await host.diagnose();
    const status = Object.fromEntries(report.steps.map((s) => [s.name, s.status]));
    expect(status).toMatchObject({
      'Read the document': 'passed',
      'Go to a paragraph': 'passed',
      'Apply a fix': 'passed',
      'Write a plan: a cell edited and a row added': 'unavailable',
      'Add and remove a comment': 'unavailable',
      'Remove the scratch block and restore the settings': 'passed',
    });
    expect(new Set(report.steps.filter((s) => s.status === 'unavailable').map((s) => s.detail))).toEqual(new Set(['Not available with the requirement sets this Word has.']));
    expect(report.steps.find((s) => s.name === 'Keep a setting in the document')?.detail).toBe('Saved and read back (kept in the file when the document is saved).');
    expect(report.steps.filter((s) => s.status === 'failed')).toEqual([]);
  });

  it('reports each failure Word gives, and still cleans up', async () => {
    const { doc, host } = word(1.4);
    doc.failingCalls.add('range.insertComment');
    doc.failingCalls.add('row.insertRows');
    const before = texts(doc);
    const report = await host.diagnose();
    const failed = report.steps.filter((s) => s.status === 'failed');
    expect(failed.map((s) => s.name)).toEqual(['Write a plan: a cell edited and a row added', 'Add and remove a comment']);
    expect(failed[0]!.detail).toMatch(/GeneralException/);
    expect(texts(doc)).toEqual(before);
  });
});
