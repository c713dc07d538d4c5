// The preview's host without a browser: a generated table is written into the document the way Word would, never
// over the user's edits (or a block it has no record of) without asking; a spreadsheet keeps its register like Excel.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, analyse, annexBlock, registerRows, type Snapshot } from '../../src/core';
import { readDocx } from '../../src/io/docx/read';
import { replaceTable } from '../../src/io/docx/rewrite';
import { PreviewHost } from '../../src/preview/preview-host';
import { analyseFile } from '../helpers/analyse';
import { TD514, WP2, bytesOf } from '../helpers/shared';

function preview(name: string, bytes: Uint8Array) {
  const shown: Snapshot[] = [];
  const host = new PreviewHost({ name, bytes }, readDocx(bytes), { render: (s) => shown.push(s), highlight: () => undefined });
  return { host, shown };
}

const annexOf = (snapshot: Snapshot) => annexBlock(analyse(snapshot).meeting, { categories: DEFAULT_CATEGORIES });

describe('the preview as Word', () => {
  it('writes Annex A in place, then over itself, and asks before writing over the user’s edits', async () => {
    const { host, shown } = preview('TD514.docx', bytesOf(TD514));
    const { snapshot } = analyseFile(TD514);
    expect(host.registerSheet).toBeUndefined();
    await expect(host.writer!.write(annexOf(snapshot), snapshot, { overwriteEdits: false })).resolves.toEqual({ status: 'written', how: 'replaced' });
    const written = shown.at(-1)!;
    await expect(host.writer!.write(annexOf(written), written, { overwriteEdits: false })).resolves.toEqual({ status: 'written', how: 'regenerated' });

    const category = { block: annexOf(written).replaces!, row: 10, col: 1, paragraph: 0, text: 'infomration' };
    await host.applyFix({ title: 'fix', edits: [{ location: category, find: 'infomration', replace: 'Information' }] });
    const edited = await host.writer!.write(annexOf(written), written, { overwriteEdits: false });
    expect(edited).toMatchObject({ status: 'edited', written: expect.stringContaining('infomration'), now: expect.stringContaining('Information') });
  });

  it('asks before writing over a block the command line wrote, since it has no record of it', async () => {
    const source = readDocx(bytesOf(TD514));
    const cli = replaceTable(bytesOf(TD514), annexOf(source), source);
    const { host } = preview('out.docx', cli);
    const snapshot = readDocx(cli);
    const outcome = await host.writer!.write(annexOf(snapshot), snapshot, { overwriteEdits: false });
    expect(outcome).toMatchObject({ status: 'edited' });
    expect(outcome).not.toHaveProperty('written');
    await expect(host.writer!.write(annexOf(snapshot), snapshot, { overwriteEdits: true })).resolves.toEqual({ status: 'written', how: 'regenerated' });
  });
});

describe('the preview as Excel', () => {
  it('keeps the action register as a sheet of its own, merged by action id', async () => {
    const { host, shown } = preview('list.xlsx', bytesOf(TD514));
    expect(host.writer).toBeUndefined();
    const rows = registerRows(analyseFile(WP2).meeting);
    await expect(host.registerSheet!.write(rows)).resolves.toEqual({ added: 13, updated: 0, total: 13 });
    await expect(host.registerSheet!.write([...rows, { ...rows[0]!, id: 'WP2-99' }])).resolves.toEqual({ added: 1, updated: 0, total: 14 });
    const registers = shown.at(-1)!.blocks.filter((b) => b.kind === 'table' && b.generated === 'docket:register');
    expect(registers).toHaveLength(1);
  });
});
