import { describe, expect, it } from 'vitest';
import { mergeRegister, registerRows, registerTable, type RegisterRow } from '../../../src/core';
import { analyseFile } from '../../helpers/analyse';
import { WP2 } from '../../helpers/shared';

const { meeting } = analyseFile(WP2);
const rows = registerRows(meeting);

describe('the action register', () => {
  it('has the 13 actions of the WP2 agenda with their ids, items and cited documents', () => {
    expect(rows.map((r) => [r.id, r.item, r.documents])).toEqual([
      ['WP2-1', '3.1', 'TD598'], ['WP2-2', '3.1', 'TD598'], ['WP2-3', '3.1', ''],
      ['WP2-4', '3.2', 'TD624R2'], ['WP2-5', '3.2', 'TD667R1'], ['RG-IEM-1', '3.2', 'TD671'], ['WP2-6', '3.2', 'TD666R2'], ['WP2-7', '3.2', ''],
      ['WP2-8', '3.3', ''], ['WP2-9', '3.3', ''],
      ['WP2-10', '4.1', 'TD670'], ['WP2-11', '4.1', 'TD673'],
      ['WP2-X', '4.2', ''],
    ]);
    expect(rows.every((r) => r.status === 'Anticipated' && r.meeting === 'WP2/TSAG, 2024-08-01')).toBe(true);
  });

  it('reads what each action asks and of whom', () => {
    const by = (id: string) => rows.find((r) => r.id === id)!;
    expect([by('WP2-1').verb, by('WP2-1').addressedTo]).toEqual(['agree', 'WP2']);
    expect([by('WP2-3').verb, by('WP2-3').addressedTo]).toEqual(['instruct', 'SG9 and SG15 chairs']);
    expect([by('WP2-4').verb, by('WP2-4').addressedTo]).toEqual(['approve', 'WP2/TSAG']);
    expect(by('WP2-5').verb).toBe('recommend');
    // "Agree to the way forward": asked of the meeting, not of someone called Agree.
    expect([by('WP2-8').verb, by('WP2-8').addressedTo]).toEqual(['agree', 'WP2/TSAG']);
  });

  it('merges by action id: adds new actions, updates texts, never overwrites Status, Due or Notes', () => {
    const kept: RegisterRow[] = rows.slice(0, 3).map((r, i) => (i === 0 ? { ...r, text: 'old text', status: 'Agreed', due: '2024-09-01', notes: 'done by TSB' } : r));
    const { rows: merged, added, updated } = mergeRegister(kept, rows);
    expect([added, updated]).toEqual([10, 1]);
    expect(merged[0]).toMatchObject({ id: 'WP2-1', text: rows[0]!.text, status: 'Agreed', due: '2024-09-01', notes: 'done by TSB' });
    expect(merged.map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });

  it('keeps an action the agenda no longer has, since the user may still be tracking it', () => {
    const gone = { ...rows[0]!, id: 'WP2-0', status: 'Done' };
    expect(mergeRegister([gone], rows).rows[0]).toEqual(gone);
  });

  it('makes a table with the register columns', () => {
    const table = registerTable(rows);
    expect(table.header).toEqual(['Action', 'Agenda item', 'Action text', 'Verb', 'Addressed to', 'Documents', 'Meeting', 'Status', 'Due', 'Notes']);
    expect(table.rows).toHaveLength(13);
  });
});
