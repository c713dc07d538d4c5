// What the generators share about the document around them: the action register table a user keeps, and a new table
// added at the end of the document the way Word adds it (under its headings, in a block tagged docket:<kind>) — the
// preview shows that, and the tests compare every host with it.
import type { Block, Snapshot, Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { hasRegisterColumns, registerRowsFrom, type RegisterRow } from './register';
import { blockTag, tableFromSpec, type GeneratedBlock } from './table-spec';

/** The register the user keeps: the rows of the first table with the register's columns, if there is one. */
export function registerIn(tables: readonly Table[]): RegisterRow[] | undefined {
  for (const table of tables) {
    const [header, ...rows] = table.rows.map((r) => r.cells.map(cellText));
    if (header && hasRegisterColumns(header)) return registerRowsFrom(header, rows);
  }
  return undefined;
}

/** The document with a new table at its end, under its headings, tagged as Docket's; or in place of the table Docket wrote before. */
export function insertTable(snapshot: Snapshot, block: GeneratedBlock): Snapshot {
  const tag = blockTag(block);
  const fresh: Table = { ...tableFromSpec(block.spec), generated: tag };
  const before = snapshot.blocks.findIndex((b) => b.kind === 'table' && b.generated === tag);
  if (before >= 0) return { blocks: snapshot.blocks.map((b, i) => (i === before ? fresh : b)) };
  const headings = (block.headings ?? []).map((text): Block => ({ kind: 'paragraph', text }));
  return { blocks: [...snapshot.blocks, ...headings, fresh] };
}
