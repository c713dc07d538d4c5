// Large but valid input never hits an engine limit: no argument spread or recursion grows with the document.
import { describe, expect, it } from 'vitest';
import { analyse, extract, snapshotOfSheets, type Table } from '../../src/core';

describe('large valid input', () => {
  it('extracts a table of 300,000 rows (the column count was a Math.max over a spread of every row)', () => {
    const table: Table = { kind: 'table', rows: Array.from({ length: 300_000 }, () => ({ cells: [] })) };
    expect(() => extract({ blocks: [{ kind: 'paragraph', text: 'Agenda' }, table] })).not.toThrow();
  });

  it('quotes at most 200 characters of a huge cell in each location, so the JSON holds the cell once, not once per finding', () => {
    const huge = `TD514${'y'.repeat(5_000_000)}`;
    const { meeting, findings } = analyse(snapshotOfSheets([{ name: 'List', rows: [['TD/C #', 'Category', 'Title'], [huge, huge, 't'], ['TD515', 'Information', 't']] }]));
    const locations = [...findings.map((f) => f.location), ...meeting.documents.flatMap((d) => [d.location, ...(d.categoryLocation ? [d.categoryLocation] : [])])];
    expect(locations.length).toBeGreaterThan(1);
    expect(Math.max(...locations.map((l) => l.text.length))).toBeLessThanOrEqual(200);
    expect(findings.every((f) => f.message.length < 1000)).toBe(true);
    expect(JSON.stringify({ meeting, findings }).length).toBeLessThan(3 * huge.length);
  });
});
