// Agenda tables in the layout of the TD template ("Timing | # | Agenda Item | Docs | Summary and Proposal") and the
// 3GPP one ("AI# | Topic | Specs | Rapporteur"): a session row ("Thursday, 1 August / 14:30 - 15:45 hours Geneva
// time") opens a session; a time in the Timing column is a slot; each numbered row is an agenda item. A timebox
// column ("| ✓ | 30m | topic | presenter |", TC39 and W3C) gives each item its minutes. An agenda continued over
// several tables is read as one: the session a row opens runs on into the next table.
import type { Cell } from '../model/snapshot';
import { cellText } from '../model/contents';
import { excerpt, squash } from '../text/normalize';
import { findTimes } from '../time/clock';
import { findDates } from '../time/dates';
import { zoneNamedIn } from '../time/zones';
import { locate, locateCell, rowKey, spotKey, type Extraction } from './context';
import { resolveDate } from './calendar';
import { writtenMinutes } from './minutes';
import type { TablePart } from './continued';
import { cellAt, numberIn, type TableShape } from './tables';

/** The agenda in `parts`: one table, or one continued over the tables after it (the header is in the first). */
export function extractAgendaTable(ctx: Extraction, parts: readonly TablePart[], shape: TableShape): void {
  const { columns } = shape;
  const list = ctx.newAgendaList();
  const { meeting } = ctx;
  let session: number | undefined;
  let lastItem: number | undefined;

  const rows = parts.flatMap(({ block, table }, part) => table.rows.map((cells, row) => ({ block, row, cells })).slice(part === 0 ? shape.headerRow + 1 : 0));
  for (const { block, row, cells } of rows) {
    const timing = cellAt(cells, columns.timing);
    const numberCell = cellAt(cells, columns.number);
    const titleCell = cellAt(cells, columns.title);
    const at = (index: number, text: string) => locate({ block, row, col: index, paragraph: 0 }, text);

    const timingText = timing && timing.cell.merge !== 'continue' ? cellText(timing.cell).trim() : '';
    const times = findTimes(timingText);
    const dates = findDates(timingText);
    if (timing && times[0]?.end !== undefined && (dates.length > 0 || /day\b/i.test(timingText))) {
      const zone = zoneNamedIn(timingText);
      if (zone) ctx.namedZones.push(zone);
      const title = titleCell && numberIn(numberCell?.cell) === undefined ? titleOf(titleCell.cell) : '';
      const date = dates[0] && resolveDate(ctx, dates[0]).date;
      session = meeting.sessions.length;
      meeting.sessions.push({
        label: title || squash(timingText),
        ...(date ? { date } : {}),
        start: times[0].start,
        end: times[0].end,
        ...(zone ? { timeZone: zone } : {}),
        location: locateCell({ block, row, col: timing.index }, timing.cell),
      });
      for (let p = 0; p < timing.cell.paragraphs.length; p++) {
        ctx.dateRoleOf.set(spotKey({ block, row, col: timing.index, paragraph: p }), 'meeting');
      }
      if (numberIn(numberCell?.cell) === undefined) continue;
    }

    const number = numberIn(numberCell?.cell);
    if (numberCell?.cell.merge === 'continue' && lastItem !== undefined) {
      ctx.itemOf.set(rowKey(block, row), lastItem);
      continue;
    }
    const title = titleCell ? titleOf(titleCell.cell) : '';
    if (number === undefined && title === '' && times.length === 0) continue;

    const start = times[0] && (times[0].index === 0 || number !== undefined) ? times[0] : undefined;
    if (timing && timingText !== '' && !start && session === undefined) {
      ctx.issue('parse/unreadable-time', 'unreadable', { time: excerpt(timingText, 40) }, locateCell({ block, row, col: timing.index }, timing.cell, 40));
    }

    const proposal = proposalOf(cells.cells, columns.proposal, columns.title);
    const timebox = cellAt(cells, columns.timebox);
    const minutes = timebox ? writtenMinutes(cellText(timebox.cell))?.minutes : undefined;
    const itemIndex = meeting.agenda.length;
    meeting.agenda.push({
      list,
      ...(number !== undefined ? { number } : {}),
      title,
      level: number === undefined ? 0 : number.split('.').length - 1,
      ...(start ? { start: start.start } : {}),
      ...(minutes !== undefined ? { minutes } : {}),
      ...(session !== undefined ? { session } : {}),
      citations: [],
      ...(proposal ? { proposal } : {}),
      location:
        number !== undefined && numberCell
          ? locateCell({ block, row, col: numberCell.index }, numberCell.cell)
          : locateCell({ block, row, col: titleCell?.index ?? 0 }, titleCell?.cell, 60),
    });
    ctx.itemOf.set(rowKey(block, row), itemIndex);
    lastItem = itemIndex;
    if (start && timing && session !== undefined) {
      meeting.slots.push({
        session,
        start: start.start,
        ...(start.end ? { end: start.end } : {}),
        items: number === undefined ? [] : [number],
        location: at(timing.index, start.raw),
      });
    }
  }
}

/**
 * The title of an agenda item: its first paragraph, joined with the next when the writer broke a line after a colon
 * ("Rapporteur, RG-SOP: / ToR of TSAG RG-SOP"). Further paragraphs are description.
 */
export function titleOf(cell: Cell): string {
  const paragraphs = cell.paragraphs.map((p) => squash(p.text)).filter((t) => t !== '');
  const [first = '', second] = paragraphs;
  if (second !== undefined && (first.endsWith(':') || second.startsWith(':'))) return squash(`${first} ${second}`).replace(/ :/, ':');
  return first;
}

/** The Summary and Proposal text (also when its cell spans Docs too); not the title spanning the whole row. */
function proposalOf(cells: Cell[], proposal: number | undefined, title: number | undefined): string | undefined {
  const found = cellAt({ cells }, proposal);
  if (!found || (title !== undefined && cellAt({ cells }, title)?.cell === found.cell)) return undefined;
  const text = cellText(found.cell).replace(/[ \t]+/g, ' ').replace(/\n{2,}/g, '\n').trim();
  return text === '' ? undefined : text;
}
