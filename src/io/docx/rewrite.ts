// Writes a plan into a .docx package the way a careful person edits the document by hand: only the characters a
// change replaces (inside the runs that hold them, which keep their look), the rows it adds (each in the look of the
// row it follows) or drops, and a new table at the end of the body. Every other byte of document.xml and every other
// part of the package stay as they were. The package is read again by the reader that made the plan's Snapshot, so a
// location means the same text to both, wherever the table sits (content controls, custom XML, alternate content);
// the edits are spliced in one pass, so the time is linear in the size of the document.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { countWork, normaliseText, paragraphsAt, type Paragraph, type Plan, type Row, type Snapshot, type Table } from '../../core';
import { ReadError } from '../read-error';
import type { DocumentMap, ParagraphPlace } from './map';
import { readDocxForWriting } from './read';
import { W, blockXml, escapeXml } from './write';

/** Text put in place of the characters from `start` to `end` of document.xml. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

export interface Written {
  bytes: Uint8Array;
  /** Edits whose text was not where the plan said (the plan was made from another version of the document). */
  missing: number;
}

/** The package with the plan written into its main document part. */
export function writePlan(docx: Uint8Array, plan: Plan): Written {
  countWork('write');
  const { files, main, xml, snapshot, map } = readDocxForWriting(docx);
  const encoded = files[main]!;
  if (encoded[0] === 0xff || encoded[0] === 0xfe) throw new ReadError(`${main} is stored as UTF-16, which Docket does not write back: open the document in Word and save it again.`);
  const w = ownPrefix(xml);
  const splices: Splice[] = [];
  let missing = 0;

  for (const edit of plan.edits) {
    const paragraph = paragraphsAt(snapshot, edit.location).find((p) => p.text.includes(edit.find));
    const place = paragraph && map.paragraphs.get(paragraph);
    if (!paragraph || !place) {
      missing++;
      continue;
    }
    splices.push(...textSplices(xml, place, paragraph, edit.find, edit.replace, w));
  }
  for (const { table, row } of plan.dropped) {
    const place = map.rows.get(rowOf(snapshot, table, row));
    if (place) splices.push({ start: place.span.start, end: place.span.end, text: '' });
  }
  for (const { table, after, cells } of plan.added) {
    const model = rowOf(snapshot, table, after);
    const place = map.rows.get(model)!;
    splices.push({ start: place.span.end, end: place.span.end, text: w(rowXml(xml, map, model, cells)) });
  }
  if (plan.table) splices.push({ start: map.end, end: map.end, text: w(blockXml(plan.table, xml)) });

  const updated = splice(xml, splices);
  const out: Zippable = {};
  const bom = encoded[0] === 0xef && encoded[1] === 0xbb && encoded[2] === 0xbf ? new Uint8Array([0xef, 0xbb, 0xbf]) : undefined;
  for (const [name, bytes] of Object.entries(files)) out[name] = name === main ? withBom(bom, strToU8(updated)) : bytes;
  return { bytes: zipSync(out), missing };
}

function rowOf(snapshot: Snapshot, block: number, row: number): Row {
  const table = snapshot.blocks[block] as Table | undefined;
  const found = table?.kind === 'table' ? table.rows[row] : undefined;
  if (!found) throw new ReadError(`The document has no row ${row + 1} in block ${block + 1}: check it again before writing.`);
  return found;
}

/**
 * The splices that change a paragraph's text from what it is to what the edit makes it, touching only the
 * characters that differ: inside the run text that holds them (a break or tab in the way is removed), or in a new run
 * in the look of the paragraph's first run when the paragraph has no text to extend.
 */
function textSplices(xml: string, place: ParagraphPlace, paragraph: Paragraph, find: string, replace: string, w: (fragment: string) => string): Splice[] {
  const raw = place.pieces.map((p) => p.text).join('');
  // Where each character of the Snapshot's text (normalised) is in the raw text the pieces hold.
  const rawAt: number[] = [];
  for (let i = 0; i < raw.length; i++) if (normaliseText(raw[i]!) !== '') rawAt.push(i);
  rawAt.push(raw.length);
  const before = paragraph.text;
  const at = before.indexOf(find);
  const after = before.slice(0, at) + replace + before.slice(at + find.length);
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const inserted = after.slice(prefix, after.length - suffix);
  const from = rawAt[prefix]!;
  const to = before.length - suffix === prefix ? from : rawAt[before.length - suffix - 1]! + 1;

  // The run text that takes the new characters: the first that loses some, else the one before them (its look is
  // the look typing there would take), else the one after.
  let offset = 0;
  const spans = place.pieces.map((piece) => ({ piece, start: offset, end: (offset += piece.text.length) }));
  const editable = spans.filter((s) => s.piece.content !== undefined);
  const target =
    inserted === ''
      ? undefined
      : (editable.find((s) => s.start < to && s.end > from) ?? editable.findLast((s) => s.start < from && from <= s.end) ?? editable.find((s) => s.start >= from));

  const splices: Splice[] = [];
  for (const span of spans) {
    const { piece, start, end } = span;
    const overlaps = start < to && end > from;
    if (!overlaps && span !== target) continue;
    if (!piece.content) {
      splices.push({ start: piece.element.start, end: piece.element.end, text: '' });
      continue;
    }
    const at = Math.min(Math.max(from - start, 0), piece.text.length);
    const text = piece.text.slice(0, at) + (span === target ? inserted : '') + piece.text.slice(Math.min(piece.text.length, Math.max(to - start, at)));
    splices.push(...textElement(xml, piece.element.start, piece.content, text));
  }
  if (inserted !== '' && !target) {
    const look = place.runProperties ? xml.slice(place.runProperties.start, place.runProperties.end) : '';
    const run = w(`<w:r>${look}<w:t xml:space="preserve">${escapeXml(inserted)}</w:t></w:r>`);
    const tag = xml.slice(place.span.start, place.span.end);
    if (tag.endsWith('/>')) {
      // A paragraph written as one empty tag (<w:p/>) opens to take the run.
      const name = /^<([^\s/>]+)/.exec(tag)![1]!;
      splices.push({ start: place.span.start, end: place.span.end, text: `${tag.slice(0, -2).trimEnd()}>${run}</${name}>` });
    } else {
      const at = place.properties?.end ?? xml.indexOf('>', place.span.start) + 1;
      splices.push({ start: at, end: at, text: run });
    }
  }
  return splices;
}

/** New content for a w:t, keeping spaces at its ends visible (xml:space="preserve" added to its tag when needed). */
function textElement(xml: string, tagStart: number, content: { start: number; end: number }, text: string): Splice[] {
  const splices: Splice[] = [{ start: content.start, end: content.end, text: escapeXml(text) }];
  const tag = xml.slice(tagStart, content.start);
  if (/^\s|\s$/.test(text) && !tag.includes('xml:space')) splices.push({ start: content.start - 1, end: content.start - 1, text: ' xml:space="preserve"' });
  return splices;
}

/**
 * A new row in the look of `model`: its row properties, and per cell its properties (without a vertical merge, which
 * would join it to the cell above), its first paragraph's properties (a numbered cell keeps its numbering) and its
 * first run's look.
 */
function rowXml(xml: string, map: DocumentMap, model: Row, texts: readonly string[]): string {
  const slice = (span: { start: number; end: number } | undefined) => (span ? xml.slice(span.start, span.end) : '');
  const rowProperties = slice(map.rows.get(model)?.properties).replace(/<(?:\w+:)?tblHeader\b[^>]*>/g, '');
  const cells = model.cells.map((cell, i) => {
    const properties = slice(map.cells.get(cell)?.properties).replace(/<(?:\w+:)?vMerge\b[^>]*>/g, '');
    const first = cell.paragraphs[0] && map.paragraphs.get(cell.paragraphs[0]);
    const text = texts[i] ?? '';
    const run = text === '' ? '' : `<w:r>${slice(first?.runProperties)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
    return `<w:tc>${properties}<w:p>${slice(first?.properties)}${run}</w:p></w:tc>`;
  });
  return `<w:tr>${rowProperties}${cells.join('')}</w:tr>`;
}

/**
 * What Docket writes says "w:"; a document that binds WordprocessingML to another prefix gets its own prefix in the
 * tags written (text never holds a raw "<", so every "<…>" is a tag), and one that uses it as its default namespace
 * gets "w:" declared on what is written.
 */
function ownPrefix(xml: string): (fragment: string) => string {
  const root = /<(?:[\w.-]+:)?document\b[^>]*>/.exec(xml.slice(0, 65_536))?.[0] ?? '';
  const bound = /\sxmlns:([\w.-]+)="([^"]+)"/g;
  let prefix: string | undefined;
  for (const match of root.matchAll(bound)) if (WORDPROCESSING.includes(match[2]!)) prefix = match[1];
  if (prefix === 'w') return (fragment) => fragment;
  if (prefix !== undefined) return (fragment) => fragment.replace(/<[^<>]*>/g, (tag) => tag.replace(/(^<\/?|\s)w:/g, `$1${prefix}:`));
  return (fragment) => fragment.replace(/^<w:(\w+)/, `<w:$1 xmlns:w="${W}"`);
}

const WORDPROCESSING = [W, 'http://purl.oclc.org/ooxml/wordprocessingml/main'];

/** The text with each splice made, in one pass (splices sorted by position, none overlapping another). */
function splice(xml: string, splices: Splice[]): string {
  const sorted = splices.map((s, order) => ({ ...s, order })).sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const parts: string[] = [];
  let at = 0;
  for (const { start, end, text } of sorted) {
    if (start < at) throw new Error('Docket tried to change the same text twice.');
    parts.push(xml.slice(at, start), text);
    at = end;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}

function withBom(bom: Uint8Array | undefined, bytes: Uint8Array): Uint8Array {
  if (!bom) return bytes;
  const out = new Uint8Array(bom.length + bytes.length);
  out.set(bom);
  out.set(bytes, bom.length);
  return out;
}
