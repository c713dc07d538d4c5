// Plain-text and Markdown agendas → Snapshot. Markdown (IETF agendas) is parsed with mdast: headings keep their
// level, list items their label, GFM tables become tables, links read as their text. Plain text is read line by line:
// each line a paragraph, bullet markers as labels, runs of "a | b | c" lines as tables. Lines are kept for locations.
import type { Root, RootContent, ListItem, Table as MdTable } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import { normaliseText, type Block, type Paragraph, type Snapshot, type Table } from '../../core';
import { requireText } from '../empty';

export function readMarkdown(text: string): Snapshot {
  const tree: Root = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const blocks: Block[] = [];
  const visit = (nodes: RootContent[], listLevel: number): void => {
    for (const node of nodes) {
      const line = node.position?.start.line;
      switch (node.type) {
        case 'heading':
          blocks.push(paragraph(toString(node), { style: `heading ${node.depth}`, outlineLevel: node.depth - 1, line }));
          break;
        case 'paragraph':
        case 'html':
        case 'code':
          blocks.push(paragraph(toString(node), { line }));
          break;
        case 'list':
          node.children.forEach((item, i) => listItem(item, node.ordered ? `${(node.start ?? 1) + i}.` : '•', listLevel));
          break;
        case 'blockquote':
          visit(node.children, listLevel);
          break;
        case 'table':
          blocks.push(markdownTable(node));
          break;
      }
    }
  };
  const listItem = (item: ListItem, label: string, level: number): void => {
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph') {
      blocks.push(paragraph(toString(first), { label, listLevel: level, line: first.position?.start.line }));
      visit(rest, level + 1);
    } else {
      blocks.push(paragraph('', { label, listLevel: level, line: item.position?.start.line }));
      visit(item.children, level + 1);
    }
  };
  visit(tree.children, 0);
  return requireText({ blocks });
}

function markdownTable(node: MdTable): Table {
  return {
    kind: 'table',
    rows: node.children.map((row) => ({
      ...(row.position ? { line: row.position.start.line } : {}),
      cells: row.children.map((cell, i) => ({ paragraphs: [paragraph(toString(cell), {})], gridCol: i, span: 1 })),
    })),
  };
}

const BULLET = /^(\s*)([*•·+-])\s+(?=\S)/;
const TABLE_ROW = /\S\s*\|\s*\S|^\s*\|.*\|\s*$/;
const SEPARATOR_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function readPlainText(text: string): Snapshot {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const rows = tableRowsFrom(lines, i);
    if (rows.length >= 2) {
      blocks.push(plainTable(rows, i));
      i += rows.length - 1;
      continue;
    }
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const bullet = BULLET.exec(raw);
    blocks.push(
      bullet
        ? paragraph(raw.slice(bullet[0].length), { label: '•', listLevel: bullet[1]!.length > 0 ? 1 : 0, line: i + 1 })
        : paragraph(raw.trimEnd(), { line: i + 1 }),
    );
  }
  return requireText({ blocks });
}

/** The run of "a | b | c" lines starting at a line (separator rows "|---|" included, to be skipped). */
function tableRowsFrom(lines: string[], start: number): string[] {
  const rows: string[] = [];
  for (let i = start; i < lines.length && TABLE_ROW.test(lines[i]!) && lines[i]!.includes('|'); i++) rows.push(lines[i]!);
  return rows;
}

/** Cells split on "|" (outer pipes of a "| a | b |" row dropped); inside a cell, " / " separates paragraphs (how cell paragraphs are flattened to text). */
function plainTable(lines: string[], first: number): Table {
  const rows = lines
    .map((row, i) => ({ row, line: first + i + 1 }))
    .filter(({ row }) => !SEPARATOR_ROW.test(row))
    .map(({ row, line }) => ({
      line,
      cells: (/^\s*\|.*\|\s*$/.test(row) ? row.trim().slice(1, -1) : row)
        .split('|')
        .map((cell, col) => ({ paragraphs: cell.split(' / ').map((p) => paragraph(p.trim(), {})), gridCol: col, span: 1 })),
    }));
  return { kind: 'table', rows };
}

/** Whether a .txt file is really Markdown (IETF agendas are): headings and links, or a GFM table. */
export function looksLikeMarkdown(text: string): boolean {
  const headings = text.match(/^#{1,6} \S/gm)?.length ?? 0;
  const links = /\]\((?:https?:|mailto:|\/|#)/.test(text);
  return (headings >= 2 && links) || SEPARATOR_ROW.test(text.split('\n').find((l) => l.includes('---')) ?? '');
}

function paragraph(text: string, extra: Partial<Omit<Paragraph, 'kind' | 'text'>> & { line?: number | undefined }): Paragraph {
  const out: Paragraph = { kind: 'paragraph', text: normaliseText(text) };
  if (extra.label !== undefined) out.label = extra.label;
  if (extra.listLevel !== undefined) out.listLevel = extra.listLevel;
  if (extra.style !== undefined) out.style = extra.style;
  if (extra.outlineLevel !== undefined) out.outlineLevel = extra.outlineLevel;
  if (extra.line !== undefined) out.line = extra.line;
  return out;
}
