// What a generator proposes to change, made of the edits a careful person would make by hand: text replaced inside
// the cells it owns, rows added to or dropped from an existing table, or a new table where the document has none of
// its kind. Every host writes the same plan (the .docx writer, Word, the preview); the user sees it cell by cell,
// before and after, and it is written only when they confirm. With nothing to change it is empty: nothing is written.
import { applyFix, paragraphsAt } from '../fix';
import type { Edit } from '../model/finding';
import type { Location } from '../model/location';
import type { Cell, Paragraph, Row, Snapshot, Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { countWork } from '../work';
import { insertTable } from './blocks';
import type { GeneratedBlock, GenerationNote } from './table-spec';

/** A row added to an existing table, after one of its rows and in that row's look (cell by cell). */
export interface AddedRow {
  /** The table (its Snapshot block) and the row the new one follows. */
  table: number;
  after: number;
  /** The text of each cell, in the order of the cells of the row it follows. */
  cells: string[];
}

export interface DroppedRow {
  table: number;
  row: number;
}

export interface Plan {
  /** What is written, in the user's words: "Annex A", "the agenda timing table". */
  what: string;
  /** Text replaced where it is: the first `find` in the paragraph at the location, as a fix does. */
  edits: Edit[];
  added: AddedRow[];
  dropped: DroppedRow[];
  /** A new table, where the document has none of its kind yet. */
  table?: GeneratedBlock;
  /** What the generator could not do or doubts. */
  notes: GenerationNote[];
}

export function emptyPlan(what: string): Plan {
  return { what, edits: [], added: [], dropped: [], notes: [] };
}

export function isEmptyPlan(plan: Plan): boolean {
  return plan.edits.length === 0 && plan.added.length === 0 && plan.dropped.length === 0 && plan.table === undefined;
}

/** One change, as the user is shown it: where, and the text before and after. */
export interface Change {
  kind: 'edit' | 'add' | 'drop' | 'table';
  location: Location;
  before: string;
  after: string;
}

/** The changes a plan makes to the document it was made from, in document order. */
export function changesOf(plan: Plan, snapshot: Snapshot): Change[] {
  countWork('changes');
  const changes: Change[] = [];
  for (const edit of plan.edits) {
    const paragraph = paragraphsAt(snapshot, edit.location).find((p) => p.text.includes(edit.find));
    const before = paragraph?.text ?? '';
    changes.push({ kind: 'edit', location: edit.location, before, after: before.replace(edit.find, edit.replace) });
  }
  for (const { table, row } of plan.dropped) {
    changes.push({ kind: 'drop', location: { block: table, row, text: rowText(tableAt(snapshot, table)?.rows[row]) }, before: rowText(tableAt(snapshot, table)?.rows[row]), after: '' });
  }
  for (const { table, after, cells } of plan.added) {
    changes.push({ kind: 'add', location: { block: table, row: after, text: '' }, before: '', after: cells.filter((c) => c !== '').join(' | ') });
  }
  // A row added after row n comes after n's own changes.
  const row = (c: Change) => (c.location.row ?? 0) + (c.kind === 'add' ? 0.5 : 0);
  changes.sort((a, b) => a.location.block - b.location.block || row(a) - row(b) || (a.location.col ?? 0) - (b.location.col ?? 0));
  if (plan.table) {
    const { spec } = plan.table;
    changes.push({ kind: 'table', location: { block: snapshot.blocks.length, text: '' }, before: '', after: `${spec.header.join(' | ')} (${spec.rows.length} rows)` });
  }
  return changes;
}

/** The document with the plan written in, as every host writes it (the preview shows this; tests compare hosts to it). */
export function applyPlan(snapshot: Snapshot, plan: Plan): Snapshot {
  countWork('write');
  let out = plan.edits.length > 0 ? applyFix(snapshot, { title: plan.what, edits: plan.edits }).snapshot : structuredClone(snapshot);
  const tables = new Set([...plan.added.map((a) => a.table), ...plan.dropped.map((d) => d.table)]);
  for (const block of tables) {
    const table = tableAt(out, block);
    if (!table) continue;
    const dropped = new Set(plan.dropped.filter((d) => d.table === block).map((d) => d.row));
    const rows: Row[] = [];
    table.rows.forEach((row, r) => {
      if (!dropped.has(r)) rows.push(row);
      for (const added of plan.added) if (added.table === block && added.after === r) rows.push(rowLike(row, added.cells, rows));
    });
    out = { blocks: out.blocks.map((b, i) => (i === block ? { ...table, rows } : b)) };
  }
  return plan.table ? insertTable(out, plan.table) : out;
}

/** A new row in the look of `model`: one paragraph per cell; a cell numbered by a list gets the next number. */
function rowLike(model: Row, texts: readonly string[], rows: readonly Row[]): Row {
  return {
    cells: model.cells.map((cell, i): Cell => {
      const text = texts[i] ?? '';
      const label = text === '' ? nextLabel(cell, rows) : undefined;
      const paragraph: Paragraph = { kind: 'paragraph', text, ...(label ? { label, listLevel: cell.paragraphs[0]?.listLevel ?? 0 } : {}) };
      // Not merged into the cell above, as a vertically merged model cell would be.
      return { gridCol: cell.gridCol, span: cell.span, paragraphs: [paragraph] };
    }),
  };
}

/** The list label that follows the highest one in the same grid column ("13." after "12."), for numbered cells. */
function nextLabel(cell: Cell, rows: readonly Row[]): string | undefined {
  const label = cell.paragraphs[0]?.label;
  if (label === undefined || cellText(cell) !== '') return undefined;
  let highest = 0;
  for (const row of rows) {
    const number = Number(/\d+/.exec(row.cells.find((c) => c.gridCol === cell.gridCol)?.paragraphs[0]?.label ?? '')?.[0]);
    if (number > highest) highest = number;
  }
  return label.replace(/\d+/, String(highest + 1));
}

function tableAt(snapshot: Snapshot, block: number): Table | undefined {
  const found = snapshot.blocks[block];
  return found?.kind === 'table' ? found : undefined;
}

function rowText(row: Row | undefined): string {
  return (row?.cells ?? []).map(cellText).filter((t) => t.trim() !== '').join(' | ');
}
