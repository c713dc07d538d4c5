import { describe, expect, it } from 'vitest';
import { analyse, applyFix, cellText, type Table } from '../../src/core';
import { analyseFile } from '../helpers/analyse';
import { TD514 } from '../helpers/shared';

describe('applying a fix to a Snapshot', () => {
  it('changes the category cell, and only it, and the finding goes away', () => {
    const { snapshot, findings } = analyseFile(TD514);
    const { snapshot: fixed, applied, missing } = applyFix(snapshot, findings[0]!.fix!);
    expect([applied, missing]).toEqual([1, 0]);
    expect(cellText((fixed.blocks[7] as Table).rows[10]!.cells[1]!)).toBe('Information');
    const undone = structuredClone(fixed);
    (undone.blocks[7] as Table).rows[10]!.cells[1]!.paragraphs[0]!.text = 'infomration';
    expect(undone).toEqual(snapshot);
    expect(analyse(fixed).findings).toEqual([]);
    expect(cellText((snapshot.blocks[7] as Table).rows[10]!.cells[1]!)).toBe('infomration');
  });

  it('counts an edit whose text is no longer there, and changes nothing', () => {
    const { snapshot, findings } = analyseFile(TD514);
    const once = applyFix(snapshot, findings[0]!.fix!).snapshot;
    const twice = applyFix(once, findings[0]!.fix!);
    expect([twice.applied, twice.missing]).toEqual([0, 1]);
    expect(twice.snapshot).toEqual(once);
  });
});
