import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellText, type Snapshot, type Table } from '../../../src/core';
import { readDocument } from '../../../src/io/read-document';
import { MAX_MARKDOWN_NESTING } from '../../../src/io/text/read';
import { CORPUS, bytesOf } from '../../helpers/shared';

function read(name: string, text: string | Uint8Array): Snapshot {
  const result = readDocument(name, typeof text === 'string' ? strToU8(text) : text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('plain-text agendas', () => {
  it('reads lines as paragraphs, keeping line numbers and bullets', () => {
    const snapshot = read('agenda.txt', 'HTTPBIS WG Agenda\n\n*  1 min - Scribe selection\n         - partitioned drafts\n');
    expect(snapshot.blocks).toMatchObject([
      { kind: 'paragraph', text: 'HTTPBIS WG Agenda', line: 1 },
      { kind: 'paragraph', text: '1 min - Scribe selection', label: '•', listLevel: 0, line: 3 },
      { kind: 'paragraph', text: 'partitioned drafts', label: '•', listLevel: 1, line: 4 },
    ]);
  });

  it('reads runs of "a | b" lines as tables, " / " as paragraphs in a cell, and empty first cells', () => {
    const snapshot = read('list.txt', 'AI | TD# | Type\n4.1 | S2-2001783 | LS In / late\n | S2-2001784 | CR\n\nNot a table | single line\n');
    const table = snapshot.blocks[0] as Table;
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['AI', 'TD#', 'Type'],
      ['4.1', 'S2-2001783', 'LS In\nlate'],
      ['', 'S2-2001784', 'CR'],
    ]);
    expect(table.rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(snapshot.blocks[1]).toMatchObject({ kind: 'paragraph', text: 'Not a table | single line' });
  });

  it('reads Windows-1252 text that is not UTF-8, and UTF-16 with a byte-order mark', () => {
    expect(read('old.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toMatchObject({ blocks: [{ text: 'Café' }] });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Agenda'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(read('wide.txt', utf16)).toMatchObject({ blocks: [{ text: 'Agenda' }] });
  });
});

describe('Markdown agendas', () => {
  it('reads headings, lists, links as text and GFM tables', () => {
    const markdown = '# QUIC Agenda\n\n## Wednesday, 18 July 2018\n\n* 5 min - [Hackathon](https://example.org/x) report\n\n| # | Title |\n|---|---|\n| 1 | Opening |\n';
    const snapshot = read('agenda.md', markdown);
    expect(snapshot.blocks.slice(0, 3)).toMatchObject([
      { text: 'QUIC Agenda', style: 'heading 1', outlineLevel: 0, line: 1 },
      { text: 'Wednesday, 18 July 2018', style: 'heading 2', outlineLevel: 1, line: 3 },
      { text: '5 min - Hackathon report', label: '•', line: 5 },
    ]);
    expect((snapshot.blocks[3] as Table).rows.map((r) => [r.line, r.cells.map(cellText)])).toEqual([
      [7, ['#', 'Title']],
      [9, ['1', 'Opening']],
    ]);
  });

  it('recognises a Markdown agenda saved as .txt (the IETF ones)', () => {
    const snapshot = read('ietf-httpbis-ietf102-agenda.txt', bytesOf(`${CORPUS}/ietf-httpbis-ietf102-agenda.txt`));
    expect(snapshot.blocks.find((b) => b.kind === 'paragraph' && b.style === 'heading 2')).toMatchObject({ text: 'Tuesday, 17 July 2018' });
  });
});

describe('Markdown nested deeply', () => {
  it('reads blockquotes and lists nested up to the limit as Markdown, without recursion', () => {
    const depth = MAX_MARKDOWN_NESTING;
    const result = readDocument('agenda.md', strToU8(`# Agenda\n\n${'>'.repeat(depth)} TD514 (5 min)\n\n${'- '.repeat(depth)}Opening\n`));
    if (!result.ok) throw new Error(result.message);
    expect(result.notes).toEqual([]);
    const texts = result.value.blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.listLevel] : []));
    expect(texts).toContainEqual(['TD514 (5 min)', undefined]);
    expect(texts).toContainEqual(['Opening', depth - 1]);
  });

  it('reads past the limit as plain text, with a note', () => {
    const result = readDocument('agenda.md', strToU8(`# Agenda\n\n${'>'.repeat(MAX_MARKDOWN_NESTING + 1)} TD514\n`));
    if (!result.ok) throw new Error(result.message);
    expect(result.notes).toEqual([expect.stringMatching(/^Read as plain text/)]);
    expect(result.value.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['# Agenda', `${'>'.repeat(MAX_MARKDOWN_NESTING + 1)} TD514`]);
  });

  it('does not take a rule of list markers or a line of stars for nesting', () => {
    const result = readDocument('agenda.md', strToU8(`# Agenda\n\n${'- '.repeat(200)}\n\n${'*'.repeat(300)}\n\nTD514 **bold** text\n`));
    expect(result).toMatchObject({ ok: true, notes: [] });
  });
});
