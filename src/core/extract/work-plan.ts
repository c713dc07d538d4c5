// A work plan, a schedule of deliverables ("Item | Author | Draft ETA | Reviewer | Reviewer ETA | Ready for Editor ETA
// | Status", the OData v3 editors' plan): one deliverable per row that names one, each dated column a stage with its
// planned date or what it says instead ("Done"), and the row's status. Its dates are planned dates: set by the team
// for itself, not deadlines set for others.
import type { Table } from '../model/snapshot';
import type { WorkStage, WorkState } from '../model/meeting';
import { cellText } from '../model/contents';
import { looseKey, squash } from '../text/normalize';
import { resolveDate } from './calendar';
import { locateCell, spotKey, type Extraction } from './context';
import { cellAt, type TableShape } from './tables';

/** Where a stage comes in a deliverable's life, by its header's words; the first that fits wins. */
const STEPS: [RegExp, number][] = [
  [/\b(?:start|begin|kick-?off)/, 0],
  [/\b(?:draft|writ|author)/, 1],
  [/\b(?:review|comment|ballot)/, 2],
  [/\b(?:edit|ready|final|approv|publi)/, 3],
  [/\b(?:end|finish|complet)/, 4],
];

/** What a status cell, or a stage's cell instead of a date, says: "Not Started", "In Progress", "Done". */
const STATES: [RegExp, WorkState][] = [
  [/^(?:not (?:yet )?started|not begun|to ?do|planned)$/, 'not-started'],
  [/^(?:in progress|ongoing|started|writing|drafting|reviewing|under review|in review|editing)$/, 'in-progress'],
  [/^(?:done|completed?|finished|closed|published|approved)$/, 'done'],
];

function stateOf(text: string): WorkState | undefined {
  const key = looseKey(text).replace(/[.!]$/, '');
  return STATES.find(([pattern]) => pattern.test(key))?.[1];
}

export function extractWorkPlan(ctx: Extraction, block: number, table: Table, shape: TableShape): void {
  const { columns } = shape;
  const headerCells = table.rows[shape.headerRow]!;
  const stageColumns = (shape.stages ?? []).map((gridCol) => {
    const name = squash(cellText(cellAt(headerCells, gridCol)!.cell));
    const step = STEPS.find(([pattern]) => pattern.test(looseKey(name)))?.[1];
    return { gridCol, name, step };
  });
  for (let row = shape.headerRow + 1; row < table.rows.length; row++) {
    const cells = table.rows[row]!;
    const titleCell = cellAt(cells, columns.title);
    const title = titleCell ? squash(cellText(titleCell.cell)) : '';
    if (!titleCell || title === '') continue;
    const stages: WorkStage[] = [];
    for (const { gridCol, name, step } of stageColumns) {
      const found = cellAt(cells, gridCol);
      const text = found ? squash(cellText(found.cell)) : '';
      if (!found || text === '') continue;
      found.cell.paragraphs.forEach((_, paragraph) => ctx.dateRoleOf.set(spotKey({ block, row, col: found.index, paragraph }), 'planned'));
      const written = ctx.datesIn(text)[0];
      const date = written && resolveDate(ctx, written).date;
      const state = stateOf(text);
      stages.push({
        name,
        ...(step !== undefined ? { step } : {}),
        ...(date ? { date } : {}),
        ...(state ? { state } : {}),
        location: locateCell({ block, row, col: found.index }, found.cell),
      });
    }
    const statusCell = cellAt(cells, columns.status);
    const statusText = statusCell ? squash(cellText(statusCell.cell)) : '';
    const status = stateOf(statusText);
    ctx.meeting.workPlan.push({
      title,
      stages,
      ...(statusText !== '' ? { statusText, statusLocation: locateCell({ block, row, col: statusCell!.index }, statusCell!.cell) } : {}),
      ...(status ? { status } : {}),
      location: locateCell({ block, row, col: titleCell.index }, titleCell.cell),
    });
  }
}
