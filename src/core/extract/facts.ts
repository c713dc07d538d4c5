// Meeting facts from the top of the document: the standards body, the group, the agenda's title and number, the
// place and dates ("(Geneva, 29 July – 2 August 2024)", "Nov 18 - 22, 2019, Reno, USA"), and the hours of a one-day
// meeting written after its date ("2023-12-06 13:30-14:30 IST").
import type { MeetingFacts, Session } from '../model/meeting';
import { parseDocumentId, formatDocumentId } from '../refs/document-id';
import { meetingNumbersInHead } from '../refs/meeting-number';
import { cellText } from '../model/contents';
import { squash } from '../text/normalize';
import { findTimes } from '../time/clock';
import { isoDate } from '../time/dates';
import { labelBefore, labelsAt, meaningsOf, regionAt } from '../time/zones';
import { locate, spotKey, type Extraction, type Spot } from './context';
import { PROFILES } from '../profiles';

/** How far into the document the facts are looked for, in paragraphs. */
const HEAD = 60;

export function extractFacts(ctx: Extraction): void {
  const head: Spot[] = [];
  for (const spot of ctx.spots()) {
    if (head.length >= HEAD) break;
    if (spot.text.trim() !== '') head.push(spot);
  }
  const facts: MeetingFacts = ctx.meeting.facts;
  const text = head.map((s) => s.text).join('\n');

  const body = bodyOf(text);
  if (body) facts.body = body;
  const group = groupOf(text, body);
  if (group) facts.group = group;

  const labelled = coverTitle(ctx, head);
  const candidates = head.filter((s) => s.at.row === undefined && s.paragraph.label === undefined && s.text.length < 150);
  const title =
    candidates.find((s) => /^(?:\d+\.?\s+)?(?:draft\s+)?agenda\b/i.test(s.text.trim())) ??
    candidates.find((s) => /\bAgenda\b/.test(s.text)) ??
    candidates.find((s) => s.paragraph.outlineLevel !== undefined);
  if (labelled) facts.title = labelled;
  else if (title) facts.title = squash(title.text).replace(/^\d+\.?\s+/, '');

  const meetingNumber = meetingNumbersInHead(ctx.snapshot)[0];
  if (meetingNumber) facts.meetingNumber = meetingNumber.number;

  // The document's own number stands alone in its paragraph ("TD 514 (WP2/TSAG)") or on the line naming the meeting
  // ("SA WG2 Meeting #136   S2-19010847"); a sentence that mentions a number, or a paragraph of several, cites them.
  const numberSpot = head.slice(0, 8).find((s) => {
    const found = s.text.match(/\bS[1-6P]-\d{6,8}\b|\bTD ?\d+\b/g);
    if (found?.length !== 1) return false;
    const rest = squash(s.text.replace(found[0], ''));
    return rest === '' || /^\([^()]*\)$/.test(rest) || /\bmeeting\b|#\s?\d/i.test(rest);
  });
  const number = numberSpot && /\b(S[1-6P]-\d{6,8}|TD ?\d+(?:\s?Rev\.?\s?\d+|R\d+)?)\b/.exec(numberSpot.text)?.[1];
  const id = number === undefined ? undefined : parseDocumentId(number);
  if (id) {
    facts.documentNumber = formatDocumentId(id);
    facts.documentNumberLocation = locate(numberSpot!.at, number!);
  }

  for (const spot of head) {
    const when = labelledDate(ctx, head, spot) ?? placeAndDates(ctx, spot.text);
    if (!when) continue;
    if (when.place) facts.place = when.place;
    facts.start = when.start;
    facts.end = when.end;
    const at = when.at ?? spot.at;
    facts.location = locate(at, when.raw);
    ctx.dateRoleOf.set(spotKey(at), 'meeting');
    if (when.start === when.end) ctx.headSession = hoursOfDay(when.text ?? spot.text, when.raw, when.start, at);
    break;
  }
}

/** Where and when the meeting is, as written (`at`: where, when not in the paragraph it was looked for in). */
interface When {
  place?: string;
  start: string;
  end: string;
  raw: string;
  at?: Spot['at'];
  /** The text the date is in, when not the paragraph it was looked for in. */
  text?: string;
}

/** "Meeting date: 21st May 2025", or a "Meeting dates:" label with the date in the paragraph or cell after it. */
const MEETING_DATE_LABEL = /^\s*meeting dates?\s*:/i;

/** The date a "Meeting date(s):" label gives, written after it or in the next paragraph (of its row, in a table). */
function labelledDate(ctx: Extraction, head: Spot[], spot: Spot): When | undefined {
  const label = MEETING_DATE_LABEL.exec(spot.text);
  if (!label) return undefined;
  const next = head[head.indexOf(spot) + 1];
  // In a table, the next paragraph of the label's row; outside tables, the next paragraph.
  const sameRow = next !== undefined && (spot.at.row === undefined ? next.at.row === undefined : next.at.block === spot.at.block && next.at.row === spot.at.row);
  const [value, at] = spot.text.slice(label[0].length).trim() !== '' ? [spot.text.slice(label[0].length), undefined] : sameRow ? [next.text, next.at] : [];
  const found = value === undefined ? undefined : ctx.datesIn(value)[0];
  const start = found && isoDate(found);
  const end = found?.end ? isoDate(found.end) : start;
  return start && end ? { start, end, raw: found.raw, ...(at ? { at, text: value } : {}) } : undefined;
}

/** What joins a day to its hours: "2023-12-06 13:30-14:30", "21 May 2025, 09:00-12:00", "Friday, 7 June 2024 from 14:00 to 16:00". */
const DAY_THEN_HOURS = /^[\s,]{0,3}(?:from\s{1,3})?$/i;

/**
 * The meeting's hours when the head writes them after its one day ("Meeting dates: 2023-12-06 13:30-14:30 IST
 * (08:00-09:00 UTC)"), in the zone written with them: a label with two readings (IST: India or Ireland) is the one
 * that agrees with the same hours in UTC beside them. The meeting's session when the agenda gives none of its own.
 */
function hoursOfDay(text: string, date: string, day: string, at: Spot['at']): Session | undefined {
  const after = text.indexOf(date) + date.length;
  const times = findTimes(text.slice(after)).map((t) => ({ ...t, index: t.index + after }));
  const window = times[0];
  if (!window?.end) return undefined;
  // The zone after the hours ("13:30-14:30 IST"), or before them ("21 May 2025, UTC 01:00-07:30").
  const before = labelBefore(text, window.index);
  if (!DAY_THEN_HOURS.test(text.slice(after, before && before.start >= after ? before.start : window.index))) return undefined;
  const { labels } = before ? { labels: [before.label] } : labelsAt(text, window.index + window.raw.length);
  const inUtc = times.slice(1).find((t) => labelsAt(text, t.index + t.raw.length).labels.some((l) => meaningsOf(l)?.[0]?.region === 'UTC'));
  const zone = labels[0] === undefined ? undefined : regionAt(labels[0], day, window.start, inUtc?.start);
  return { label: squash(text.slice(0, window.index + window.raw.length)), date: day, start: window.start, end: window.end, ...(zone ? { timeZone: zone } : {}), location: locate(at, window.raw) };
}

/** The "Title:" row of an ITU-T cover table, or a "Title: …" paragraph. */
function coverTitle(ctx: Extraction, head: Spot[]): string | undefined {
  for (const spot of head) {
    const text = squash(spot.text);
    if (!/^Title:/i.test(text)) continue;
    const inline = text.slice('Title:'.length).trim();
    if (inline) return inline;
    const { block, row, col } = spot.at;
    const table = ctx.block(block);
    if (table.kind !== 'table' || row === undefined || col === undefined) continue;
    const next = table.rows[row]!.cells[col + 1];
    if (next) return squash(cellText(next));
  }
  return undefined;
}

function bodyOf(text: string): string | undefined {
  let best: { body: string; at: number } | undefined;
  for (const { body, recognisedBy } of PROFILES) {
    const at = text.search(recognisedBy);
    if (at >= 0 && (!best || at < best.at)) best = { body, at };
  }
  return best?.body;
}

function groupOf(text: string, body: string | undefined): string | undefined {
  if (body === '3GPP') {
    const wg = /\b(SA|RAN|CT) ?WG ?(\d)\b/.exec(text);
    if (wg) return `${wg[1]} WG${wg[2]}`;
    const tsg = /\bTSG[ -]?(SA|RAN|CT)\b/.exec(text);
    return tsg ? `TSG ${tsg[1]}` : undefined;
  }
  if (body === 'IETF' || body === 'IEEE') {
    return /\b([A-Z][A-Za-z0-9]+) (?:WG|Working Group)\b/.exec(text)?.[1];
  }
  const workingParty = /\bWorking Party (\d+)\/(TSAG|\d+)\b|\bWP ?(\d+)\/(TSAG|\d+)\b/.exec(text);
  if (workingParty) return `WP${workingParty[1] ?? workingParty[3]}/${workingParty[2] ?? workingParty[4]}`;
  if (/\bTSAG\b/.test(text)) return 'TSAG';
  const studyGroup = /\bStudy Group (\d+)\b/.exec(text);
  return studyGroup ? `SG${studyGroup[1]}` : undefined;
}

/** Words that show a text before a date is not a place ("QUIC WG agenda, 18 July 2018"). */
const NOT_A_PLACE = /\b(?:agenda|meeting|session|group|report|draft|plenary|wg)\b/i;
/** A place of up to three words; PLACE_BEFORE reads only the 60 characters before a date, so no word is longer. */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]{0,59}(?: \p{Lu}[\p{L}.'’-]{0,59}){0,2}`;
const PLACE_BEFORE = new RegExp(String.raw`(${PLACE}(?:, ${PLACE})?),\s*$`, 'u');
const PLACE_AFTER = new RegExp(String.raw`^,\s*(${PLACE}(?:, ${PLACE})?)`, 'u');

/** The first "place, dates" or "dates, place" in a text. */
function placeAndDates(ctx: Extraction, text: string): When | undefined {
  for (const found of ctx.datesIn(text)) {
    const start = isoDate(found);
    const end = found.end ? isoDate(found.end) : start;
    if (!start || !end) continue;
    const before = PLACE_BEFORE.exec(text.slice(Math.max(0, found.index - 60), found.index))?.[1];
    const after = PLACE_AFTER.exec(text.slice(found.index + found.raw.length))?.[1];
    const place = [before, after].find((p) => p !== undefined && !NOT_A_PLACE.test(p));
    if (place || found.end) return { ...(place ? { place } : {}), start, end, raw: found.raw };
  }
  return undefined;
}
