// Annex A, the document list, kept up to date the way its editor would by hand: every document of the meeting the
// agenda cites gets listed (not a document of another year's meeting it refers to, "S2-150746" in a 2019 agenda; nor
// the agenda itself where its head gives its number, which is no citation) — a missing one gets a row in the list's
// own look, numbered on; a listed document cited in another revision has its number changed to the one cited,
// spelled as the agenda spells it — and nothing else moves: rows keep their spelling, numbering and order, and a
// listed document nobody cites stays (named to the user) unless they ask to drop it. A document register the user
// imports fills in and corrects categories, sources and titles. Where the agenda has no list yet, a new one is made in
// the order the user chooses. A document nobody described is left blank and named in the notes; a category outside
// the vocabulary is kept as written and noted, never silently changed.
import { categoryJudge } from '../list/categories';
import type { Edit } from '../model/finding';
import type { Citation, DocumentEntry, Meeting } from '../model/meeting';
import type { Snapshot, Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { documentKeyOf as keyOf, parseDocumentId } from '../refs/document-id';
import { cellAt, recogniseTable, type Column, type TableShape } from '../extract/tables';
import { squash } from '../text/normalize';
import { PROFILES } from '../profiles';
import { countWork } from '../work';
import { cellEdits } from './cells';
import { emptyPlan, type Plan } from './plan';
import type { GenerationNote, TableSpec } from './table-spec';

/** What is known about a document, from a register the user imports or from the existing list. */
export interface DocumentRecord {
  id: string;
  category?: string;
  source?: string;
  title?: string;
}

export type AnnexOrder = 'list' | 'category' | 'citation';

export interface AnnexRequest {
  categories: readonly string[];
  /** Records from an imported document register; they take precedence over the list. */
  register?: readonly DocumentRecord[];
  /** The order of a new list; in an existing one, 'category' puts an added row after the rows of its category. */
  order?: AnnexOrder;
  /** Drop the rows of listed documents that nobody cites. */
  dropUncited?: boolean;
}

export interface AnnexPlan extends Plan {
  /** Listed documents nobody cites: kept, unless the request drops them. */
  uncited: DocumentEntry[];
}

export const ANNEX_HEADER = ['#', 'Category', 'TD/C #', 'Source', 'Title'];
const DESCRIBED: readonly (keyof DocumentRecord & Column)[] = ['category', 'source', 'title'];

export function annexPlan(meeting: Meeting, snapshot: Snapshot, request: AnnexRequest): AnnexPlan {
  countWork('plan');
  const list = meeting.tables.find((t) => t.kind === 'document-list');
  const table = list && snapshot.blocks[list.location.block];
  const shape = table?.kind === 'table' ? recogniseTable(table) : undefined;
  if (!list || table?.kind !== 'table' || !shape) return newList(meeting, request);
  return updateList(meeting, list.location.block, table, shape, request);
}

/** The documents the agenda cites, each with its first citation, in order of first citation. */
function citedDocuments(meeting: Meeting): Map<string, Citation> {
  const cited = new Map<string, Citation>();
  const year = meeting.facts.start?.slice(0, 4);
  for (const citation of meeting.citations) {
    if (cited.has(citation.id) || (year !== undefined && isOfAnotherYear(citation.id, Number(year)))) continue;
    cited.set(citation.id, citation);
  }
  return cited;
}

/**
 * A document numbered in another year than the meeting's ("S2-150746", read as background in a 2019 agenda): a
 * reference to an earlier meeting's document, not one of this meeting's. Only numbers that carry their year (a 3GPP
 * Tdoc's first two digits) can say so.
 */
function isOfAnotherYear(id: string, year: number): boolean {
  for (const { documentNumbers } of PROFILES) {
    const prefix = documentNumbers?.prefix.exec(id)?.[0];
    const digits = prefix === undefined ? undefined : /^\d{2}/.exec(id.slice(prefix.length))?.[0];
    if (digits !== undefined) return 2000 + Number(digits) !== year;
  }
  return false;
}

function updateList(meeting: Meeting, block: number, table: Table, shape: TableShape, request: AnnexRequest): AnnexPlan {
  const plan: AnnexPlan = { ...emptyPlan('Annex A'), uncited: [] };
  const recordOf = registerLookup(request.register);
  const judge = categoryJudge(request.categories);
  const listed = meeting.documents.filter((d) => d.location.block === block);
  const cited = citedDocuments(meeting);
  const citedKeys = new Set([...cited.keys()].map(keyOf));
  const listedIds = new Set(listed.map((d) => d.id));

  // A listed document cited in another revision, and in that one only, is renumbered to the revision cited.
  const renamed = new Map<DocumentEntry, Citation>();
  for (const [id, citation] of cited) {
    if (listedIds.has(id)) continue;
    const stale = listed.find((d) => keyOf(d.id) === keyOf(id) && !cited.has(d.id) && !renamed.has(d));
    if (stale) renamed.set(stale, citation);
  }
  const missing = [...cited.entries()].filter(([id]) => !listedIds.has(id) && ![...renamed.values()].some((c) => c.id === id));

  for (const [entry, citation] of renamed) plan.edits.push(...cellEdits(table, { block, row: entry.location.row!, col: entry.location.col! }, citation.raw));
  plan.uncited = listed.filter((d) => !citedKeys.has(keyOf(d.id)));
  const dropped = new Set(request.dropUncited ? plan.uncited.map((d) => d.location.row!) : []);
  plan.dropped = [...dropped].map((row) => ({ table: block, row }));

  // What an imported register says differently about a document that stays.
  for (const entry of listed) {
    if (dropped.has(entry.location.row!)) continue;
    const record = recordOf(renamed.get(entry)?.id ?? entry.id);
    if (!record) continue;
    for (const column of DESCRIBED) {
      const value = record[column];
      const found = cellAt(table.rows[entry.location.row!], shape.columns[column]);
      if (value === undefined || value === '' || !found || squash(cellText(found.cell)) === value) continue;
      plan.edits.push(...cellEdits(table, { block, row: entry.location.row!, col: found.index }, value));
      if (column === 'category') noteCategory(plan.notes, judge, entry.id, value);
    }
  }

  const numbering = typedNumbers(table, shape, listed, dropped);
  plan.edits.push(...numbering.edits);
  // Added rows follow a row that stays: the last one, or with 'category' order the last of their category.
  const lastRow = lastFilledRow(table, shape.headerRow, dropped);
  let next = numbering.next;
  for (const [id, citation] of missing) {
    const record = recordOf(id);
    const sameCategory = request.order === 'category' && record?.category ? listed.filter((d) => d.category === record.category && !dropped.has(d.location.row!)).at(-1) : undefined;
    const after = sameCategory?.location.row ?? lastRow;
    const model = table.rows[after]!;
    const text: Partial<Record<Column, string>> = { id: citation.raw, category: record?.category ?? '', source: record?.source ?? '', title: record?.title ?? '' };
    if (next !== undefined) text.number = next.text;
    plan.added.push({ table: block, after, cells: model.cells.map((cell) => columnAt(shape, cell.gridCol, cell.span).map((c) => text[c] ?? '').find((t) => t !== '') ?? '') });
    if (next !== undefined) next = next.following();
    if (!record) {
      const [notIn, noDescriptionIn] = request.register ? ['the document list nor in the register', 'the document list or the register'] : ['the document list', 'the document list'];
      plan.notes.push({
        message: `${citation.raw} is cited but not in ${notIn}: added; complete its category, source and title.`,
        group: { many: `documents are cited but have no description in ${noDescriptionIn} (added: complete their category, source and title)`, about: citation.raw },
      });
    }
    else if (record.category) noteCategory(plan.notes, judge, id, record.category);
  }
  if (plan.uncited.length > 0) {
    const names = plan.uncited.map((d) => d.raw).join(', ');
    plan.notes.push({ message: request.dropUncited ? `Dropped because nobody cites them: ${names}.` : `In the list but cited nowhere, kept: ${names}.` });
  }
  return plan;
}

/** The columns of the list a cell covers. */
function columnAt(shape: TableShape, gridCol: number, span: number): Column[] {
  return (Object.entries(shape.columns) as [Column, number][]).filter(([, at]) => at >= gridCol && at < gridCol + span).map(([column]) => column);
}

/**
 * Row numbers the list types itself ("1.", "2."), as opposed to numbers Word's list numbering draws: renumbered
 * after dropped rows, and continued by added rows in the same form. Absent when the list's numbers are drawn by Word.
 */
function typedNumbers(table: Table, shape: TableShape, listed: readonly DocumentEntry[], dropped: ReadonlySet<number>): { edits: Edit[]; next?: NextNumber } {
  const column = shape.columns.number;
  if (column === undefined) return { edits: [] };
  const edits: Edit[] = [];
  let last: { number: number; text: string } | undefined;
  let gone = 0;
  for (const entry of listed) {
    const row = entry.location.row!;
    const found = cellAt(table.rows[row], column);
    const paragraph = found?.cell.paragraphs.find((p) => p.text.trim() !== '');
    const typed = paragraph && /\d+/.exec(paragraph.text);
    if (!found || !paragraph || !typed) continue;
    if (dropped.has(row)) {
      gone++;
      continue;
    }
    const number = Number(typed[0]) - gone;
    const text = paragraph.text.replace(typed[0], String(number));
    if (gone > 0) edits.push({ location: { block: entry.location.block, row, col: found.index, paragraph: found.cell.paragraphs.indexOf(paragraph), text: paragraph.text }, find: paragraph.text, replace: text });
    last = { number, text };
  }
  if (!last) return { edits };
  const after = (from: { number: number; text: string }): NextNumber => {
    const number = from.number + 1;
    const text = from.text.replace(/\d+/, String(number));
    return { text, following: () => after({ number, text }) };
  };
  return { edits, next: after(last) };
}

interface NextNumber {
  text: string;
  following(): NextNumber;
}

function lastFilledRow(table: Table, headerRow: number, dropped: ReadonlySet<number>): number {
  for (let row = table.rows.length - 1; row > headerRow; row--) if (!dropped.has(row) && table.rows[row]!.cells.some((c) => cellText(c).trim() !== '')) return row;
  return headerRow;
}

function noteCategory(notes: GenerationNote[], judge: ReturnType<typeof categoryJudge>, id: string, category: string): void {
  const verdict = judge(category);
  if (verdict.known) return;
  notes.push({ message: `${id}: the category "${category}" is not in the vocabulary${verdict.suggestion ? ` (did you mean "${verdict.suggestion}"?)` : ''}; it is kept as written.` });
}

/** Register records by document, a revision falling back on another revision's description. */
function registerLookup(register: readonly DocumentRecord[] | undefined): (id: string) => DocumentRecord | undefined {
  const exact = new Map<string, DocumentRecord>();
  const byKey = new Map<string, DocumentRecord>();
  for (const record of register ?? []) {
    exact.set(record.id, record);
    byKey.set(keyOf(record.id), record);
  }
  return (id) => exact.get(id) ?? byKey.get(keyOf(id));
}

/** A new list, where the agenda has none: every cited document, numbered, in the chosen order. */
function newList(meeting: Meeting, request: AnnexRequest): AnnexPlan {
  const plan: AnnexPlan = { ...emptyPlan('Annex A'), uncited: [] };
  const cited = [...citedDocuments(meeting).values()];
  if (cited.length === 0) return plan;
  const recordOf = registerLookup(request.register);
  const judge = categoryJudge(request.categories);
  const entries = cited.map((citation, order) => ({ citation, order, record: recordOf(citation.id) }));
  if (request.order === 'category') {
    entries.sort((a, b) => (a.record?.category ?? '\uffff').localeCompare(b.record?.category ?? '\uffff') || compareIds(a.citation.id, b.citation.id));
  }
  const rows = entries.map(({ citation, record }, i) => {
    if (!record) {
      plan.notes.push({
        message: `${citation.raw} is in neither the document list nor the register: complete its category, source and title.`,
        group: { many: 'documents have no description in the document list or the register (complete their category, source and title)', about: citation.raw },
      });
    }
    else if (record.category) noteCategory(plan.notes, judge, citation.id, record.category);
    return { cells: [String(i + 1), record?.category ?? '', citation.raw, record?.source ?? '', record?.title ?? ''].map((text) => ({ text })) };
  });
  const spec: TableSpec = { kind: 'annex', header: ANNEX_HEADER, rows, widths: [5, 14, 14, 22, 45], notes: [] };
  plan.table = { spec, headings: ['Annex A:', 'Documentation'] };
  return plan;
}

/** TD before C, then by number, then by revision. */
function compareIds(a: string, b: string): number {
  const [x, y] = [parseDocumentId(a), parseDocumentId(b)];
  if (!x || !y) return a.localeCompare(b);
  return x.type.localeCompare(y.type) || Number(x.number) - Number(y.number) || (x.revision ?? 0) - (y.revision ?? 0);
}
