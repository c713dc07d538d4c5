// Locations for the command line. The short one: "table 3:r11c2" (1-based table, row and cell, as in the document;
// "table 3.1" is the first table nested in table 3) for Word files, "line 42" for text files, "paragraph 7" for
// paragraphs outside tables, and in a spreadsheet the cell as Excel names it ("'TD list'!C6"). The place: the
// location in the user's words beside the short one ("Annex A, row 10, Category  (table 3:r11c2)").
import { describeLocation, tableLabel, type Location, type Meeting, type Snapshot } from '../core';
import { sheetCellAddress } from '../io/xlsx/a1';

/** The short location; `sheets` when the snapshot is a spreadsheet's (each sheet its name, then its cells). */
export function where(location: Location, snapshot: Snapshot, sheets = false): string {
  const block = snapshot.blocks[location.block];
  if (!block) return `block ${location.block + 1}`;
  if (block.kind === 'paragraph') {
    if (block.line !== undefined) return `line ${block.line}`;
    const index = snapshot.blocks.slice(0, location.block + 1).filter((b) => b.kind === 'paragraph').length;
    return `paragraph ${index}`;
  }
  const line = location.row === undefined ? undefined : block.rows[location.row]?.line;
  if (line !== undefined) return `line ${line}`;
  const sheet = snapshot.blocks[location.block - 1];
  if (sheets && sheet?.kind === 'paragraph' && location.row !== undefined) {
    const col = location.col === undefined ? 0 : (block.rows[location.row]?.cells[location.col]?.gridCol ?? location.col);
    // A CSV file opens in Excel as one sheet named after the file.
    return sheetCellAddress(sheet.text.replace(/\.csv$/i, ''), location.row, col);
  }
  const table = tableLabel(snapshot, location.block);
  if (location.row === undefined) return `table ${table}`;
  const cell = location.col === undefined ? '' : `c${location.col + 1}`;
  const paragraph = location.paragraph ? `p${location.paragraph + 1}` : '';
  return `table ${table}:r${location.row + 1}${cell}${paragraph}`;
}

/** The location in the user's words, then the short one unless the words say it (a text file's line, "Paragraph 7"). */
export function placeOf(location: Location, snapshot: Snapshot, meeting: Meeting, sheets = false): string {
  const words = describeLocation(location, snapshot, meeting);
  const short = where(location, snapshot, sheets);
  return short.startsWith('line ') || words.toLowerCase() === short ? words : `${words}  (${short})`;
}
