// Recognises tables by their header words, not their position: agenda timing tables ("Timing | # | Agenda Item |
// Docs | Summary and Proposal", "AI# | Topic"), document lists ("# | Category | TD/C # | Source | Title", Tdoc
// lists), W3C and TC39 timebox tables ("timebox | topic | presenter"), interim e-meeting plans ("Date, Time | Objectives
// | Contribution Deadline"), lists of actions ("ACTION No. | ACTIONS"), day × slot time grids and tables of past and
// future meetings ("Dates | Location | Host"), and work plans ("Item | Author | Draft ETA | Reviewer ETA | Status").
// Also reads cells by grid column, so merged cells land under the right header.
// A header cell that is empty, or cut short so that it names nothing ("ion" over "02", "06.1", "07A"), is read by what
// its column holds: item numbers.
import type { Cell, Row, Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import type { TableKind } from '../model/meeting';
import { looseKey } from '../text/normalize';
import { weekdayIn } from '../time/dates';

export type Column =
  | 'timing'
  | 'timebox'
  | 'number'
  | 'title'
  | 'docs'
  | 'proposal'
  | 'category'
  | 'id'
  | 'source'
  | 'item'
  | 'date'
  | 'objectives'
  | 'deadline'
  | 'place'
  | 'action'
  | 'status';

export interface TableShape {
  kind: TableKind;
  /** Index of the header row. */
  headerRow: number;
  header: string[];
  /** Grid column of each column the extractor uses. */
  columns: Partial<Record<Column, number>>;
  /** Grid columns of a time grid's days, by weekday name. */
  days?: Map<number, string>;
  /** Grid columns of a work plan's dated stages ("Draft ETA", "Reviewer ETA"), in order. */
  stages?: number[];
  /** Grid columns whose header looks cut short ("ion" among "SUBJECT | ACTION No."): see cutShortHeaders. */
  cutShort?: number[];
}

const TITLE = /^(?:agenda items?|items?|topics?|subject|title|description)$/;
/** A status column, of a list of actions ("STATUS (at 24 Jun 2024)") and of a work plan ("Status", "Current status",
 *  "State", "Progress") alike. "Status date" is a date column: 'date' comes first among the header words. */
const STATUS = /^(?:(?:current |overall )?status|state|progress)\b/;

const HEADER_WORDS: [Column, RegExp][] = [
  ['action', /^actions? ?(?:no\.?|nr\.?|#|id|number)$/],
  ['timing', /^(?:timing|time|times|start|schedule|(?:day|date) ?(?:\/|&|and) ?time)$/],
  ['timebox', /^(?:time ?box|duration|minutes|mins?)$/],
  ['number', /^(?:#|no\.?|nr\.?|n°|ai ?#|item ?#|item no\.?|agenda item ?#)$/],
  ['title', TITLE],
  ['docs', /^(?:docs?|documents?|input documents?|contributions?|tds?|references?)$/],
  ['proposal', /summary|proposal|proposed action|expected (?:action|outcome)|^action|^notes?$|^remarks?$/],
  ['id', /^(?:td\/c ?#|td ?#|td\/c|tdoc ?#?|tdocs?|doc(?:ument)? ?(?:#|no\.?|number)|c ?#|document)$/],
  ['category', /^(?:category|type|doc(?:ument)? type)$/],
  ['source', /^(?:sources?|from|authors?|submitted by)$/],
  ['item', /^(?:ai|agenda item|a\.i\.)$/],
  ['deadline', /deadline/],
  ['date', /date/],
  ['objectives', /objective|subject|topic|purpose|contributions invited/],
  ['place', /^(?:location|venue|place|host|city)$/],
  ['status', STATUS],
];

/** A work plan's dated columns ("Draft ETA", "Review due", "Target date", "Start"), and what it plans when no column
 *  says "Item" or "Title" ("Deliverable", "Task"). */
const PLANNED = /\b(?:eta|due|dates?|deadline|target|planned|start|end|finish)\b/;
const PLANNED_THING = /^(?:deliverables?|tasks?|milestones?|work items?|documents?|activit(?:y|ies))$/;

const ITEM_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,4}\.?$/;
/** An agenda item as a list of actions writes it: a number ("06.1"), one with a letter added ("07A", "06.1H"), a paper ("INF 1"). */
const ITEM_REFERENCE = /^(?:[A-Z]{2,4} ?)?\d{1,2}(?:\.\d{1,2}){0,4}[A-Z]?$/;

/** The item number a cell shows: its text, or the list label Word draws before it ("1." before "Welcome"). */
export function numberIn(cell: Cell | undefined): string | undefined {
  const first = cell?.paragraphs.find((p) => p.text.trim() !== '' || p.label !== undefined);
  const shown = [first?.text.trim(), first?.label?.trim()].find((t) => t !== undefined && ITEM_NUMBER.test(t));
  return shown?.replace(/\.$/, '');
}

/** The agenda item a cell of a list of actions names: an item number, or one written with a letter or as a paper ("07A", "INF 1"). */
export function itemReferenceIn(cell: Cell | undefined): string | undefined {
  const number = numberIn(cell);
  if (number !== undefined) return number;
  const text = cell ? cellText(cell).replace(/\s+/g, ' ').trim() : '';
  return ITEM_REFERENCE.test(text) ? text : undefined;
}

/** The cell covering a grid column, with its index in the row. */
export function cellAt(row: Row | undefined, gridCol: number | undefined): { cell: Cell; index: number } | undefined {
  if (!row || gridCol === undefined) return undefined;
  for (let index = 0; index < row.cells.length; index++) {
    const cell = row.cells[index]!;
    if (gridCol >= cell.gridCol && gridCol < cell.gridCol + cell.span) return { cell, index };
  }
  return undefined;
}

/** A cover-page table of "Label: | value" rows (an ITU-T TD header): layout, not data. */
export function isLabelTable(table: Table): boolean {
  const labelled = table.rows.filter((row) => /:\s*$/.test(cellText(row.cells[0] ?? { paragraphs: [], gridCol: 0, span: 1 })));
  return labelled.length >= table.rows.length / 2;
}

/** Recognise a table; undefined when its header says nothing we know. */
export function recogniseTable(table: Table): TableShape | undefined {
  for (let headerRow = 0; headerRow < Math.min(3, table.rows.length); headerRow++) {
    const row = table.rows[headerRow]!;
    const filled = row.cells.filter((c) => cellText(c).trim() !== '');
    if (filled.length < 2) continue;
    const shape = shapeFromHeader(table, headerRow);
    if (shape) return shape;
  }
  return undefined;
}

function shapeFromHeader(table: Table, headerRow: number): TableShape | undefined {
  const row = table.rows[headerRow]!;
  const header = row.cells.map((c) => cellText(c).replace(/\s+/g, ' ').trim());
  const found: Partial<Record<Column, number>> = {};
  row.cells.forEach((cell, i) => {
    const key = looseKey(header[i]!).replace(/[:.]$/, '');
    if (key === '') return;
    for (const [column, pattern] of HEADER_WORDS) {
      if (pattern.test(key) && found[column] === undefined && !Object.values(found).includes(cell.gridCol)) {
        found[column] = cell.gridCol;
        break;
      }
    }
  });

  const cutShort = cutShortHeaders(row.cells, header, found);
  const unnamed = (cell: Cell, i: number) => header[i] === '' || cutShort.includes(cell.gridCol);
  const byContent = (test: (cell: Cell | undefined) => string | undefined) => columnByContent(table, headerRow, unnamed, test);
  const days = new Map<number, string>();
  row.cells.forEach((cell, i) => {
    const day = weekdayIn(header[i]!);
    if (day) days.set(cell.gridCol, day);
  });
  const shaped = shapeOf(table, headerRow, header, found, days, byContent);
  return shaped && cutShort.length > 0 ? { ...shaped, cutShort } : shaped;
}

function shapeOf(
  table: Table,
  headerRow: number,
  header: string[],
  found: Partial<Record<Column, number>>,
  days: Map<number, string>,
  byContent: (test: (cell: Cell | undefined) => string | undefined) => number | undefined,
): TableShape | undefined {
  const row = table.rows[headerRow]!;
  if (days.size >= 3) return { kind: 'time-grid', headerRow, header, columns: {}, days };

  if (found.date !== undefined && found.deadline !== undefined) {
    return { kind: 'interim-meetings', headerRow, header, columns: pick(found, ['date', 'objectives', 'deadline']) };
  }
  if (found.action !== undefined && found.proposal !== undefined) {
    // "ACTION No. | ACTIONS (in bold, action by)": a list of decisions and actions (IHO S-101PT13).
    const columns = pick(found, ['action', 'proposal', 'item', 'number', 'title', 'date', 'status']);
    columns.item ??= byContent(itemReferenceIn);
    return { kind: 'action-list', headerRow, header, columns };
  }
  if (found.id !== undefined && [found.category, found.source, found.title].some((c) => c !== undefined)) {
    const number = row.cells.find((c, i) => /^(?:#|no\.?|nr\.?|n°)$/.test(looseKey(header[i]!)))?.gridCol;
    const columns = pick(found, ['id', 'category', 'source', 'item']);
    if (number !== undefined) columns.number = number;
    const title = found.title ?? found.objectives;
    if (title !== undefined) columns.title = title;
    return { kind: 'document-list', headerRow, header, columns };
  }
  if (found.date !== undefined && found.place !== undefined && found.title === undefined) {
    return { kind: 'meetings', headerRow, header, columns: pick(found, ['date', 'place']) };
  }
  const plan = found.timing === undefined && found.timebox === undefined ? workPlanShape(row, header, found.status) : undefined;
  if (plan) return { kind: 'work-plan', headerRow, header, ...plan };
  if (found.title !== undefined) {
    const columns = pick(found, ['timing', 'timebox', 'number', 'title', 'docs', 'proposal']);
    columns.number ??= found.item ?? byContent(numberIn) ?? numberedTitleColumn(table, headerRow, found.title);
    if (columns.number !== undefined || columns.timing !== undefined || columns.timebox !== undefined) return { kind: 'agenda', headerRow, header, columns };
  }
  return undefined;
}

/** A work plan's columns: what it plans, its status (the column the header words read as one), and at least one dated stage. */
function workPlanShape(row: Row, header: string[], status: number | undefined): Pick<TableShape, 'columns' | 'stages'> | undefined {
  const keys = header.map((h) => looseKey(h).replace(/[:.]$/, ''));
  const at = (test: (key: string) => boolean) => {
    const i = keys.findIndex(test);
    return i < 0 ? undefined : row.cells[i]!.gridCol;
  };
  const title = at((k) => TITLE.test(k) || PLANNED_THING.test(k));
  const stages = row.cells.filter((c, i) => PLANNED.test(keys[i]!) && c.gridCol !== status && c.gridCol !== title).map((c) => c.gridCol);
  if (status === undefined || title === undefined || stages.length === 0) return undefined;
  return { columns: { title, status }, stages };
}

/**
 * Header cells that look cut short: one starting in lower case ("ion") among headers that start in capitals or
 * figures ("SUBJECT", "ACTION No."), and naming no column Docket knows. Typed over, or shortened when the column was
 * narrowed; the reader of the table cannot tell what the column holds.
 */
function cutShortHeaders(cells: readonly Cell[], header: readonly string[], found: Partial<Record<Column, number>>): number[] {
  const named = new Set(Object.values(found));
  const others = (i: number) => header.filter((h, j) => j !== i && h !== '');
  return cells
    .filter((cell, i) => /^\p{Ll}/u.test(header[i]!) && !named.has(cell.gridCol) && others(i).length > 0 && others(i).every((h) => /^[\p{Lu}\d#]/u.test(h)))
    .map((cell) => cell.gridCol);
}

/**
 * The column, among those whose header names nothing (empty or cut short), whose cells mostly name items ("1",
 * "2.1"; in a list of actions also "07A", "INF 1"). Rows spanning the whole table (section headings) are not counted.
 */
function columnByContent(table: Table, headerRow: number, unnamed: (cell: Cell, i: number) => boolean, test: (cell: Cell | undefined) => string | undefined): number | undefined {
  const header = table.rows[headerRow]!;
  const width = header.cells.reduce((sum, c) => sum + c.span, 0);
  const rows = table.rows.slice(headerRow + 1).filter((r) => !(r.cells.length === 1 && r.cells[0]!.span >= width));
  for (const [i, cell] of header.cells.entries()) {
    if (!unnamed(cell, i)) continue;
    const numbered = rows.filter((r) => test(cellAt(r, cell.gridCol)?.cell) !== undefined).length;
    if (rows.length > 0 && numbered / rows.length >= 0.6) return cell.gridCol;
  }
  return undefined;
}

/** The title column itself when Word numbers its items ("1. Welcome and introduction" drawn from a list). */
function numberedTitleColumn(table: Table, headerRow: number, title: number): number | undefined {
  const rows = table.rows.slice(headerRow + 1);
  const numbered = rows.filter((r) => {
    const first = cellAt(r, title)?.cell.paragraphs.find((p) => p.text.trim() !== '');
    return first?.label !== undefined && ITEM_NUMBER.test(first.label.trim());
  }).length;
  return rows.length > 0 && numbered / rows.length >= 0.6 ? title : undefined;
}

function pick(found: Partial<Record<Column, number>>, keys: Column[]): Partial<Record<Column, number>> {
  const out: Partial<Record<Column, number>> = {};
  for (const key of keys) if (found[key] !== undefined) out[key] = found[key];
  return out;
}
