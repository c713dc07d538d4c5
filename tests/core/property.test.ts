// Reading and checking never throw, whatever tables and text they are given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, Meeting, type Block, type Snapshot } from '../../src/core';
import { readDocument } from '../../src/io/read-document';
import { docx, p, table } from '../helpers/docx';

/** Text that looks like agendas: numbers, times, dates, document ids, parentheses, dashes and noise. */
const agendaText = fc
  .array(
    fc.oneof(
      fc.constantFrom('TD', 'C', 'TD 514', 'TD667-R1', '(TD526)', 'C24/59 Rev.1', 'S2-190xxxx', '<TBD>', 'Anticipated action WP2-', ':', '(', ')', '+', '/'),
      fc.constantFrom('14:30', '1400-1530', '13:00 – 15:00', '31 February 2025', 'Thursday, 1 August', '29 July – 2 August 2024', 'Monday'),
      fc.constantFrom('1', '3.1', '1.', 'Timing', '#', 'Agenda Item', 'Docs', 'Category', 'TD/C #', 'Date', 'Deadline', 'Objectives', 'min'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(' '));

const cell = fc.record({ text: fc.array(agendaText, { minLength: 1, maxLength: 3 }), span: fc.integer({ min: 1, max: 3 }), merge: fc.constantFrom(undefined, 'restart', 'continue') });

const block: fc.Arbitrary<Block> = fc.oneof(
  agendaText.map((text) => ({ kind: 'paragraph' as const, text })),
  fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }).map((rows) => ({
    kind: 'table' as const,
    rows: rows.map((cells) => {
      let gridCol = 0;
      return {
        cells: cells.map((c) => {
          const out = { paragraphs: c.text.map((text) => ({ kind: 'paragraph' as const, text })), gridCol, span: c.span, ...(c.merge ? { merge: c.merge } : {}) };
          gridCol += c.span;
          return out;
        }),
      };
    }),
  })),
);

describe('robustness', () => {
  it('extracts and checks any Snapshot without throwing, into a Meeting the schema accepts', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const snapshot: Snapshot = { blocks };
        const { meeting, findings } = analyse(snapshot);
        expect(Meeting.safeParse(meeting).success).toBe(true);
        for (const finding of findings) expect(finding.location.block).toBeLessThan(blocks.length);
      }),
      { numRuns: 300 },
    );
  });

  it('reads any text agenda without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(agendaText, agendaText.map((t) => `${t} | ${t} | ${t}`)), { maxLength: 20 }), fc.constantFrom('a.txt', 'a.md'), (lines, name) => {
        const result = readDocument(name, new TextEncoder().encode(lines.join('\n')));
        if (result.ok) analyse(result.value);
        else expect(result.message).toMatch(/empty/);
      }),
      { numRuns: 200 },
    );
  });

  it('reads any .docx built from such text without throwing', () => {
    const xmlSafe = agendaText.map((t) => t.replace(/[<>&]/g, ' ').replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD]/g, ' '));
    fc.assert(
      fc.property(fc.array(fc.oneof(xmlSafe.map((t) => p(t)), fc.array(fc.array(xmlSafe, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }).map((rows) => table(rows))), { minLength: 1, maxLength: 6 }), (parts) => {
        const result = readDocument('a.docx', docx(parts.join('')));
        if (result.ok) analyse(result.value);
        else expect(result.message).toMatch(/empty/);
      }),
      { numRuns: 100 },
    );
  });
});
