// Where things are in the order Word counts them — the one numbering every edge uses: top-level tables numbered 1,
// 2, 3… ("Table 4" in the pane, "table 4" on the command line, body.tables in Word), a nested table by its place in
// its parent cell, and each paragraph's index in the body's paragraphs, which in Word hold the paragraphs of table
// cells too, a nested table's at its place inside its cell.
import type { Paragraph, Snapshot, Table } from './snapshot';

/** A top-level table by its index among them, or a table nested in a cell by its index among that cell's tables. */
export type TablePath = { index: number } | { parent: { table: TablePath; row: number; col: number }; index: number };

/** The number (1-based) of the top-level table a block is, or holds the block (for a nested table). */
export function tableNumber(snapshot: Snapshot, block: number): number {
  let top = block;
  for (let table = snapshot.blocks[top]; table?.kind === 'table' && table.parent; table = snapshot.blocks[top]) top = table.parent.block;
  let count = 0;
  for (let i = 0; i <= top; i++) {
    const b = snapshot.blocks[i];
    if (b?.kind === 'table' && !b.parent) count++;
  }
  return count;
}

/** How a table is named to people: "4" for the fourth top-level table, "4.1" for the first table nested in one of its cells. */
export function tableLabel(snapshot: Snapshot, block: number): string {
  const label = (path: TablePath): string => ('parent' in path ? `${label(path.parent.table)}.${path.index + 1}` : String(path.index + 1));
  return label(tablePath(snapshot, block));
}

/** How Word reaches a table block: its index among the body's tables, or among its parent cell's. */
export function tablePath(snapshot: Snapshot, block: number): TablePath {
  const table = snapshot.blocks[block];
  if (table?.kind !== 'table' || !table.parent) return { index: tableNumber(snapshot, block) - 1 };
  const { parent } = table;
  let index = 0;
  for (let i = 0; i < block; i++) {
    const b = snapshot.blocks[i];
    if (b?.kind === 'table' && b.parent?.block === parent.block && b.parent.row === parent.row && b.parent.col === parent.col) index++;
  }
  return { parent: { table: tablePath(snapshot, parent.block), row: parent.row, col: parent.col }, index };
}

const orders = new WeakMap<Snapshot, Map<Paragraph, number>>();

/** Each paragraph's index in Word's body.paragraphs (computed once per Snapshot). */
export function bodyParagraphIndex(snapshot: Snapshot, paragraph: Paragraph): number | undefined {
  let order = orders.get(snapshot);
  if (!order) {
    order = new Map();
    let next = 0;
    for (const p of wordParagraphs(snapshot)) order.set(p, next++);
    orders.set(snapshot, order);
  }
  return order.get(paragraph);
}

/** Every paragraph in Word's order: a table's cell by cell, a nested table's inside its cell. */
function* wordParagraphs(snapshot: Snapshot): Generator<Paragraph> {
  const nested = new Map<string, number[]>();
  snapshot.blocks.forEach((b, i) => {
    if (b.kind !== 'table' || !b.parent) return;
    const key = `${b.parent.block}:${b.parent.row}:${b.parent.col}`;
    nested.set(key, [...(nested.get(key) ?? []), i]);
  });
  function* table(block: number, t: Table): Generator<Paragraph> {
    for (const [r, row] of t.rows.entries()) {
      for (const [c, cell] of row.cells.entries()) {
        const inner = nested.get(`${block}:${r}:${c}`) ?? [];
        let k = 0;
        const innerAt = (i: number) => (snapshot.blocks[inner[i]!] as Table).parent?.paragraph ?? cell.paragraphs.length;
        for (const [p, paragraph] of cell.paragraphs.entries()) {
          for (; k < inner.length && innerAt(k) <= p; k++) yield* table(inner[k]!, snapshot.blocks[inner[k]!] as Table);
          yield paragraph;
        }
        for (; k < inner.length; k++) yield* table(inner[k]!, snapshot.blocks[inner[k]!] as Table);
      }
    }
  }
  for (const [i, block] of snapshot.blocks.entries()) {
    if (block.kind === 'paragraph') yield block;
    else if (!block.parent) yield* table(i, block);
  }
}
