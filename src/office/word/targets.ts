// Where a Snapshot location is in Word's object model. Word counts every paragraph of the body, those in table
// cells included, in document order (body.paragraphs), and top-level tables in order (body.tables); a nested table
// is reached through its parent cell.
import type { Location, Snapshot } from '../../core';

export type Target =
  | { kind: 'paragraph'; index: number }
  | { kind: 'cell'; table: TablePath; row: number; col: number; paragraph?: number };

/** A top-level table by index, or a table nested in a cell, by its index among that cell's tables. */
export type TablePath = { index: number } | { parent: { table: TablePath; row: number; col: number }; index: number };

export function targetOf(snapshot: Snapshot, location: Location): Target | undefined {
  const block = snapshot.blocks[location.block];
  if (!block) return undefined;
  if (block.kind === 'paragraph') return { kind: 'paragraph', index: paragraphsBefore(snapshot, location.block) };
  if (location.row === undefined) return { kind: 'cell', table: tablePath(snapshot, location.block), row: 0, col: 0 };
  return {
    kind: 'cell',
    table: tablePath(snapshot, location.block),
    row: location.row,
    col: location.col ?? 0,
    ...(location.paragraph !== undefined ? { paragraph: location.paragraph } : {}),
  };
}

/** How many of Word's body paragraphs come before a block. */
function paragraphsBefore(snapshot: Snapshot, blockIndex: number): number {
  let count = 0;
  for (const block of snapshot.blocks.slice(0, blockIndex)) {
    count += block.kind === 'paragraph' ? 1 : block.rows.reduce((n, row) => n + row.cells.reduce((m, cell) => m + cell.paragraphs.length, 0), 0);
  }
  return count;
}

function tablePath(snapshot: Snapshot, blockIndex: number): TablePath {
  const table = snapshot.blocks[blockIndex];
  if (table?.kind !== 'table' || !table.parent) {
    const index = snapshot.blocks.slice(0, blockIndex).filter((b) => b.kind === 'table' && !b.parent).length;
    return { index };
  }
  const { parent } = table;
  const siblings = snapshot.blocks
    .slice(0, blockIndex)
    .filter((b) => b.kind === 'table' && b.parent?.block === parent.block && b.parent.row === parent.row && b.parent.col === parent.col).length;
  return { parent: { table: tablePath(snapshot, parent.block), row: parent.row, col: parent.col }, index: siblings };
}
