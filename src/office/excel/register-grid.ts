// The action register as the cells of an Excel table, merged by action id with what the sheet holds already: the
// agenda's columns are updated, new actions fill empty rows and then go at the end, and every cell the user keeps —
// Status, Due, Notes, columns of their own, a date typed as a date — is written back exactly as it was read.
import { KEPT_FIELDS, REGISTER_FIELDS, REGISTER_HEADER, registerColumns, type RegisterRow } from '../../core';
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

/** The agenda's text as a constant: never read by Excel as a formula. */
function constant(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

export function mergeIntoGrid(existing: readonly (readonly CellValue[])[] | undefined, fresh: readonly RegisterRow[]): MergedRegister {
  if (!existing || existing.length === 0) {
    return { header: [...REGISTER_HEADER], rows: fresh.map((row) => REGISTER_FIELDS.map((field) => constant(row[field]))), appended: fresh.length, added: fresh.length, updated: 0 };
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
  const at = (field: (typeof REGISTER_FIELDS)[number]) => columns[REGISTER_FIELDS.indexOf(field)]!;
  const byId = new Map(fresh.map((row) => [row.id, row]));
  let updated = 0;
  const rows = existing.slice(1).map((cells) => {
    const row = header.map((_, c) => cells[c] ?? '');
    const now = byId.get(String(row[at('id')]).trim());
    if (!now) return row;
    byId.delete(now.id);
    let changed = false;
    for (const field of REGISTER_FIELDS) {
      const c = at(field);
      const kept = KEPT_FIELDS.includes(field);
      if (kept && !(field === 'status' && row[c] === '')) continue;
      if (String(row[c]) === now[field]) continue;
      row[c] = constant(now[field]);
      changed = true;
    }
    if (changed) updated++;
    return row;
  });
  const added = [...byId.values()].map((row) => {
    const cells: CellValue[] = header.map(() => '');
    REGISTER_FIELDS.forEach((field) => (cells[at(field)] = constant(row[field])));
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
