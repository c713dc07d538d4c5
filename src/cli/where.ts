// Locations for the command line: "table 3:r11c2" (1-based table, row and cell, as in the document; "table 3.1" is the
// first table nested in table 3) for Word files, "line 42" for text files, "paragraph 7" for paragraphs outside tables.
import { tableLabel, type Location, type Snapshot } from '../core';

export function where(location: Location, snapshot: Snapshot): string {
  const block = snapshot.blocks[location.block];
  if (!block) return `block ${location.block + 1}`;
  if (block.kind === 'paragraph') {
    if (block.line !== undefined) return `line ${block.line}`;
    const index = snapshot.blocks.slice(0, location.block + 1).filter((b) => b.kind === 'paragraph').length;
    return `paragraph ${index}`;
  }
  const line = location.row === undefined ? undefined : block.rows[location.row]?.line;
  if (line !== undefined) return `line ${line}`;
  const table = tableLabel(snapshot, location.block);
  if (location.row === undefined) return `table ${table}`;
  const cell = location.col === undefined ? '' : `c${location.col + 1}`;
  const paragraph = location.paragraph ? `p${location.paragraph + 1}` : '';
  return `table ${table}:r${location.row + 1}${cell}${paragraph}`;
}
