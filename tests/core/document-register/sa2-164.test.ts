// The real 3GPP SA2 #164 TdocsByAgenda (1,374 Tdocs) read as the meeting's document register: its columns as they are,
// every revision chain written in its comments followed to the latest revision, and an agenda citing superseded and
// withdrawn Tdocs of it checked against it. Expected chains are worked out here from the other direction — the
// "Revision of" written on each revision — while the reader is given the "Revised to" side only.
import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { analyse, cellText, readDocumentRegister, type DocumentRegister, type Snapshot, type Table } from '../../../src/core';
import { readDocument } from '../../../src/io/read-document';
import { SETTINGS_LIMIT_BYTES, settingsBytes } from '../../../src/office/settings';
import { SA2_164_LIST, bytesOf } from '../../helpers/shared';

const NAME = 'SA2-164-TdocsByAgenda.docx';
let snapshot: Snapshot;
let register: DocumentRegister;
/** TD#, Comment and Result of each Tdoc row, as the table has them. */
let rows: { id: string; comment: string; result: string }[];

beforeAll(() => {
  const read = readDocument(NAME, bytesOf(SA2_164_LIST));
  if (!read.ok) throw new Error(read.message);
  snapshot = read.value;
  register = readDocumentRegister(snapshot, NAME);
  const table = snapshot.blocks.find((b): b is Table => b.kind === 'table' && b.rows.length > 1000)!;
  const header = table.rows[0]!.cells.map((c) => cellText(c).trim());
  const at = (name: string) => header.indexOf(name);
  rows = table.rows
    .slice(1)
    .map((r) => ({ id: cellText(r.cells[at('TD#')]!).trim(), comment: cellText(r.cells[at('Comment')]!), result: cellText(r.cells[at('Result')]!).trim() }))
    .filter((r) => r.id.startsWith('S2-'));
}, 60_000);

/** The revision each revised Tdoc went to, from the "Revision of S2-…" each revision writes. */
function nextByBackLinks(): Map<string, string> {
  const next = new Map<string, string>();
  for (const row of rows) for (const [, earlier] of row.comment.matchAll(/Revision of (?:\w+ |\(\w+\) )?(S2-\d{7})/g)) next.set(earlier!, row.id);
  return next;
}

describe('SA2-164 TdocsByAgenda read as a document register', () => {
  it('reads every Tdoc row with the columns the list has, and says what it did not use', () => {
    expect(register.documents).toHaveLength(rows.length);
    expect(rows.length).toBeGreaterThan(1300);
    expect(register.notes).toContain('Columns read: AI (agenda item), TD# (number), Type (category), Subject (title), Source (source), Comment (revision chains in the comments), Result (status).');
    expect(register.notes).toContain('Columns not used: Doc For, Rel, Work Item.');
    expect(register.notes.some((n) => n.includes('"Block Approve?"'))).toBe(true);
    expect(register.documents.find((d) => d.id === 'S2-2407473')).toMatchObject({ status: 'Withdrawn', item: '99' });
  });

  it('fits in a document’s settings with room to spare (0.23 MB of the 2 MB Office keeps)', () => {
    const bytes = settingsBytes({ ...register, readAt: new Date(0).toISOString() });
    expect(bytes).toBeGreaterThan(200_000);
    expect(bytes).toBeLessThan(250_000);
    expect(bytes * 8).toBeLessThan(SETTINGS_LIMIT_BYTES);
  });

  it('reads the "Revised to" of every revised Tdoc from its comment, as the revision itself says', () => {
    const next = nextByBackLinks();
    const revised = rows.filter((r) => /\brevised\b[^.]+\bto S2-/i.test(r.comment)).map((r) => r.id);
    expect(revised.length).toBeGreaterThanOrEqual(77);
    // The reader is given the comments without the "Revision of" back-links the expectation is built from.
    const forwardOnly = structuredClone(snapshot);
    for (const block of forwardOnly.blocks) {
      if (block.kind !== 'table') continue;
      for (const row of block.rows) for (const cell of row.cells) for (const p of cell.paragraphs) p.text = p.text.replace(/Revision of [^.,]*(?:[.,]|$)/g, '');
    }
    const forward = new Map(readDocumentRegister(forwardOnly, NAME).documents.map((d) => [d.id, d.revisedTo]));
    expect(revised.map((id) => [id, forward.get(id)])).toEqual(revised.map((id) => [id, next.get(id)]));
    expect(register.notes.filter((n) => n.includes('disagree') || n.includes('without naming'))).toEqual([]);
  });

  it('yields the latest revision of every Tdoc with a "Revised to" chain: the fix of register/superseded cites it', () => {
    const next = nextByBackLinks();
    const latest = (id: string) => {
      let end = id;
      while (next.has(end)) end = next.get(end)!;
      return end;
    };
    const revised = rows.filter((r) => /\brevised\b[^.]+\bto S2-/i.test(r.comment)).map((r) => r.id);
    const agenda = readDocument('agenda.txt', strToU8(`1 Opening\n4.1 Revised Tdocs – ${revised.join(', ')}`));
    if (!agenda.ok) throw new Error(agenda.message);
    const { findings } = analyse(agenda.value, undefined, [register]);
    const fixed = new Map(findings.filter((f) => f.ruleId === 'register/superseded').map((f) => [f.location.text, f.fix?.edits[0]?.replace]));
    const withdrawn = new Set(register.documents.filter((d) => d.status === 'Withdrawn').map((d) => d.id));
    const expected = revised.filter((id) => !withdrawn.has(latest(id)));
    expect(expected.length).toBeGreaterThanOrEqual(75);
    expect(expected.map((id) => [id, fixed.get(id)])).toEqual(expected.map((id) => [id, latest(id)]));
    expect(fixed.get('S2-2408666')).toBe('S2-2408669');
    expect(fixed.get('S2-2408573')).toBe('S2-2408705');
  });

  it('checks an agenda citing superseded and withdrawn Tdocs of the list', () => {
    const text = [
      '1 Opening of the meeting',
      '2 Review of the Agenda – S2-2407386',
      '4.1 Common issues and Incoming LSs – S2-2408478, S2-2407552 and S2-2407473',
      '9.16.2 NWDAF – S2-2408666; see also S2-2408015',
      '3 Meeting report – Draft Report of SA WG2 meeting #163 in S2-2407387',
    ].join('\n');
    const agenda = readDocument('agenda.txt', strToU8(text));
    if (!agenda.ok) throw new Error(agenda.message);
    const findings = analyse(agenda.value, undefined, [register]).findings.filter((f) => f.ruleId.startsWith('register/'));
    const said = findings.map((f) => `${f.ruleId} ${f.location.text}${f.fix ? ` → ${f.fix.edits[0]!.replace}` : ''}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'register/superseded S2-2408478 → S2-2408687',
        'register/superseded S2-2407552 → S2-2408689',
        'register/withdrawn S2-2407473',
        'register/superseded S2-2408666 → S2-2408669',
        'register/withdrawn S2-2408015',
      ]),
    );
    expect(said.filter((s) => s.includes('S2-2407386') || s.includes('S2-2407387'))).toEqual([]);
    expect(said.filter((s) => s.startsWith('register/not-in-register'))).toEqual([]);
  });
});
