// Interim e-meeting plans ("Date, Time (Geneva time) | Objectives | Contribution Deadline"): one meeting per row,
// with its time window, the zone the header names and the contribution deadline; the group is the heading above.
import type { Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { squash } from '../text/normalize';
import { findTimes } from '../time/clock';
import { findDates } from '../time/dates';
import { zoneNamedIn } from '../time/zones';
import { resolveDate } from './calendar';
import { locate, locateCell, spotKey, type Extraction } from './context';
import { cellAt, type TableShape } from './tables';

export function extractInterimMeetings(ctx: Extraction, block: number, table: Table, shape: TableShape, heading: string | undefined): void {
  const { columns } = shape;
  const zone = zoneNamedIn(shape.header.join(' '));
  if (zone) ctx.namedZones.push(zone);
  const group = heading === undefined ? undefined : /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/.exec(heading.trim())?.[0];

  for (let row = shape.headerRow + 1; row < table.rows.length; row++) {
    const cells = table.rows[row]!;
    const dateCell = cellAt(cells, columns.date);
    const deadlineCell = cellAt(cells, columns.deadline);
    const objectivesCell = cellAt(cells, columns.objectives);
    const whenText = dateCell ? cellText(dateCell.cell) : '';
    const deadlineText = deadlineCell ? cellText(deadlineCell.cell) : '';
    const objectives = objectivesCell ? squash(cellText(objectivesCell.cell)) : '';
    if (squash(whenText + deadlineText + objectives) === '') continue;

    const when = findDates(whenText)[0];
    const window = findTimes(whenText)[0];
    const due = findDates(deadlineText)[0];
    const date = when && resolveDate(ctx, when).date;
    const deadline = due && resolveDate(ctx, due).date;
    const at = (index: number, text: string) => locate({ block, row, col: index, paragraph: 0 }, text);
    for (const [found, role] of [[dateCell, 'meeting'], [deadlineCell, 'deadline']] as const) {
      found?.cell.paragraphs.forEach((_, p) => ctx.dateRoleOf.set(spotKey({ block, row, col: found.index, paragraph: p }), role));
    }
    ctx.meeting.interimMeetings.push({
      ...(group ? { group } : {}),
      ...(date ? { date } : {}),
      ...(window ? { start: window.start, ...(window.end ? { end: window.end } : {}) } : {}),
      ...(zone ? { timeZone: zone } : {}),
      objectives,
      ...(deadline ? { deadline } : {}),
      location: dateCell && whenText.trim() ? locateCell({ block, row, col: dateCell.index }, dateCell.cell) : locateCell({ block, row, col: objectivesCell?.index ?? 0 }, objectivesCell?.cell),
      ...(deadlineCell ? { deadlineLocation: due ? at(deadlineCell.index, due.raw) : locateCell({ block, row, col: deadlineCell.index }, deadlineCell.cell) } : {}),
    });
  }
}
