// The action register as the cells of an Excel table, merged by action id with what the sheet holds already: the
// agenda's columns are updated, new actions fill empty rows and then go at the end, and every cell the user keeps —
// Status, Due, Notes, columns of their own — is written back exactly as it was read; a Due typed as text that is a
// date ("2025-03-01") comes back as the date it means, so the overdue rule can compare it with today.
import { REGISTER_COLUMNS, REGISTER_HEADER, dueDateOf, matchRegister, registerColumns, takesAgendaValue, type RegisterRow } from '../../core';
import { serialOf } from '../../io/xlsx/serial';
import { HostError } from '../host';

/** A cell as Excel's `formulas` gives it: a constant (text, number, true/false) or a formula ("=…"). */
export type CellValue = string | number | boolean;

export interface MergedRegister {
  header: CellValue[];
  /** The body, existing rows first, in their order. */
  rows: CellValue[][];
  /** How many of `rows` are new at the end (beyond the body there was). */
  appended: number;
  added: number;
  updated: number;
}

/** A register value as its cell: a date as Excel's serial number, text as it is (its cell is formatted as text). */
function cellOf(column: (typeof REGISTER_COLUMNS)[number], value: string): CellValue {
  return column.type === 'date' && value !== '' ? serialOf(value) : value;
}

/**
 * Whether a column of the register holds the agenda's text: formatted as text and written as values, so Excel keeps
 * "=…", "4.10" or "TRUE" as the text they are. The other columns are written as formulas, so the user's stay formulas.
 */
export function holdsAgendaText(header: readonly CellValue[], col: number): boolean {
  const column = REGISTER_COLUMNS[registerColumns(header.map(String)).indexOf(col)];
  return column !== undefined && column.type === 'text' && !column.kept;
}

/** A Due cell as the date it means: a date stays, text that is one date becomes it, anything else stays as typed. */
function asDate(cell: CellValue): CellValue {
  const date = typeof cell === 'string' && !cell.startsWith('=') ? dueDateOf(cell) : undefined;
  return date ? serialOf(date) : cell;
}

export function mergeIntoGrid(existing: readonly (readonly CellValue[])[] | undefined, fresh: readonly RegisterRow[]): MergedRegister {
  if (!existing || existing.length === 0) {
    return { header: [...REGISTER_HEADER], rows: fresh.map((row) => REGISTER_COLUMNS.map((column) => cellOf(column, row[column.field]))), appended: fresh.length, added: fresh.length, updated: 0 };
  }
  const header = [...existing[0]!];
  const columns = registerColumns(header.map(String));
  const missing = REGISTER_HEADER.filter((_, i) => columns[i]! < 0);
  if (missing.length > 0) {
    throw new HostError(
      `The action register table has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length > 1 ? 's' : ''}.`,
      'Put the column back (or rename the table to keep it as it is), then import again.',
    );
  }
  const at = (i: number) => columns[i]!;
  const body = existing.slice(1).map((cells) => header.map((_, c) => cells[c] ?? ''));
  const { matches, added: news } = matchRegister(body.map((row) => String(row[at(0)])), fresh);
  let updated = 0;
  const rows = body.map((row, r) => {
    REGISTER_COLUMNS.forEach((column, i) => {
      if (column.type === 'date') row[at(i)] = asDate(row[at(i)]!);
    });
    const now = matches[r];
    if (!now) return row;
    let changed = false;
    REGISTER_COLUMNS.forEach((column, i) => {
      const c = at(i);
      if (!takesAgendaValue(column.field, String(row[c])) || String(row[c]) === now[column.field]) return;
      row[c] = cellOf(column, now[column.field]);
      changed = true;
    });
    if (changed) updated++;
    return row;
  });
  const added = news.map((row) => {
    const cells: CellValue[] = header.map(() => '');
    REGISTER_COLUMNS.forEach((column, i) => (cells[at(i)] = cellOf(column, row[column.field])));
    return cells;
  });
  // New actions take the empty rows first (a new Excel table has one), then go at the end.
  let next = 0;
  for (let r = 0; r < rows.length && next < added.length; r++) {
    if (rows[r]!.every((cell) => cell === '')) rows[r] = added[next++]!;
  }
  const appended = added.length - next;
  return { header, rows: [...rows, ...added.slice(next)], appended, added: added.length, updated };
}
