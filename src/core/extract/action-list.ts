// A list of actions arising from a meeting ("ACTION No. | ACTIONS (in bold, action by) | TARGET DATE/EVENT | STATUS",
// IHO S-101PT13): one action per row that numbers one ("S-101PT13/04"), with its text, who is to do it, and the
// agenda item of its row ("06.1", "07B"; read from the column of items even when its header is cut short). Decisions
// (no number) and standing entries ("Permanent") are not actions with an id, and are left out; but every row counts
// for the list's agenda items, each once, which are checked for gaps as an agenda's are. A target date is the
// action's due date; a date in the status column ("email sent 22/06/24") is when something was done, written in
// figures too. A status word in the target column ("Decision") has slipped there.
import type { DateRole, RecognisedTable } from '../model/meeting';
import type { Cell, Row, Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { looseKey, squash } from '../text/normalize';
import { findNumericDates, isoDate } from '../time/dates';
import { locate, locateCell, spotKey, type Extraction } from './context';
import { ownerOf } from './owner';
import { cellAt, itemReferenceIn, numberIn, type TableShape } from './tables';

/** An action's number: some characters with a digit in them, "S-101PT13/04", "WP2-4". */
const ACTION_ID = /^[^\s\d]*\d\S*$/;

/** Reads the actions into the meeting; returns the list's agenda items, for the numbering rules. */
export function extractActionList(ctx: Extraction, block: number, table: Table, shape: TableShape): RecognisedTable['items'] {
  const { columns } = shape;
  const items: NonNullable<RecognisedTable['items']> = [];
  const seen = new Set<string>();
  for (let row = shape.headerRow + 1; row < table.rows.length; row++) {
    const cells = table.rows[row]!;
    const itemCell = cellAt(cells, columns.item ?? columns.number);
    const spansRow = cells.cells.length === 1;
    const item = spansRow ? undefined : itemReferenceIn(itemCell?.cell);
    const number = spansRow ? undefined : numberIn(itemCell?.cell);
    if (itemCell && number !== undefined && !seen.has(sameItem(number))) {
      seen.add(sameItem(number));
      const title = cellAt(cells, columns.title);
      items.push({ number, title: title ? squash(cellText(title.cell)) : '', location: locateCell({ block, row, col: itemCell.index }, itemCell.cell) });
    }
    if (!spansRow) for (const [column, role] of datedColumns(shape)) datesOf(ctx, block, row, table, column, role);

    const idCell = cellAt(cells, columns.action);
    const id = idCell ? squash(cellText(idCell.cell)) : '';
    if (!idCell || !ACTION_ID.test(id)) continue;
    const textCell = cellAt(cells, columns.proposal);
    const text = textCell && textCell.cell !== idCell.cell ? squash(cellText(textCell.cell)) : '';
    const owner = ownerOf(text);
    const due = dueIn(ctx, cellAt(cells, columns.date)?.cell);
    ctx.meeting.actions.push({
      id,
      agreed: true,
      text,
      ...(item !== undefined ? { item } : {}),
      ...(owner !== undefined ? { owner } : {}),
      ...(due !== undefined ? { due } : {}),
      citations: [],
      location: locateCell({ block, row, col: idCell.index }, idCell.cell),
    });
  }
  numericDates(ctx, block, table, shape);
  statusesInTarget(ctx, block, table, shape);
  return items;
}

/**
 * A target cell holding a word of the status column ("Decision" under TARGET DATE/EVENT, where the list writes
 * "Decision" under STATUS): slipped into the wrong column. A word is the status column's when two of its cells or
 * more say it; a target is a date or an event ("S-101PT14", "End of June 2024").
 */
function statusesInTarget(ctx: Extraction, block: number, table: Table, shape: TableShape): void {
  const { date, status } = shape.columns;
  if (date === undefined || status === undefined) return;
  const rows = table.rows.map((row, index) => ({ row, index })).slice(shape.headerRow + 1).filter(({ row }) => row.cells.length > 1);
  const textAt = (row: Row, column: number) => {
    const found = cellAt(row, column);
    return found ? looseKey(cellText(found.cell)) : '';
  };
  const statusWords = new Map<string, number>();
  for (const { row } of rows) statusWords.set(textAt(row, status), (statusWords.get(textAt(row, status)) ?? 0) + 1);
  for (const { row, index } of rows) {
    const target = textAt(row, date);
    if (target === '' || (statusWords.get(target) ?? 0) < 2) continue;
    const found = cellAt(row, date)!;
    const location = locateCell({ block, row: index, col: found.index }, found.cell);
    const item = itemReferenceIn(cellAt(row, shape.columns.item ?? shape.columns.number)?.cell);
    ctx.issue('action/status-in-target', item !== undefined ? 'inItem' : 'outsideItems', { value: location.text, ...(item !== undefined ? { item } : {}) }, location);
  }
}

/** The day a target cell names ("25 June 2024."), when it names one day; an event ("S-101PT14") or a month is no due date. */
function dueIn(ctx: Extraction, cell: Cell | undefined): string | undefined {
  const dates = cell ? ctx.datesIn(cellText(cell)) : [];
  return dates.length === 1 && !dates[0]!.end && dates[0]!.year !== undefined ? isoDate(dates[0]!) : undefined;
}

/** "2" and "02", "7.1" and "07.1" are one item, listed where its first row is: its rows need not follow each other. */
function sameItem(number: string): string {
  return number.split('.').map(Number).join('.');
}

/** The columns whose dates are what the column says they are, whatever their words: the target's due, the status's. */
function datedColumns(shape: TableShape): [column: number | undefined, role: DateRole][] {
  return [
    [shape.columns.date, 'due'],
    [shape.columns.status, 'status'],
  ];
}

/** The dates of a column are what the column says they are (`due`, `status`), whatever their words. */
function datesOf(ctx: Extraction, block: number, row: number, table: Table, column: number | undefined, role: DateRole): void {
  const found = cellAt(table.rows[row], column);
  found?.cell.paragraphs.forEach((_, paragraph) => ctx.dateRoleOf.set(spotKey({ block, row, col: found.index, paragraph }), role));
}

/**
 * Dates written in figures in the target and status columns ("22/06/24"), read when the table itself says which part
 * is the day: some first part above 12 ("22/06/24": day first) and no second part above 12, or the other way round.
 * When the table does not tell ("05/06/24" alone), nothing is read: a guess would check the wrong day.
 */
function numericDates(ctx: Extraction, block: number, table: Table, shape: TableShape): void {
  const found = [];
  for (let row = shape.headerRow + 1; row < table.rows.length; row++) {
    for (const [column, role] of datedColumns(shape)) {
      const at = cellAt(table.rows[row], column);
      if (!at || table.rows[row]!.cells.length === 1) continue;
      for (const [paragraph, p] of at.cell.paragraphs.entries()) {
        for (const date of findNumericDates(p.text)) found.push({ date, role, at: { block, row, col: at.index, paragraph } });
      }
    }
  }
  const dayFirst = found.some((f) => f.date.first > 12);
  const monthFirst = found.some((f) => f.date.second > 12);
  if (dayFirst === monthFirst) return;
  for (const { date, role, at } of found) {
    const [day, month] = dayFirst ? [date.first, date.second] : [date.second, date.first];
    const iso = month <= 12 ? isoDate({ year: date.year, month, day }) : undefined;
    ctx.meeting.dates.push({ raw: date.raw, ...(iso ? { date: iso } : {}), yearInferred: false, valid: iso !== undefined, role, location: locate(at, date.raw) });
  }
}
