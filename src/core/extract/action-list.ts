// A list of actions arising from a meeting ("ACTION No. | ACTIONS (in bold, action by) | TARGET DATE/EVENT", IHO
// S-101PT13): one action per row that numbers one ("S-101PT13/04"), with its text and the agenda item of its row.
// Decisions (no number) and standing entries ("Permanent") are not actions with an id, and are left out.
import type { Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { squash } from '../text/normalize';
import { locateCell, type Extraction } from './context';
import { cellAt, numberIn, type TableShape } from './tables';

/** An action's number: some characters with a digit in them, "S-101PT13/04", "WP2-4". */
const ACTION_ID = /^[^\s\d]*\d\S*$/;

export function extractActionList(ctx: Extraction, block: number, table: Table, shape: TableShape): void {
  const { columns } = shape;
  for (let row = shape.headerRow + 1; row < table.rows.length; row++) {
    const cells = table.rows[row]!;
    const idCell = cellAt(cells, columns.action);
    const id = idCell ? squash(cellText(idCell.cell)) : '';
    if (!idCell || !ACTION_ID.test(id)) continue;
    const textCell = cellAt(cells, columns.proposal);
    const item = numberIn(cellAt(cells, columns.item ?? columns.number)?.cell);
    ctx.meeting.actions.push({
      id,
      text: textCell && textCell.cell !== idCell.cell ? squash(cellText(textCell.cell)) : '',
      ...(item !== undefined ? { item } : {}),
      citations: [],
      location: locateCell({ block, row, col: idCell.index }, idCell.cell),
    });
  }
}
