// What the generators share: block tags, the register a user keeps, and a new table added the way Word adds it.
import { describe, expect, it } from 'vitest';
import { blockTag, insertTable, registerIn, registerRows, registerTable, tableFromSpec, type Snapshot, type TableSpec } from '../../../src/core';
import { analyseFile } from '../../helpers/analyse';
import { WP2 } from '../../helpers/shared';

const spec = (kind: TableSpec['kind']): TableSpec => ({ kind, header: [], rows: [], widths: [], notes: [] });

describe('what the generators share', () => {
  it('tags each new block by its kind, and by its name when there are several of a kind', () => {
    expect(blockTag({ spec: spec('annex') })).toBe('docket:annex');
    expect(blockTag({ spec: spec('interim'), name: 'RG-IEM' })).toBe('docket:interim:RG-IEM');
    expect(blockTag({ spec: spec('agenda'), name: ' Thursday, 1 August ' })).toBe('docket:agenda:Thursday-1-August');
  });

  it('finds the register a user keeps among tables, by its header', () => {
    const { meeting } = analyseFile(WP2);
    const rows = registerRows(meeting);
    const kept = tableFromSpec(registerTable(rows));
    expect(registerIn([tableFromSpec(spec('annex')), kept])).toEqual(rows);
    expect(registerIn([tableFromSpec({ ...spec('annex'), header: ['#', 'Category'] })])).toBeUndefined();
  });

  it('adds a new table at the end under its headings, and puts it in place of the one it wrote before', () => {
    const document: Snapshot = { blocks: [{ kind: 'paragraph', text: 'Agenda' }] };
    const table: TableSpec = { kind: 'register', header: ['Action'], rows: [{ cells: [{ text: 'WP2-1' }] }], widths: [1], notes: [] };
    const once = insertTable(document, { spec: table, headings: ['Action register'] });
    expect(once.blocks).toEqual([{ kind: 'paragraph', text: 'Agenda' }, { kind: 'paragraph', text: 'Action register' }, { ...tableFromSpec(table), generated: 'docket:register' }]);
    const again = insertTable(once, { spec: { ...table, rows: [] }, headings: ['Action register'] });
    expect(again.blocks).toHaveLength(3);
    expect(again.blocks[2]).toMatchObject({ generated: 'docket:register', rows: { length: 1 } });
  });
});
