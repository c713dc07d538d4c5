// The final pass over all the text (document lists excepted: their numbers are the list, not citations; nor is the
// document's own number in its head): document citations and external references, actions ("Anticipated action WP2-4:",
// and in minutes "Action: Christian to …"), and every written date with what it is for.
import type { DocumentId } from '../refs/document-id';
import { formatDocumentId } from '../refs/document-id';
import { findReferences } from '../refs/find';
import { excerpt, squash } from '../text/normalize';
import type { DateRole } from '../model/meeting';
import { findTimes } from '../time/clock';
import { findWeekdayDays } from '../time/dates';
import { dateOfMonthDay, resolveDate, type ResolvedDate } from './calendar';
import { locate, rowKey, spotKey, type Extraction, type Spot } from './context';
import { ownerOf } from './owner';
import { isLabelTable } from './tables';

/** "Anticipated action WP2-4: Approve …" */
const NUMBERED_ACTION = /^(?:Anticipated|Proposed|Expected)\s+action\s+([^\s:]+)\s*:\s*((?:\S[\s\S]*)?)$/i;
/** "Action: Christian to report …", "ACTION: NIWC to review …", "Action item: …": an action minutes write without a number. */
const INLINE_ACTION = /^action(?:\s+item)?\s*:\s*(\S[\s\S]*)$/i;
/** "Action: none", "Action: -": no action. */
const NO_ACTION = /^(?:none|n\/?a|no action|-|–|tbd)\.?$/i;
/** The words before an action's due date: "by 3 December 2021", "due: 1 March", "before 15 May". */
const DUE = /\b(?:by|before|until|due(?: date)?|deadline):?(?: the)?$/i;

/** The action a paragraph writes: its number when it has one ("WP2-4") and its text; undefined when it is not one. */
export function writtenAction(paragraph: string): { id?: string; text: string } | undefined {
  const text = paragraph.trim();
  const numbered = NUMBERED_ACTION.exec(text);
  if (numbered) return { id: numbered[1]!, text: numbered[2]! };
  const inline = INLINE_ACTION.exec(text);
  return inline && !NO_ACTION.test(inline[1]!.trim()) ? { text: inline[1]! } : undefined;
}

/** The 3GPP Tdoc prefix of a working group: S2 for SA WG2. */
const TDOC_PREFIX: Record<string, string> = { SA: 'S', RAN: 'R', CT: 'C' };

export function scanText(ctx: Extraction): void {
  const ownPrefix = ownTdocPrefix(ctx.meeting.facts.group);
  let underDeadline = false;
  /** The date of the last date heading: the month of a day written without one ("Tuesday 12th") below it. */
  let heading: string | undefined;
  for (const spot of ctx.spots()) {
    if (ctx.listTables.has(spot.at.block) || spot.text.trim() === '') continue;
    // "Deadline for submitting tdocs:" followed by a list of per-item deadlines.
    if (spot.at.row === undefined) {
      if (underDeadline && spot.paragraph.label !== undefined) ctx.dateRoleOf.set(spotKey(spot.at), 'deadline');
      else underDeadline = /deadline/i.test(spot.text) && spot.text.trim().endsWith(':');
    }
    const item = ctx.itemOf.get(spot.at.row === undefined ? rowKey(spot.at.block) : rowKey(spot.at.block, spot.at.row));
    const ids = references(ctx, spot, item, ownPrefix);
    action(ctx, spot, item, ids);
    heading = dates(ctx, spot, heading);
  }
  // Each item's citations once each, in the order first cited: made unique once here, as a check per citation would
  // be quadratic in an item that cites thousands.
  for (const entry of ctx.meeting.agenda) entry.citations = [...new Set(entry.citations)];
}

function references(ctx: Extraction, spot: Spot, item: number | undefined, ownPrefix: string | undefined): string[] {
  const { meeting } = ctx;
  const found = findReferences(spot.text, spot.paragraph.links);
  const itemNumber = item === undefined ? undefined : meeting.agenda[item]!.number;
  const ids: string[] = [];
  const { documentNumber, documentNumberLocation } = meeting.facts;
  // Under an agenda item, a number is cited there, whatever the head made of it ("1 Opening – TD514").
  const namesItself = item === undefined && documentNumberLocation !== undefined && spotKey(documentNumberLocation) === spotKey(spot.at);
  for (const citation of found.citations) {
    // The document's own number where it writes it in its head is its name, not a citation of a document.
    if (namesItself && formatDocumentId(citation.id) === documentNumber) continue;
    if (!isOwn(citation.id, ctx.meeting.facts.group, ownPrefix)) {
      meeting.externalReferences.push({
        kind: 'other-group',
        raw: citation.raw,
        ...(itemNumber !== undefined ? { item: itemNumber } : {}),
        location: locate(spot.at, citation.raw),
      });
      continue;
    }
    const id = formatDocumentId(citation.id);
    ids.push(id);
    meeting.citations.push({
      id,
      raw: citation.raw,
      ...(citation.id.series ? { series: citation.id.series } : {}),
      parenthesized: citation.parenthesized,
      ...(itemNumber !== undefined ? { item: itemNumber } : {}),
      // A draft named only by a link's address is quoted by the paragraph it is linked from.
      location: locate(spot.at, citation.start < 0 ? spot.text.trim() : citation.raw),
    });
    if (item !== undefined) meeting.agenda[item]!.citations.push(id);
  }
  for (const reference of found.external) {
    meeting.externalReferences.push({
      kind: reference.kind,
      raw: reference.raw,
      ...(itemNumber !== undefined ? { item: itemNumber } : {}),
      location: locate(spot.at, reference.raw),
    });
  }
  return ids;
}

/** A cross-reference to another group's document ("SG17-TD580", a RAN1 Tdoc in an SA2 agenda) is external. */
function isOwn(id: DocumentId, group: string | undefined, ownPrefix: string | undefined): boolean {
  if (id.family === 'ietf') return true;
  if (id.family === 'itu') return id.group === undefined || id.group === group;
  return ownPrefix === undefined || id.type === ownPrefix;
}

function ownTdocPrefix(group: string | undefined): string | undefined {
  const wg = group && /^(SA|RAN|CT) WG(\d)$/.exec(group);
  if (wg) return `${TDOC_PREFIX[wg[1]!]}${wg[2]}`;
  const tsg = group && /^TSG (SA|RAN|CT)$/.exec(group);
  return tsg ? `${TDOC_PREFIX[tsg[1]!]}P` : undefined;
}

/**
 * An action written in a paragraph: numbered ("Anticipated action WP2-4: …") anywhere, or inline in the text of
 * minutes ("Action: Christian to report …", outside tables), numbered "Action 1", "Action 2" in document order, with
 * who is to do it and, when it says ("by 3 December 2021"), its due date.
 */
function action(ctx: Extraction, spot: Spot, item: number | undefined, ids: string[]): void {
  const written = writtenAction(spot.text);
  if (!written || (written.id === undefined && (spot.at.row !== undefined || onCover(ctx, spot.at.block)))) return;
  const itemNumber = item === undefined ? undefined : ctx.meeting.agenda[item]!.number;
  const text = squash(written.text);
  const owner = ownerOf(text);
  const due = ctx.datesIn(spot.text).find((d) => DUE.test(squash(spot.text.slice(0, d.index))) && !d.end);
  const dueDate = due && resolveDate(ctx, due).date;
  if (dueDate) ctx.dateRoleOf.set(spotKey(spot.at), 'due');
  ctx.meeting.actions.push({
    ...(written.id !== undefined ? { id: written.id } : { id: `Action ${++ctx.unnumberedActions}`, numbered: false, agreed: true }),
    text,
    ...(itemNumber !== undefined ? { item: itemNumber } : {}),
    ...(owner !== undefined ? { owner } : {}),
    ...(dueDate ? { due: dueDate } : {}),
    citations: [...new Set(ids)],
    location: locate(spot.at, written.id ?? spot.text.trim().slice(0, spot.text.trim().indexOf(':') + 1)),
  });
}

/** A cover page's field: what a TD's "Action:" line asks of its reader ("Review, approval"), under its "Abstract:" table or beside "Purpose:", "Contact:". */
const COVER_FIELD = /^(?:Source|Title|Purpose|Contact|Keywords|Abstract|Question\(s\)|Study Group|Working Party)\s*:/i;

function onCover(ctx: Extraction, block: number): boolean {
  const near = [-1, 1].map((step) => {
    for (let i = block + step; i >= 0 && i < ctx.snapshot.blocks.length; i += step) {
      const b = ctx.block(i);
      if (b.kind === 'table' || b.text.trim() !== '') return b;
    }
    return undefined;
  });
  return near.some((b) => (b?.kind === 'table' ? isLabelTable(b) : b !== undefined && COVER_FIELD.test(b.text.trim())));
}

/** The dates written in a paragraph; returns the date heading in force after it (a heading without a date ends one). */
function dates(ctx: Extraction, spot: Spot, heading: string | undefined): string | undefined {
  const found = ctx.datesIn(spot.text);
  const monthless = findWeekdayDays(spot.text).filter((d) => !found.some((f) => d.index < f.index + f.raw.length && f.index < d.index + d.raw.length));
  // A heading, or a short paragraph of its own that starts with a date ("Tuesday, 17 July 2018"); not a table cell or a bullet.
  const isHeading = spot.paragraph.style?.startsWith('heading') === true || spot.paragraph.outlineLevel !== undefined;
  const first = found[0];
  const dateHeading = spot.at.row === undefined && (isHeading || (first !== undefined && first.index <= 1 && spot.paragraph.label === undefined && squash(spot.text).length < 60));
  const next = !dateHeading ? heading : first ? resolveDate(ctx, first).date : undefined;
  if (found.length === 0 && monthless.length === 0) return next;
  const role = ctx.dateRoleOf.get(spotKey(spot.at)) ?? roleFromText(spot.text);
  const push = (raw: string, weekday: string | undefined, resolved: ResolvedDate, monthInferred = false) =>
    ctx.meeting.dates.push({
      raw: excerpt(raw, 60),
      ...(resolved.date ? { date: resolved.date } : {}),
      ...(weekday ? { weekday } : {}),
      yearInferred: resolved.yearInferred,
      ...(monthInferred ? { monthInferred } : {}),
      valid: resolved.valid,
      role,
      location: locate(spot.at, raw),
    });
  for (const date of found) {
    for (const day of date.end ? [date, date.end] : [date]) push(date.raw, day.weekday, resolveDate(ctx, day));
  }
  for (const day of monthless) {
    const date = dateOfMonthDay(ctx, day.day, heading);
    if (date) push(day.raw, day.weekday, { date, yearInferred: true, valid: true }, true);
  }
  return next;
}

/** A date next to "deadline" is one; a date with a time window ("4 September 2024, 1400-1530") is a meeting. */
function roleFromText(text: string): DateRole {
  if (/deadline/i.test(text)) return 'deadline';
  return findTimes(text).some((t) => t.end !== undefined) ? 'meeting' : 'mention';
}
