// Diagnostics: a self-test a person runs in real Word, since no Word runs where Docket is built. It adds a scratch
// block at the end of the document (a paragraph and a small table in a content control tagged docket:diagnostics),
// and exercises on it every Office path Docket uses — read the document, go to a paragraph and a cell, apply a fix,
// write a plan (a cell edited, a row added) and write it again, add and remove a comment, keep a setting — then
// removes the block and restores the settings, whatever failed. Each step says what it did, how long it took, and
// why it failed; a step the host's requirement sets do not allow is named as not available, not failed.
import { analyse, emptyPlan, type Snapshot, type Table } from '../../core';
import { readDocx, readFlatOpc } from '../../io/docx/read';
import { flatOpcOf, paragraphsXml, tableXml } from '../../io/docx/write';
import { diagnosticSteps, keepSetting } from '../diagnostics';
import type { DiagnosticReport, Source } from '../host';
import type { WordApi, WordHost } from './word-host';

const TAG = 'docket:diagnostics';
const PARAGRAPH = 'Docket diagnostics: TD901 is cited here.';

export async function diagnoseWord(host: WordHost, api: WordApi): Promise<DiagnosticReport> {
  const { steps, step } = diagnosticSteps('Word');
  const sets = Object.fromEntries(['1.1', '1.2', '1.3', '1.4', '1.5'].map((v) => [`WordApi ${v}`, api.isSetSupported('WordApi', v)]));
  const savedSettings = api.settings.load();
  let document: Snapshot | undefined;
  let scratch = -1;

  await step('Add a scratch block at the end of the document', true, async () => {
    const spec = { kind: 'annex' as const, header: ['TD/C #', 'Title'], rows: [{ cells: [{ text: 'TD901' }, { text: 'Diagnostics' }] }], widths: [1, 2], notes: [] };
    const content = `<w:sdt><w:sdtPr><w:tag w:val="${TAG}"/></w:sdtPr><w:sdtContent>${paragraphsXml([PARAGRAPH])}${tableXml(spec)}</w:sdtContent></w:sdt>`;
    await api.run(async (context) => {
      context.document.body.insertOoxml(flatOpcOf(content), 'End');
      await context.sync();
    });
    return 'A paragraph and a two-row table in a content control.';
  });
  await step('Read the document', true, async () => {
    document = snapshotOf(await host.source());
    scratch = document.blocks.findIndex((b) => b.kind === 'table' && b.rows[1]?.cells[0]?.paragraphs[0]?.text === 'TD901');
    if (scratch < 0) throw new Error('The scratch table is not in what Word gave.');
    return `${document.blocks.length} blocks read; ${analyse(document).findings.length} findings.`;
  });
  await step('Go to a paragraph', true, async () => {
    const at = scratch - 1;
    const outcome = await host.goTo({ block: at, text: 'TD901' }, document!);
    if (outcome !== 'exact') throw new Error(`Went to it ${outcome}.`);
    return 'Selected "TD901" in the scratch paragraph.';
  });
  await step('Go to a table cell', true, async () => {
    const outcome = await host.goTo({ block: scratch, row: 1, col: 1, paragraph: 0, text: 'Diagnostics' }, document!);
    if (outcome !== 'exact') throw new Error(`Went to it ${outcome}.`);
    return 'Selected the cell "Diagnostics".';
  });
  await step('Apply a fix', true, async () => {
    const outcome = await host.applyFix({ title: 'Diagnostics', edits: [{ location: { block: scratch - 1, text: 'TD901' }, find: 'TD901', replace: 'TD901R1' }] }, document!);
    if (outcome.applied !== 1) throw new Error(`Applied ${outcome.applied}, missing ${outcome.missing}.`);
    document = snapshotOf(await host.source());
    return 'Replaced "TD901" by "TD901R1" in the paragraph.';
  });
  let before: Snapshot | undefined;
  await step('Write a plan: a cell edited and a row added', host.writer !== undefined, async () => {
    before = document;
    const plan = { ...emptyPlan('diagnostics'), edits: [{ location: { block: scratch, row: 1, col: 1, paragraph: 0, text: 'Diagnostics' }, find: 'Diagnostics', replace: 'Checked' }], added: [{ table: scratch, after: 1, cells: ['TD902', 'Added'] }] };
    const outcome = await host.writer!.write(plan, document!);
    if (outcome.status !== 'written') throw new Error('Word said the document changed since it was read.');
    document = snapshotOf(await host.source());
    const table = document.blocks[scratch] as Table | undefined;
    if (table?.rows[2]?.cells[0]?.paragraphs[0]?.text !== 'TD902') throw new Error('The added row is not there.');
    return 'The cell and the new row read back.';
  });
  await step('Refuse a plan made from an older reading', host.writer !== undefined, async () => {
    const stale = { ...emptyPlan('diagnostics'), edits: [{ location: { block: scratch, row: 1, col: 1, paragraph: 0, text: 'Diagnostics' }, find: 'Diagnostics', replace: 'Again' }] };
    const outcome = await host.writer!.write(stale, before!);
    if (outcome.status !== 'stale') throw new Error('It wrote over a text that had changed.');
    return 'Nothing written, as the text had changed.';
  });
  await step('Add and remove a comment', host.comments !== undefined, async () => {
    const finding = { ruleId: 'text/placeholder', messageId: 'inAgenda', severity: 'info' as const, message: 'Docket diagnostics comment.', location: { block: scratch - 1, text: 'TD901R1' } };
    const added = await host.comments!.add([finding], document!);
    const removed = await host.comments!.remove();
    if (added !== 1 || removed !== 1) throw new Error(`Added ${added}, removed ${removed}.`);
    return 'One comment added and removed, by its id.';
  });
  await step('Keep a setting in the document', true, () => keepSetting(api.settings, savedSettings, 'document'));
  await step('Remove the scratch block and restore the settings', true, async () => {
    await api.run(async (context) => {
      const scratchBlocks = context.document.body.contentControls.getByTag(TAG);
      scratchBlocks.load('items/id');
      await context.sync();
      scratchBlocks.items.forEach((control) => control.delete(false));
      await context.sync();
    });
    await api.settings.save(savedSettings ?? {});
    return 'The document and its settings are as they were.';
  });
  return { host: 'Word', platform: api.about.platform, version: api.about.version, sets, steps };
}

function snapshotOf(source: Source): Snapshot {
  if (source.kind === 'ooxml') return readFlatOpc(source.xml);
  if (source.kind === 'file') return readDocx(source.bytes);
  return source.snapshot;
}
