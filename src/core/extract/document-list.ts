// Document lists: Annex A of an ITU-T agenda ("# | Category | TD/C # | Source | Title") and 3GPP Tdoc lists
// ("AI | TD# | Type | Doc For | Subject | Source …"). One entry per row that names a document; rows with "-" are
// agenda-item headings of a Tdoc list and are skipped; a bare number under "TD #" is a TD; a number that cannot be
// read is reported, not guessed.
import type { Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { formatDocumentId, parseDocumentIdUnder, typeOfNumberColumn } from '../refs/document-id';
import { excerpt, squash } from '../text/normalize';
import { locate, type Extraction } from './context';
import { cellAt, numberIn, type TableShape } from './tables';

/** Unfinished numbers ("TDxxx", "S2-190xxxx") are the placeholder rule's business, not a reading failure. */
const PLACEHOLDER = /x{2,}|tbd|tba/i;

export function extractDocumentList(ctx: Extraction, block: number, table: Table, shape: TableShape): void {
  const { columns } = shape;
  ctx.listTables.add(block);
  // A bare "514" under "TD #" is TD514, as spreadsheet exports write it.
  const idHeader = cellAt(table.rows[shape.headerRow], columns.id);
  const type = typeOfNumberColumn(idHeader ? shape.header[idHeader.index]! : '');
  for (let row = shape.headerRow + 1; row < table.rows.length; row++) {
    const cells = table.rows[row]!;
    const idCell = cellAt(cells, columns.id);
    if (!idCell) continue;
    const raw = squash(cellText(idCell.cell));
    if (raw === '' || /^[-–—]+$/.test(raw)) continue;
    const at = (index: number, text: string) => locate({ block, row, col: index, paragraph: 0 }, text);
    const id = parseDocumentIdUnder(raw, type);
    if (!id) {
      if (!PLACEHOLDER.test(raw)) {
        ctx.issue('parse/unreadable-document-number', 'notANumber', { number: excerpt(raw, 40) }, at(idCell.index, raw));
      }
      continue;
    }
    const text = (column: number | undefined) => {
      const found = cellAt(cells, column);
      return found && found.cell !== idCell.cell ? squash(cellText(found.cell)) : '';
    };
    const number = numberIn(cellAt(cells, columns.number)?.cell);
    const category = cellAt(cells, columns.category);
    const categoryText = category ? squash(cellText(category.cell)) : '';
    const source = text(columns.source);
    const title = text(columns.title);
    const item = text(columns.item);
    ctx.meeting.documents.push({
      ...(number !== undefined ? { number } : {}),
      ...(categoryText && categoryText !== '-' ? { category: categoryText } : {}),
      id: formatDocumentId(id),
      raw,
      ...(source && source !== '-' ? { source } : {}),
      ...(title ? { title } : {}),
      ...(item && item !== '-' ? { item } : {}),
      location: at(idCell.index, raw),
      ...(category && categoryText ? { categoryLocation: at(category.index, categoryText) } : {}),
    });
  }
}
