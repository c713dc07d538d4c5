import { describe, expect, it } from 'vitest';
import { REGISTER_HEADER, type RegisterRow } from '../../../src/core';
import { holdsAgendaText, mergeIntoGrid } from '../../../src/office/excel/register-grid';

const row = (id: string, text: string): RegisterRow => ({ id, item: '1', text, verb: 'agree', addressedTo: 'WP2', documents: '', meeting: '', status: 'Anticipated', due: '', notes: '' });

describe('the register merged into the cells of a sheet', () => {
  it('starts a register with its header', () => {
    const merged = mergeIntoGrid(undefined, [row('WP2-1', 'WP2 agrees.')]);
    expect(merged).toMatchObject({ header: REGISTER_HEADER, appended: 1, added: 1, updated: 0 });
    expect(merged.rows[0]!.slice(0, 3)).toEqual(['WP2-1', '1', 'WP2 agrees.']);
  });

  it('keeps the agenda’s text as it is, for columns written as text values (never read as formulas)', () => {
    expect(mergeIntoGrid(undefined, [row('WP2-1', '=HYPERLINK("x")')]).rows[0]![2]).toBe('=HYPERLINK("x")');
    expect(REGISTER_HEADER.map((_, c) => holdsAgendaText(REGISTER_HEADER, c))).toEqual([true, true, true, true, true, true, true, false, false, false]);
  });

  it('puts new actions in the empty rows of a new table before adding rows', () => {
    const empty = REGISTER_HEADER.map(() => '');
    const merged = mergeIntoGrid([REGISTER_HEADER, empty], [row('WP2-1', 'a'), row('WP2-2', 'b')]);
    expect(merged.rows.map((r) => r[0])).toEqual(['WP2-1', 'WP2-2']);
    expect(merged.appended).toBe(1);
  });

  it('finds the columns by their header, in whatever order the user put them', () => {
    const header = ['Notes', ...REGISTER_HEADER.filter((h) => h !== 'Notes')];
    const kept = ['my note', 'WP2-1', '1', 'old', 'agree', 'WP2', '', '', 'Agreed', 45566];
    const merged = mergeIntoGrid([header, kept], [row('WP2-1', 'new')]);
    expect(merged.rows).toEqual([['my note', 'WP2-1', '1', 'new', 'agree', 'WP2', '', '', 'Agreed', 45566]]);
    expect(merged).toMatchObject({ added: 0, updated: 1 });
  });

  it('fills a status the user left empty, and only that', () => {
    const kept = ['WP2-1', '1', 'a', 'agree', 'WP2', '', '', '', '', ''];
    expect(mergeIntoGrid([REGISTER_HEADER, kept], [row('WP2-1', 'a')]).rows[0]![7]).toBe('Anticipated');
  });
});
