// Time-allocation grids (3GPP): weekdays across the top, slots down the side ("08:00 / Q1 / 10:00"), and in each
// cell the entries of that day and slot ("09:00 – 10:30 ♠ Opening (1), Agenda (2)", "11:00: eV2XARC (7.1)").
// Each non-empty cell is a session with the slot's window (a band, not a limit); each entry that gives a time is a
// slot in it.
import type { Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { squash } from '../text/normalize';
import { findTimes } from '../time/clock';
import { dateOfWeekday } from './calendar';
import { locate, locateCell, type Extraction } from './context';
import type { TableShape } from './tables';

/** Marks a grid writer puts before an entry's time: "♠", bullets, "*". */
const LEADING_MARKS = /^[\s♠•*)(-]*/u;
/** Agenda item numbers in an entry: "(7.4)", "(7.10.2)", "(1)". */
const ITEM_REFERENCE = /\((\d{1,2}(?:\.\d{1,2}){0,3})\)/g;

export function extractTimeGrid(ctx: Extraction, block: number, table: Table, shape: TableShape): void {
  const days = shape.days!;
  const firstDay = Math.min(...days.keys());
  let window: { start: string; end: string; label: string } | undefined;

  for (let row = shape.headerRow + 1; row < table.rows.length; row++) {
    const cells = table.rows[row]!.cells;
    const slotCell = cells.find((c) => c.gridCol < firstDay);
    // A continued or empty slot cell keeps the slot above; "Lunch" (text without times) ends it.
    if (slotCell && slotCell.merge !== 'continue' && cellText(slotCell).trim() !== '') {
      const text = cellText(slotCell);
      const times = findTimes(text);
      const first = times[0];
      const last = times.at(-1);
      window =
        first && last && times.length >= 2
          ? { start: first.start, end: last.end ?? last.start, label: squash(text.replace(/\d{1,2}[:h]\d{2}/g, '')) }
          : first?.end
            ? { start: first.start, end: first.end, label: squash(text.replace(first.raw, '')) }
            : undefined;
    }
    if (!window) continue;

    cells.forEach((cell, col) => {
      const day = days.get(cell.gridCol);
      if (!day || cell.merge === 'continue' || cellText(cell).replace(/[\s*]/g, '') === '') return;
      const date = dateOfWeekday(ctx, day);
      const session = ctx.meeting.sessions.length;
      ctx.meeting.sessions.push({
        label: `${day} ${window!.label ? `${window!.label} ` : ''}${window!.start}-${window!.end}`,
        ...(date ? { date } : {}),
        start: window!.start,
        end: window!.end,
        band: true,
        location: locateCell({ block, row, col }, cell),
      });
      cell.paragraphs.forEach((paragraph, p) => {
        const lead = LEADING_MARKS.exec(paragraph.text)![0].length;
        const time = findTimes(paragraph.text).find((t) => t.index === lead);
        if (!time) return;
        ctx.meeting.slots.push({
          session,
          start: time.start,
          ...(time.end ? { end: time.end } : {}),
          items: [...paragraph.text.matchAll(ITEM_REFERENCE)].map((m) => m[1]!),
          location: locate({ block, row, col, paragraph: p }, time.raw),
        });
      });
    });
  }
}
