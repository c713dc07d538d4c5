// Snapshot → Meeting. Facts first (their dates give years to dates written without one), then each table by what its
// header says it is (an agenda continued over several tables as one), then paragraph agendas, then one pass over
// all the text for citations, actions and dates.
// What cannot be understood becomes a parse finding with its location; nothing is guessed silently.
import type { Meeting, RecognisedTable } from '../model/meeting';
import type { Snapshot, Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { excerpt, squash } from '../text/normalize';
import { zoneOfPlace } from '../time/zones';
import { usualZoneOf } from '../profiles';
import { extractActionList } from './action-list';
import { extractAgendaTable } from './agenda-table';
import { continuedAgenda } from './continued';
import { Extraction, locateCell, spotKey, type ExtractOptions, type ParseIssue } from './context';
import { extractDocumentList } from './document-list';
import { extractFacts } from './facts';
import { extractInterimMeetings } from './interim-meetings';
import { scanText } from './scan';
import { extractZonedTimes } from './zoned-times';
import { cellAt, isLabelTable, itemReferenceIn, recogniseTable, type TableShape } from './tables';
import { registerHeaderRow } from '../generate/register';
import { extractTextAgenda } from './text-agenda';
import { extractTimeGrid } from './time-grid';
import { extractWorkPlan } from './work-plan';
import { countWork } from '../work';

export type { ExtractOptions, ParseIssue } from './context';

export interface Extracted {
  meeting: Meeting;
  /** What could not be understood, for the parse rules (`parse/...`) to report. */
  issues: ParseIssue[];
}

export function extract(snapshot: Snapshot, options: ExtractOptions = {}): Extracted {
  countWork('extract');
  const ctx = new Extraction(snapshot, options);
  extractFacts(ctx);
  for (let index = 0; index < snapshot.blocks.length; index++) {
    const block = snapshot.blocks[index]!;
    if (block.kind === 'table') index = extractTable(ctx, index, block);
  }
  extractTextAgenda(ctx);
  sessionFromHead(ctx);
  datesFromSessions(ctx);
  scanText(ctx);
  extractZonedTimes(ctx);
  finishFacts(ctx);
  return { meeting: ctx.meeting, issues: ctx.issues };
}

/** Reads the table at `block` (and the tables continuing it); returns the last block read. */
function extractTable(ctx: Extraction, block: number, table: Table): number {
  const register = registerHeaderRow(table.rows.slice(0, 3).map((row) => row.cells.map(cellText)));
  if (register !== undefined) {
    // Docket's own output: its actions, citations and dates are the agenda's, checked there.
    ctx.listTables.add(block);
    const { nearest } = headingsBefore(ctx, block);
    ctx.issue('parse/action-register', nearest ? 'titled' : 'untitled', nearest ? { title: nearest } : {}, firstCellOf(block, table, register));
    return block;
  }
  const own = recogniseTable(table);
  const continued = continuedAgenda(ctx.snapshot, block, table, own);
  const parts = continued?.parts ?? [{ block, table }];
  const shape = continued?.shape ?? own;
  if (!shape) {
    const columns = table.rows.reduce((most, r) => Math.max(most, r.cells.length), 0);
    if (table.rows.length >= 3 && columns >= 3 && !table.parent && !isLabelTable(table)) {
      const header = table.rows[0]!.cells.map((c) => squash(cellText(c))).join(' | ');
      ctx.issue('parse/unrecognised-table', 'unrecognised', { columns, header: excerpt(header, 60) }, firstCellOf(block, table, 0));
    }
    return block;
  }
  const { annex, nearest } = headingsBefore(ctx, block);
  const heading = shape.kind === 'document-list' ? (annex ?? nearest) : nearest;
  const dataRows = parts.flatMap((p, i) => p.table.rows.slice(i === 0 ? shape.headerRow + 1 : 0)).filter((row) => row.cells.some((c) => cellText(c).trim() !== ''));
  const recognised: RecognisedTable = {
    kind: shape.kind,
    ...(heading ? { title: heading } : {}),
    header: shape.header,
    rows: dataRows.length,
    location: firstCellOf(block, table, shape.headerRow),
  };
  ctx.meeting.tables.push(recognised);
  for (const col of shape.cutShort ?? []) cutShortHeader(ctx, block, table, shape, col);
  switch (shape.kind) {
    case 'agenda':
      extractAgendaTable(ctx, parts, shape);
      break;
    case 'document-list':
      extractDocumentList(ctx, block, table, shape);
      break;
    case 'interim-meetings':
      extractInterimMeetings(ctx, block, table, shape, nearest);
      break;
    case 'time-grid':
      extractTimeGrid(ctx, block, table, shape);
      break;
    case 'meetings':
      otherMeetings(ctx, block, table, shape);
      break;
    case 'action-list':
      recognised.items = extractActionList(ctx, block, table, shape);
      break;
    case 'work-plan':
      extractWorkPlan(ctx, block, table, shape);
      break;
  }
  return parts.at(-1)!.block;
}

/**
 * A table of past and future meetings: its dates are checked with the rest of the text (weekdays, dates that do not
 * exist), as mentions, never as this meeting's days, even beside a time.
 */
function otherMeetings(ctx: Extraction, block: number, table: Table, shape: TableShape): void {
  for (let row = shape.headerRow + 1; row < table.rows.length; row++) {
    const found = cellAt(table.rows[row], shape.columns.date);
    found?.cell.paragraphs.forEach((_, paragraph) => ctx.dateRoleOf.set(spotKey({ block, row, col: found.index, paragraph }), 'mention'));
  }
}

/**
 * A header cell that looks cut short ("ion"): said, with what Docket read the column as when it read it by its cells
 * (the items of "02", "06.1"), so the reader knows what Docket made of it.
 */
function cutShortHeader(ctx: Extraction, block: number, table: Table, shape: TableShape, gridCol: number): void {
  const header = cellAt(table.rows[shape.headerRow], gridCol)!;
  const location = locateCell({ block, row: shape.headerRow, col: header.index }, header.cell);
  const readAsItems = gridCol === (shape.kind === 'action-list' ? shape.columns.item : shape.columns.number);
  const examples = readAsItems
    ? [...new Set(table.rows.slice(shape.headerRow + 1).map((row) => (row.cells.length > 1 ? itemReferenceIn(cellAt(row, gridCol)?.cell) : undefined)).filter((n) => n !== undefined))]
    : [];
  if (examples.length > 0) ctx.issue('table/cut-short-header', 'readAsItems', { header: location.text, examples: examples.slice(0, 3).map((n) => `"${n}"`).join(', ') }, location);
  else ctx.issue('table/cut-short-header', 'unread', { header: location.text }, location);
}

/** The first cell of a row that has text, quoted. */
function firstCellOf(block: number, table: Table, row: number) {
  const cells = table.rows[row]?.cells ?? [];
  const col = Math.max(0, cells.findIndex((c) => cellText(c).trim() !== ''));
  return locateCell({ block, row, col }, cells[col]);
}

/** The paragraphs a table sits under: the nearest one, and an annex heading ("Annex A" for "Annex A: / Documentation"). */
function headingsBefore(ctx: Extraction, block: number): { annex?: string; nearest?: string } {
  const above: string[] = [];
  for (let i = block - 1; i >= 0 && above.length < 3; i--) {
    const b = ctx.block(i);
    if (b.kind !== 'paragraph') break;
    const text = squash(b.text);
    if (text !== '') above.push(text);
  }
  const annex = above.map((t) => /^((?:Annex|Appendix|Attachment)\s+[\w.-]+)/i.exec(t)?.[1]).find((t) => t !== undefined);
  return { ...(annex ? { annex } : {}), ...(above[0] !== undefined ? { nearest: excerpt(above[0], 100) } : {}) };
}

function finishFacts(ctx: Extraction): void {
  const { facts } = ctx.meeting;
  const zone = ctx.namedZones[0] ?? (facts.place ? zoneOfPlace(facts.place) : undefined) ?? ctx.options.timeZone ?? usualZoneOf(facts.body);
  if (zone) facts.timeZone = zone;
}

/** The hours the head gives the meeting's day ("Meeting dates: 2023-12-06 13:30-14:30 IST"), when no agenda gave a session. */
function sessionFromHead(ctx: Extraction): void {
  const session = ctx.headSession;
  if (!session || ctx.meeting.sessions.length > 0) return;
  ctx.meeting.sessions.push(session);
  if (session.timeZone) ctx.namedZones.push(session.timeZone);
}

/**
 * The meeting's days from its sessions when the head of the document gave none, before the text is scanned: a date
 * written without a year ("Deadline: November 19th") takes its year from them.
 */
function datesFromSessions(ctx: Extraction): void {
  const { facts, sessions } = ctx.meeting;
  if (!facts.start) {
    const days = sessions.map((s) => s.date).filter((d): d is string => d !== undefined).sort();
    if (days.length > 0) {
      facts.start = days[0]!;
      facts.end = days.at(-1)!;
    }
  }
}
