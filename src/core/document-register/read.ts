// Reads a document register — ITU-T TD/contribution lists, 3GPP Tdoc lists and TdocsByAgenda, an Annex A — from any
// table of a Snapshot whose header names a document-number column. Columns are recognised by their header words in
// the variants real exports use; the revision is read from the number (TD624R3, TD 624 Rev.3) or its own column;
// revision chains from their own columns or from the comments ("Revised, merging S2-2408113, to S2-2408689").
// What cannot be mapped is said in the register's notes, never guessed. The one reader of document registers: the
// register rules and the Annex A generator both take their documents from here.
import type { DocumentRegister, RegisteredDocument } from '../model/document-register';
import type { Snapshot, Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { formatDocumentId, parseDocumentIdUnder, typeOfNumberColumn } from '../refs/document-id';
import { findReferences } from '../refs/find';
import { excerpt, looseKey, squash } from '../text/normalize';
import { KNOWN_STATUSES } from './status';

type Field = 'id' | 'revision' | 'status' | 'item' | 'revisionOf' | 'revisedTo' | 'comments' | 'category' | 'source' | 'title';

/** Header words of each field, matched against the whole header (case, spacing and a trailing colon ignored). */
const HEADER_WORDS: [Field, RegExp][] = [
  ['revisionOf', /^(?:is revision of|revision of|revises)$/],
  ['revisedTo', /^(?:revised to|revised in|revised by|replaced by)$/],
  ['revision', /^(?:rev\.?|revision|last rev\.?|last revision|latest rev\.?|latest revision)$/],
  ['id', /^(?:td ?#|td\/c ?#|td\/c|td|td no\.?|tdoc ?#?|tdocs?|document ?#?|doc(?:ument)? ?(?:#|no\.?|number)|no\.?|number|c ?#)$/],
  ['status', /^(?:status|tdoc status|document status|result|decision|outcome)$/],
  ['item', /^(?:ai ?#?|a\.i\.|agenda item ?#?|agenda item no\.?|allocated to|allocation)$/],
  ['category', /^(?:category|type|doc(?:ument)? type|tdoc type)$/],
  ['source', /^(?:sources?|from|submitted by|originator|authors?)$/],
  ['title', /^(?:title|subject|document title|tdoc title)$/],
  ['comments', /^(?:comments?|remarks?|secretary remarks|notes?)$/],
];

const FIELD_NAMES: Record<Field, string> = {
  id: 'number',
  revision: 'revision',
  status: 'status',
  item: 'agenda item',
  revisionOf: 'revision of',
  revisedTo: 'revised to',
  comments: 'revision chains in the comments',
  category: 'category',
  source: 'source',
  title: 'title',
};

/** Rows a header may sit below (a title row above the header in a spreadsheet). */
const HEADER_ROWS = 5;
const EMPTY = /^[-–—]*$/;
const ITEM = /^(?:ai\s*)?(\d{1,2}(?:\.\d{1,2}){0,4})\.?(?=$|[\s:–-])/i;
const REVISION = /^(?:rev\.?\s?|r)?(\d{1,2})$/i;

interface Header {
  row: number;
  columns: Partial<Record<Field, number>>;
  names: string[];
  /** "TD" or "C" when the number column's header says which, so a bare "624" is TD624. */
  prefix?: string;
}

/** What the reader could not map, gathered over the rows and said once. */
class Notes {
  readonly said: string[] = [];
  private readonly counted = new Map<string, { count: number; examples: string[] }>();
  count(kind: string, example: string): void {
    const entry = this.counted.get(kind) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < 3 && !entry.examples.includes(example)) entry.examples.push(example);
    this.counted.set(kind, entry);
  }
  all(templates: Record<string, (count: number, examples: string) => string>): string[] {
    const counted = [...this.counted].map(([kind, { count, examples }]) => templates[kind]!(count, examples.join(', ')));
    return [...this.said, ...counted];
  }
}

export function readDocumentRegister(snapshot: Snapshot, name: string): DocumentRegister {
  const notes = new Notes();
  const byId = new Map<string, RegisteredDocument & { revisionOf?: string }>();
  let tables = 0;
  snapshot.blocks.forEach((block, index) => {
    if (block.kind !== 'table') return;
    const header = headerOf(block);
    if (!header) return;
    tables++;
    describeColumns(notes, header, block, tables === 1 ? '' : ` (table ${index + 1})`);
    readRows(block, header, byId, notes);
  });
  if (tables === 0) {
    notes.said.push('No table has a document-number column (TD #, TD/C #, Tdoc, TDoc, Document, No. with document numbers): no documents were read.');
  }
  linkRevisions(byId, notes);
  const documents = [...byId.values()].map(({ revisionOf: _, ...document }) => document);
  const revised = documents.filter((d) => /^revised\b/i.test(d.status ?? '') && d.revisedTo === undefined).map((d) => d.id);
  if (revised.length > 0) notes.count('revised-without-target', revised[0]!);
  return {
    name,
    documents,
    notes: notes.all({
      'unreadable-number': (n, e) => `${n} ${n === 1 ? 'row has' : 'rows have'} a number that is not a document number (${e}): skipped.`,
      'unreadable-revision': (n, e) => `${n} revision ${n === 1 ? 'cell is' : 'cells are'} not a revision number (${e}): the number was read without it.`,
      'unreadable-item': (n, e) => `${n} agenda item ${n === 1 ? 'cell is' : 'cells are'} not an item number (${e}): not compared with the agenda.`,
      'unknown-status': (n, e) => `${n} ${n === 1 ? 'document has a status' : 'documents have statuses'} Docket does not know (${e}): treated as neither withdrawn nor revised.`,
      duplicate: (n, e) => `${n} ${n === 1 ? 'document appears' : 'documents appear'} more than once (${e}): the first row is kept.`,
      'revision-conflict': (n, e) => `${n} revision ${n === 1 ? 'link disagrees' : 'links disagree'} between two rows (${e}): the "Revised to" is kept.`,
      'revised-without-target': (n, e) => `${n} ${n === 1 ? 'document is' : 'documents are'} marked revised without naming the revision (${e}): ${n === 1 ? 'its' : 'their'} latest revision is not known.`,
    }),
  };
}

/** The first row (of the first few) naming a document-number column and another column the register has. */
function headerOf(table: Table): Header | undefined {
  for (let row = 0; row < Math.min(HEADER_ROWS, table.rows.length); row++) {
    const names = table.rows[row]!.cells.map((c) => squash(cellText(c)));
    const columns: Partial<Record<Field, number>> = {};
    const candidates: number[] = [];
    names.forEach((text, i) => {
      const key = looseKey(text).replace(/:$/, '');
      const field = HEADER_WORDS.find(([, pattern]) => pattern.test(key))?.[0];
      if (field === 'id') candidates.push(i);
      else if (field !== undefined && columns[field] === undefined) columns[field] = i;
    });
    if (candidates.length === 0 || Object.keys(columns).length === 0) continue;
    const id = numberColumn(table, row, candidates);
    if (id === undefined) continue;
    columns.id = id.index;
    return { row, columns, names, ...(id.prefix ? { prefix: id.prefix } : {}) };
  }
  return undefined;
}

/** Of the columns whose header may name the number, the one whose cells are mostly document numbers. */
function numberColumn(table: Table, headerRow: number, candidates: number[]): { index: number; prefix?: string } | undefined {
  for (const index of candidates) {
    const prefix = typeOfNumberColumn(cellText(table.rows[headerRow]!.cells[index]!));
    const cells = table.rows.slice(headerRow + 1).map((r) => squash(cellTextAt(r.cells, index))).filter((t) => !EMPTY.test(t));
    const numbers = cells.filter((t) => parseDocumentIdUnder(t, prefix) !== undefined).length;
    if (numbers > 0 && numbers * 2 >= cells.length) return { index, ...(prefix ? { prefix } : {}) };
  }
  return undefined;
}

function cellTextAt(cells: Table['rows'][number]['cells'], index: number | undefined): string {
  const cell = index === undefined ? undefined : cells[index];
  return cell ? cellText(cell) : '';
}

function describeColumns(notes: Notes, header: Header, table: Table, where: string): void {
  const used = (Object.entries(header.columns) as [Field, number][]).sort((a, b) => a[1] - b[1]);
  notes.said.push(`Columns read${where}: ${used.map(([field, i]) => `${header.names[i]} (${FIELD_NAMES[field]})`).join(', ')}.`);
  const unused = header.names.filter((name, i) => name !== '' && !used.some(([, at]) => at === i));
  if (unused.length > 0) notes.said.push(`Columns not used${where}: ${unused.join(', ')}.`);
  const missing = (['status', 'item', 'title'] as const).filter((f) => header.columns[f] === undefined);
  if (missing.length > 0 && table.rows.length > header.row + 1) {
    notes.said.push(`No ${missing.map((f) => FIELD_NAMES[f]).join(', no ')} column${where}: what depends on ${missing.length === 1 ? 'it' : 'them'} is not checked.`);
  }
}

function readRows(table: Table, header: Header, byId: Map<string, RegisteredDocument & { revisionOf?: string }>, notes: Notes): void {
  const { columns } = header;
  for (let row = header.row + 1; row < table.rows.length; row++) {
    const cells = table.rows[row]!.cells;
    const text = (field: Field) => squash(cellTextAt(cells, columns[field]));
    const number = text('id');
    if (EMPTY.test(number)) continue;
    const id = parseDocumentIdUnder(number, header.prefix);
    if (!id) {
      notes.count('unreadable-number', `row ${row + 1} "${excerpt(number, 30)}"`);
      continue;
    }
    const revision = text('revision');
    if (!EMPTY.test(revision)) {
      const given = REVISION.exec(revision);
      if (!given) notes.count('unreadable-revision', `row ${row + 1} "${excerpt(revision, 20)}"`);
      else if (id.revision === undefined && Number(given[1]) > 0) id.revision = Number(given[1]);
    }
    const document: RegisteredDocument & { revisionOf?: string } = { id: formatDocumentId(id) };
    if (byId.has(document.id)) {
      notes.count('duplicate', document.id);
      continue;
    }
    const status = text('status');
    if (!EMPTY.test(status)) {
      document.status = status;
      if (!KNOWN_STATUSES.test(status)) notes.count('unknown-status', `"${excerpt(status, 30)}"`);
    }
    const item = text('item');
    if (!EMPTY.test(item)) {
      const itemNumber = ITEM.exec(item)?.[1];
      if (itemNumber) document.item = itemNumber;
      else notes.count('unreadable-item', `"${excerpt(item, 30)}"`);
    }
    for (const field of ['category', 'source', 'title'] as const) {
      const value = text(field);
      if (!EMPTY.test(value)) document[field] = value;
    }
    const links = { ...linksIn(text('comments')), ...definedLinks(text('revisionOf'), text('revisedTo')) };
    Object.assign(document, links);
    byId.set(document.id, document);
  }
}

/** The dedicated chain columns: the first document each names. */
function definedLinks(revisionOf: string, revisedTo: string): { revisionOf?: string; revisedTo?: string } {
  const first = (text: string) => findReferences(text).citations[0]?.id;
  const of = first(revisionOf);
  const to = first(revisedTo);
  return { ...(of ? { revisionOf: formatDocumentId(of) } : {}), ...(to ? { revisedTo: formatDocumentId(to) } : {}) };
}

/**
 * Revision chains written in a comment, as 3GPP's TdocsByAgenda writes them: "Revised to S2-2408687.", "Revised in
 * parallel session, merging S2-2408518, S2-2407850, to S2-2408906.", "Revision of S2-2407552, merging S2-2408113",
 * "Merged into S2-2408689". A document is "revised to" when its sentence says revised and the words just before it
 * are "to" or "in"; "revision of" and "merged into" must stand just before it.
 */
export function linksIn(comment: string): { revisionOf?: string; revisedTo?: string; mergedInto?: string } {
  const links: { revisionOf?: string; revisedTo?: string; mergedInto?: string } = {};
  if (comment === '') return links;
  let previous = 0;
  for (const citation of findReferences(comment).citations) {
    const id = formatDocumentId(citation.id);
    const since = comment.slice(previous, citation.start);
    const sentence = comment.slice(comment.lastIndexOf('.', citation.start - 1) + 1, citation.start);
    previous = citation.end;
    if (/\brevision of\b[^,;]*$/i.test(since)) links.revisionOf ??= id;
    else if (/\bmerged into\s*$/i.test(since)) links.mergedInto ??= id;
    else if (/\b(?:to|in)\s*$/i.test(since) && /\brevised\b/i.test(sentence)) links.revisedTo ??= id;
  }
  return links;
}

/**
 * Completes the chains: a document that says it is a revision of another makes the other "revised to" it, when
 * the other does not say so itself; a disagreement between the two is noted.
 */
function linkRevisions(byId: Map<string, RegisteredDocument & { revisionOf?: string }>, notes: Notes): void {
  for (const document of byId.values()) {
    const earlier = document.revisionOf === undefined ? undefined : byId.get(document.revisionOf);
    if (!earlier) continue;
    if (earlier.revisedTo === undefined) earlier.revisedTo = document.id;
    else if (earlier.revisedTo !== document.id) notes.count('revision-conflict', `${earlier.id} → ${earlier.revisedTo}, ${document.id} revision of ${earlier.id}`);
  }
}
