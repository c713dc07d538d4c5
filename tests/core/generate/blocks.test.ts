import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORIES,
  agendaBlock,
  annexBlock,
  blockTag,
  documentRecordsOf,
  interimBlocks,
  registerIn,
  registerRows,
  registerTable,
  sessionPlans,
  tableFromSpec,
  tableOrdinal,
  type Snapshot,
  type TableSpec,
  analyse,
  withBlock,
} from '../../../src/core';
import { analyseFile } from '../../helpers/analyse';
import { TD514, WP2 } from '../../helpers/shared';

const spec = (kind: TableSpec['kind']): TableSpec => ({ kind, header: [], rows: [], widths: [], notes: [] });

describe('where generated tables go', () => {
  it('tags each block by its kind, and by its name when there are several of a kind', () => {
    expect(blockTag({ spec: spec('annex') })).toBe('docket:annex');
    expect(blockTag({ spec: spec('interim'), name: 'RG-IEM' })).toBe('docket:interim:RG-IEM');
    expect(blockTag({ spec: spec('agenda'), name: ' Thursday, 1 August ' })).toBe('docket:agenda:Thursday-1-August');
  });

  it('counts top-level tables only, and nothing else, when turning a block into a table ordinal', () => {
    const { snapshot } = analyseFile(TD514);
    const tables = snapshot.blocks.flatMap((b, i) => (b.kind === 'table' && !b.parent ? [i] : []));
    expect(tables.map((block) => tableOrdinal(snapshot, block))).toEqual(tables.map((_, i) => i));
    expect(tableOrdinal(snapshot, snapshot.blocks.findIndex((b) => b.kind === 'paragraph'))).toBeUndefined();
    expect(tableOrdinal(snapshot, snapshot.blocks.length)).toBeUndefined();
  });

  it('puts Annex A in place of the document list, in the list’s order, keeping its header', () => {
    const { meeting } = analyseFile(TD514);
    const block = annexBlock(meeting, { categories: DEFAULT_CATEGORIES });
    const list = meeting.tables.find((t) => t.kind === 'document-list')!;
    expect(block).toMatchObject({ order: 'list', replaces: list.location.block, keepHeader: true });
    expect(block.spec.rows).toHaveLength(12);
    expect(annexBlock(meeting, { categories: DEFAULT_CATEGORIES, order: 'category' }).order).toBe('category');
  });

  it('adds Annex A under its headings, by first citation, to an agenda without a list', () => {
    const { meeting } = analyseFile(TD514);
    const withoutList = { ...meeting, tables: meeting.tables.filter((t) => t.kind !== 'document-list') };
    const block = annexBlock(withoutList, { categories: DEFAULT_CATEGORIES, register: documentRecordsOf(meeting) });
    expect(block).toMatchObject({ order: 'citation', headings: ['Annex A:', 'Documentation'] });
    expect(block.replaces).toBeUndefined();
    expect(block.spec.rows.every((r) => r.cells[1]!.text !== 'TBD')).toBe(true);
  });

  it('retimes the timing table it stands for', () => {
    const { meeting } = analyseFile(TD514);
    const agenda = meeting.tables.find((t) => t.kind === 'agenda')!;
    const plans = sessionPlans(meeting, agenda.location.block);
    expect(plans.map((p) => [p.session, p.start])).toEqual([[0, '14:30']]);
    const block = agendaBlock(meeting, [{ ...plans[0]!, start: '14:00' }]);
    expect(block).toMatchObject({ replaces: agenda.location.block, keepHeader: true });
    expect(block.name).toBeUndefined();
    expect(block.spec.rows[0]!.cells[0]!.text).toBe('Thursday, 1 August\n14:00 - 15:45 hours Geneva time');
    expect(block.spec.rows[1]!.cells[0]!.text).toBe('14:00 hours');
    expect(() => agendaBlock(meeting, [])).toThrow(RangeError);
  });

  it('plans each group’s e-meetings in its own table and leaves a plan table without meetings alone', () => {
    const { meeting } = analyseFile(WP2);
    const blocks = interimBlocks(meeting, { daysBefore: 12, offWeekends: true });
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ name: 'RG-IEM', replaces: 46, keepHeader: true });
    expect(blockTag(blocks[0]!)).toBe('docket:interim:RG-IEM');
    expect(blocks[0]!.spec.rows.map((r) => r.cells[2]!.text)).toEqual(['30 January 2025', '2 April 2025']);
  });

  it('finds the register a user keeps among tables, by its header', () => {
    const { meeting } = analyseFile(WP2);
    const rows = registerRows(meeting);
    const kept = tableFromSpec(registerTable(rows));
    expect(registerIn([tableFromSpec(spec('annex')), kept])).toEqual(rows);
    expect(registerIn([tableFromSpec({ ...spec('annex'), header: ['#', 'Category'] })])).toBeUndefined();
  });

  it('writes a block into a document the way Word does: over the table it stands for, then over itself', () => {
    const { snapshot, meeting } = analyseFile(TD514);
    const block = annexBlock(meeting, { categories: DEFAULT_CATEGORIES });
    const once = withBlock(snapshot, block);
    expect(once.how).toBe('replaced');
    expect(once.snapshot.blocks).toHaveLength(snapshot.blocks.length);
    expect(once.snapshot.blocks[block.replaces!]).toMatchObject({ kind: 'table', generated: 'docket:annex', rows: { length: 13 } });
    expect(analyse(once.snapshot).meeting.documents).toEqual(meeting.documents);
    const twice = withBlock(once.snapshot, annexBlock(analyse(once.snapshot).meeting, { categories: DEFAULT_CATEGORIES }));
    expect(twice).toEqual({ snapshot: once.snapshot, how: 'regenerated' });
  });

  it('adds a block under its headings where it stands for no table, and drops the tables nested in a replaced one', () => {
    const cell = (text: string, gridCol = 0) => ({ paragraphs: [{ kind: 'paragraph' as const, text }], gridCol, span: 1 });
    const document: Snapshot = {
      blocks: [
        { kind: 'table', rows: [{ cells: [cell('outer')] }] },
        { kind: 'table', rows: [{ cells: [cell('nested')] }], parent: { block: 0, row: 0, col: 0 } },
        { kind: 'table', rows: [{ cells: [cell('other')] }] },
        { kind: 'table', rows: [{ cells: [cell('inside other')] }], parent: { block: 2, row: 0, col: 0 } },
      ],
    };
    const spec: TableSpec = { kind: 'annex', header: ['#'], rows: [{ cells: [{ text: '1' }] }], widths: [1], notes: [] };
    const replaced = withBlock(document, { spec, replaces: 0 });
    expect(replaced.snapshot.blocks.map((b) => (b.kind === 'table' ? [b.rows[0]!.cells[0]!.paragraphs[0]!.text, b.parent?.block] : b.text))).toEqual([
      ['#', undefined],
      ['other', undefined],
      ['inside other', 1],
    ]);
    const added = withBlock(document, { spec, headings: ['Annex A:'] });
    expect(added.how).toBe('inserted');
    expect(added.snapshot.blocks.slice(4)).toEqual([{ kind: 'paragraph', text: 'Annex A:' }, { ...tableFromSpec(spec), generated: 'docket:annex' }]);
  });
});
