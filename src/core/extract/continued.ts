// An agenda continued over several tables (ISO/TC 211 HMMG notices: the header row alone in one table, the day's
// first rows in a second, the rest in a third) is one agenda: its numbering and its session run on across them.
// Only tables that follow with nothing but empty paragraphs between, as wide as the first, without a header of their
// own and with rows that fit the agenda's columns are joined; a table that is something else stays apart.
import type { Block, Snapshot, Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { findTimes } from '../time/clock';
import { cellAt, numberIn, recogniseTable, type TableShape } from './tables';

/** One table of an agenda, where it is in the document. */
export interface TablePart {
  block: number;
  table: Table;
}

/**
 * The agenda that starts with the table at `block` (recognised on its own as `own`, if at all) and the tables
 * continuing it, when at least one does.
 */
export function continuedAgenda(snapshot: Snapshot, block: number, table: Table, own: TableShape | undefined): { parts: TablePart[]; shape: TableShape } | undefined {
  // A table of another kind is not an agenda's head; an unrecognised one is only when it is the header row alone.
  if (table.parent || (own ? own.kind !== 'agenda' : table.rows.length !== 1)) return undefined;
  const parts: TablePart[] = [{ block, table }];
  let shape: TableShape | undefined;
  for (let next = tableAfter(snapshot, parts.at(-1)!.block); next !== undefined; next = tableAfter(snapshot, next)) {
    const candidate = snapshot.blocks[next] as Table;
    if (candidate.parent || candidate.generated !== table.generated || width(candidate) !== width(table) || recogniseTable(candidate)) break;
    const rows = [...parts.map((p) => p.table), candidate].flatMap((t) => t.rows);
    const joined = recogniseTable({ kind: 'table', rows });
    if (joined?.kind !== 'agenda' || joined.headerRow >= table.rows.length || !fits(candidate, joined)) break;
    parts.push({ block: next, table: candidate });
    shape = joined;
  }
  return shape ? { parts, shape } : undefined;
}

/** The next block when it is a table with only empty paragraphs before it. */
function tableAfter(snapshot: Snapshot, block: number): number | undefined {
  for (let next = block + 1; next < snapshot.blocks.length; next++) {
    const b: Block = snapshot.blocks[next]!;
    if (b.kind === 'table') return next;
    if (b.text.trim() !== '' || b.label !== undefined) return undefined;
  }
  return undefined;
}

/** Grid columns a table covers. */
function width(table: Table): number {
  return table.rows.reduce((most, row) => Math.max(most, ...row.cells.map((c) => c.gridCol + c.span)), 0);
}

/** Some row of the table is an agenda row: an item number, or a time, where the agenda's columns have them. */
function fits(table: Table, shape: TableShape): boolean {
  return table.rows.some((row) => {
    const timing = cellAt(row, shape.columns.timing)?.cell;
    return numberIn(cellAt(row, shape.columns.number)?.cell) !== undefined || (timing !== undefined && findTimes(cellText(timing)).length > 0);
  });
}
