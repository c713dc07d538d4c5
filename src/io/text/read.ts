// Plain-text and Markdown agendas → Snapshot. Markdown (IETF agendas) is parsed with mdast: headings keep their
// level, list items their label, GFM tables become tables, links read as their text. Plain text is read line by line:
// each line a paragraph, bullet markers as labels, runs of "a | b | c" lines as tables. Lines are kept for locations.
import type { Nodes, Root, RootContent, ListItem, Table as MdTable } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { normaliseText, type Block, type Paragraph, type Snapshot, type Table } from '../../core';
import { requireText } from '../empty';
import type { Note } from '../read-error';

/**
 * Deeper nesting than this (blockquotes, lists, links or emphasis inside one another) is not read as Markdown: the
 * Markdown parser slows down with the cube of the depth (4,000 nested list items took 16 s), and no agenda nests so.
 */
export const MAX_MARKDOWN_NESTING = 100;

/**
 * More emphasis and link marks than this in one paragraph is not read as Markdown either: the parser pairs each
 * closing mark with those before it, so the time grows with the square of their number (50,000 "*a" took minutes).
 */
export const MAX_MARKDOWN_MARKS = 2_000;

/**
 * A longer text is not read as Markdown: the parser, linear but slow, takes about a second per 10,000 list items on a
 * busy machine; plain text reads lines, bullets and tables in milliseconds.
 */
export const MAX_MARKDOWN_CHARACTERS = 200_000;

/** A Markdown agenda; one nested past MAX_MARKDOWN_NESTING is read as plain text instead, and the note says so. */
export function readMarkdown(text: string, note: Note = () => undefined): Snapshot {
  if (markdownNesting(text) > MAX_MARKDOWN_NESTING) {
    note(`Read as plain text: its Markdown nests more than ${MAX_MARKDOWN_NESTING} levels deep, which no agenda does.`);
    return readPlainText(text);
  }
  if (text.length > MAX_MARKDOWN_CHARACTERS) {
    note(`Read as plain text: it is longer than ${MAX_MARKDOWN_CHARACTERS.toLocaleString('en')} characters, more Markdown than Docket parses (an agenda is a few pages).`);
    return readPlainText(text);
  }
  if (mostMarks(text) > MAX_MARKDOWN_MARKS) {
    note(`Read as plain text: a paragraph of its Markdown holds more than ${MAX_MARKDOWN_MARKS.toLocaleString('en')} emphasis or link marks ("*", "_", "[", "]"), which no agenda does.`);
    return readPlainText(text);
  }
  const tree: Root = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const blocks: Block[] = [];
  // Depth-first with a stack of what is left to read, never recursion: the tree may be as deep as the nesting allows.
  // `list`: the outermost list a node is in; a nested list counts in it, its numbers under its item's.
  type Task = { node: RootContent; level: number; list?: number } | { item: ListItem; label: string; level: number; list: number };
  let lists = 0;
  const tasks: Task[] = [];
  const later = (nodes: RootContent[], level: number, list?: number) => {
    for (let i = nodes.length - 1; i >= 0; i--) tasks.push({ node: nodes[i]!, level, ...(list !== undefined ? { list } : {}) });
  };
  later(tree.children, 0);
  for (let task = tasks.pop(); task; task = tasks.pop()) {
    if ('item' in task) {
      const { item, label, level, list } = task;
      const [first, ...rest] = item.children;
      if (first?.type === 'paragraph') {
        blocks.push(paragraph(textOf(first), { label, listLevel: level, list, links: linksOf(first), line: first.position?.start.line }));
        later(rest, level + 1, list);
      } else {
        blocks.push(paragraph('', { label, listLevel: level, list, line: item.position?.start.line }));
        later(item.children, level + 1, list);
      }
      continue;
    }
    const { node, level, list: outer } = task;
    const line = node.position?.start.line;
    switch (node.type) {
      case 'heading':
        blocks.push(paragraph(textOf(node), { style: `heading ${node.depth}`, outlineLevel: node.depth - 1, links: linksOf(node), line }));
        break;
      case 'paragraph':
        blocks.push(paragraph(textOf(node), { links: linksOf(node), line }));
        break;
      case 'html':
        // A comment is not shown to the reader ("<!-- IETF 104: draft-… -->"): not part of the agenda.
        if (!node.value.startsWith('<!--')) blocks.push(paragraph(node.value, { line }));
        break;
      case 'code':
        blocks.push(paragraph(textOf(node), { line }));
        break;
      case 'list': {
        // Numbered as rendered: from the list's start, one more each item, whatever the markers say ("1." "1." "1.").
        const list = outer ?? lists++;
        for (let i = node.children.length - 1; i >= 0; i--) {
          tasks.push({ item: node.children[i]!, label: node.ordered ? `${(node.start ?? 1) + i}.` : '•', level, list });
        }
        break;
      }
      case 'blockquote':
        later(node.children, level, outer);
        break;
      case 'table':
        blocks.push(markdownTable(node));
        break;
    }
  }
  return requireText({ blocks });
}

/** The text of a node as mdast-util-to-string gives it (values, image alt texts), gathered without recursion. */
function textOf(root: Nodes): string {
  let out = '';
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('value' in node) out += node.value;
    else if ('alt' in node && node.alt) out += node.alt;
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** The addresses of the links in a node (not in its nested lists, which are paragraphs of their own). */
function linksOf(root: Nodes): string[] | undefined {
  const links: string[] = [];
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'link') links.push(node.url);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return links.length > 0 ? links : undefined;
}

/**
 * How deeply a Markdown text may nest, measured in one pass without parsing it: blockquote and list markers opening a
 * line (on a line of markers alone too, unless it is a rule, "- - -"), the indentation of a line (two columns a list level),
 * open "[" in a paragraph, and a run of "*" or "_" beside text (each pair of them can open an emphasis).
 */
function markdownNesting(text: string): number {
  let deepest = 0;
  let brackets = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      brackets = 0;
      continue;
    }
    let at = 0;
    let columns = 0;
    let markers = 0;
    for (;;) {
      while (line[at] === ' ' || line[at] === '\t') {
        if (markers === 0) columns += line[at] === '\t' ? 4 : 1;
        at++;
      }
      const marker = /^(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/.exec(line.slice(at, at + 11));
      if (!marker) break;
      markers++;
      at += marker[0].length;
    }
    // A line of markers alone nests as deep as they are many ("> > >", "1. 1. 1."), unless it is a rule ("- - -").
    const content = at < line.length || !/^[-*\s]*$/.test(line);
    deepest = Math.max(deepest, Math.floor(columns / 2), content ? markers : 0);
    let run = 0;
    for (let i = at; i < line.length; i++) {
      const ch = line[i];
      if (ch === '[') deepest = Math.max(deepest, ++brackets);
      else if (ch === ']') brackets = Math.max(0, brackets - 1);
      run = ch === '*' || ch === '_' ? run + 1 : 0;
      const runEnds = run > 0 && line[i + 1] !== ch;
      if (runEnds && run < line.length - at) deepest = Math.max(deepest, Math.ceil(run / 2));
    }
  }
  return deepest;
}

/**
 * The most "*", "_", "[" and "]" in one paragraph (what the parser pairs up), counted in one pass: a paragraph ends at
 * a blank line and at a line that starts a block of its own (a list item, a heading, a table row).
 */
function mostMarks(text: string): number {
  let most = 0;
  let marks = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    // Quote markers do not end a paragraph: a quoted paragraph goes on over its "> " lines.
    if (/^[\s>]*(?:$|\||(?:[-*+]|#{1,6}|\d{1,9}[.)])(?:\s|$))/.test(line)) marks = 0;
    for (const ch of line) if (ch === '*' || ch === '_' || ch === '[' || ch === ']') marks++;
    most = Math.max(most, marks);
  }
  return most;
}

function markdownTable(node: MdTable): Table {
  return {
    kind: 'table',
    rows: node.children.map((row) => ({
      ...(row.position ? { line: row.position.start.line } : {}),
      cells: row.children.map((cell, i) => ({ paragraphs: [paragraph(textOf(cell), { links: linksOf(cell) })], gridCol: i, span: 1 })),
    })),
  };
}

const BULLET = /^(\s*)[*•·+-]\s+(?=\S)/;
const TABLE_ROW = /\S\s*\|\s*\S|^\s*\|.*\|\s*$/;
const SEPARATOR_CELL = /^:?-{3,}:?$/;

/**
 * A GFM separator row ("|---|:---:|", "--- | ---"): cells of three or more dashes, with alignment colons. Split on
 * the pipes rather than matched by one pattern: the spaces around the dashes made that pattern backtrack for minutes.
 */
function isSeparatorRow(line: string): boolean {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|')) row = row.slice(0, -1);
  return row.split('|').every((cell) => SEPARATOR_CELL.test(cell.trim()));
}

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
    .filter(({ row }) => !isSeparatorRow(row))
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
  return (headings >= 2 && links) || isSeparatorRow(text.split('\n').find((l) => l.includes('---')) ?? '');
}

function paragraph(text: string, extra: Partial<Omit<Paragraph, 'kind' | 'text' | 'links'>> & { line?: number | undefined; links?: string[] | undefined }): Paragraph {
  const out: Paragraph = { kind: 'paragraph', text: normaliseText(text) };
  if (extra.label !== undefined) out.label = extra.label;
  if (extra.listLevel !== undefined) out.listLevel = extra.listLevel;
  if (extra.list !== undefined) out.list = extra.list;
  if (extra.links !== undefined) out.links = extra.links;
  if (extra.style !== undefined) out.style = extra.style;
  if (extra.outlineLevel !== undefined) out.outlineLevel = extra.outlineLevel;
  if (extra.line !== undefined) out.line = extra.line;
  return out;
}
