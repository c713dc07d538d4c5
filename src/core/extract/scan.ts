// The final pass over all the text (document lists excepted: their numbers are the list, not citations): document
// citations and external references, "Anticipated action" paragraphs, and every written date with what it is for.
import type { DocumentId } from '../refs/document-id';
import { formatDocumentId } from '../refs/document-id';
import { findReferences } from '../refs/find';
import { excerpt, squash } from '../text/normalize';
import type { DateRole } from '../model/meeting';
import { findTimes } from '../time/clock';
import { resolveDate } from './calendar';
import { locate, rowKey, spotKey, type Extraction, type Spot } from './context';

/** "Anticipated action WP2-4: Approve …" */
export const ACTION = /^(?:Anticipated|Proposed|Expected)\s+action\s+([^\s:]+)\s*:\s*((?:\S[\s\S]*)?)$/i;

/** The 3GPP Tdoc prefix of a working group: S2 for SA WG2. */
const TDOC_PREFIX: Record<string, string> = { SA: 'S', RAN: 'R', CT: 'C' };

export function scanText(ctx: Extraction): void {
  const ownPrefix = ownTdocPrefix(ctx.meeting.facts.group);
  let underDeadline = false;
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
    dates(ctx, spot);
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
  for (const citation of found.citations) {
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

function action(ctx: Extraction, spot: Spot, item: number | undefined, ids: string[]): void {
  const match = ACTION.exec(spot.text.trim());
  if (!match) return;
  const itemNumber = item === undefined ? undefined : ctx.meeting.agenda[item]!.number;
  ctx.meeting.actions.push({
    id: match[1]!,
    text: squash(match[2]!),
    ...(itemNumber !== undefined ? { item: itemNumber } : {}),
    citations: [...new Set(ids)],
    location: locate(spot.at, match[1]!),
  });
}

function dates(ctx: Extraction, spot: Spot): void {
  const found = ctx.datesIn(spot.text);
  if (found.length === 0) return;
  const role = ctx.dateRoleOf.get(spotKey(spot.at)) ?? roleFromText(spot.text);
  for (const date of found) {
    for (const day of date.end ? [{ ...date, weekday: undefined }, { ...date.end, raw: date.raw, index: date.index }] : [date]) {
      const resolved = resolveDate(ctx, day);
      ctx.meeting.dates.push({
        raw: excerpt(day.raw, 60),
        ...(resolved.date ? { date: resolved.date } : {}),
        ...(day.weekday ? { weekday: day.weekday } : {}),
        yearInferred: resolved.yearInferred,
        valid: resolved.valid,
        role,
        location: locate(spot.at, day.raw),
      });
    }
  }
}

/** A date next to "deadline" is one; a date with a time window ("4 September 2024, 1400-1530") is a meeting. */
function roleFromText(text: string): DateRole {
  if (/deadline/i.test(text)) return 'deadline';
  return findTimes(text).some((t) => t.end !== undefined) ? 'meeting' : 'mention';
}
