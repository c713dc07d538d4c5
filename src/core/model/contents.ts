// Walking a Snapshot and building one: every paragraph with its place, the text of a cell or a table, a table from
// rows of cell texts. Kept apart from the schemas so a caller needing only these does not load zod.
import type { Block, Cell, Paragraph, Snapshot, Table } from './snapshot';

/** One paragraph somewhere in the document: a paragraph block, or a paragraph in a table cell. */
export interface PlacedParagraph {
  paragraph: Paragraph;
  at: { block: number; row?: number; col?: number; paragraph?: number };
}

/** Every paragraph of the document in reading order, with where it is. */
export function* paragraphsOf(snapshot: Snapshot): Generator<PlacedParagraph> {
  const { blocks } = snapshot;
  for (let block = 0; block < blocks.length; block++) {
    const b = blocks[block]!;
    if (b.kind === 'paragraph') {
      yield { paragraph: b, at: { block } };
      continue;
    }
    for (let row = 0; row < b.rows.length; row++) {
      const cells = b.rows[row]!.cells;
      for (let col = 0; col < cells.length; col++) {
        const paragraphs = cells[col]!.paragraphs;
        for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
          yield { paragraph: paragraphs[paragraph]!, at: { block, row, col, paragraph } };
        }
      }
    }
  }
}

/** The text of a cell, its paragraphs joined by newlines. */
export function cellText(cell: Cell): string {
  return cell.paragraphs.map((p) => p.text).join('\n');
}

/** The plain text of a table, row by row and cell by cell: what a user's edits to a generated table are told by. */
export function tableTextOf(table: Table): string {
  return table.rows.map((row) => row.cells.map(cellText).join('\t')).join('\n');
}

/** A table from rows of cells, each a text ("\n" between its paragraphs) covering `span` grid columns (1 if absent). */
export function tableOfCells(rows: readonly (readonly { text: string; span?: number }[])[]): Table {
  return {
    kind: 'table',
    rows: rows.map((cells) => {
      let gridCol = 0;
      return {
        cells: cells.map(({ text, span = 1 }) => {
          const cell = { paragraphs: text.split('\n').map((line) => ({ kind: 'paragraph' as const, text: line })), gridCol, span };
          gridCol += span;
          return cell;
        }),
      };
    }),
  };
}

/** A table from rows of cell texts (a spreadsheet, a CSV file): one paragraph per line of each cell. */
export function tableFromRows(rows: readonly (readonly string[])[]): Table {
  return tableOfCells(rows.map((cells) => cells.map((text) => ({ text }))));
}

/** Sheets of a workbook as a Snapshot: each sheet's name as a heading, then its cells as a table. */
export function snapshotOfSheets(sheets: readonly { name: string; rows: readonly (readonly string[])[] }[]): Snapshot {
  return { blocks: sheets.flatMap(({ name, rows }): Block[] => [{ kind: 'paragraph', text: name }, tableFromRows(rows)]) };
}
