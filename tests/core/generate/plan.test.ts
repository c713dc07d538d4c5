// A plan as every host writes it: its edits, the rows it adds after their model row (a row numbered by a list gets
// the next number) and the rows it drops, listed for the user in document order.
import { describe, expect, it } from 'vitest';
import { applyPlan, changesOf, emptyPlan, isEmptyPlan, tableOfCells, type Plan, type Snapshot } from '../../../src/core';

function document(): Snapshot {
  const table = tableOfCells([[{ text: '#' }, { text: 'TD/C #' }], [{ text: '' }, { text: 'TD10' }], [{ text: '' }, { text: 'TD11' }]]);
  table.rows[1]!.cells[0]!.paragraphs[0]!.label = '1.';
  table.rows[2]!.cells[0]!.paragraphs[0]!.label = '2.';
  return { blocks: [{ kind: 'paragraph', text: 'Annex A' }, table] };
}

describe('plans', () => {
  it('is empty with nothing to change', () => {
    expect(isEmptyPlan(emptyPlan('Annex A'))).toBe(true);
    expect(isEmptyPlan({ ...emptyPlan('Annex A'), dropped: [{ table: 1, row: 1 }] })).toBe(false);
  });

  it('writes edits, added rows (numbered on) and dropped rows into a document, and lists them in document order', () => {
    const before = document();
    const plan: Plan = {
      ...emptyPlan('Annex A'),
      edits: [{ location: { block: 1, row: 2, col: 1, paragraph: 0, text: 'TD11' }, find: 'TD11', replace: 'TD11R1' }],
      added: [
        { table: 1, after: 2, cells: ['', 'TD12'] },
        { table: 1, after: 2, cells: ['', 'TD13'] },
      ],
      dropped: [{ table: 1, row: 1 }],
    };
    const after = applyPlan(before, plan);
    const rows = after.blocks[1]!.kind === 'table' ? after.blocks[1]!.rows : [];
    expect(rows.map((r) => r.cells.map((c) => `${c.paragraphs[0]!.label ?? ''}${c.paragraphs[0]!.text}`))).toEqual([
      ['#', 'TD/C #'],
      ['2.', 'TD11R1'],
      ['3.', 'TD12'],
      ['4.', 'TD13'],
    ]);
    expect(before.blocks[1]).toEqual(document().blocks[1]);
    expect(changesOf(plan, before).map((c) => [c.kind, c.location.row, c.before, c.after])).toEqual([
      ['drop', 1, 'TD10', ''],
      ['edit', 2, 'TD11', 'TD11R1'],
      ['add', 2, '', 'TD12'],
      ['add', 2, '', 'TD13'],
    ]);
  });
});
