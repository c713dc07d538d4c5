// Times of day as agendas write them: "14:30 hours", "9:00", "1:00PM", "14h30", and ranges "14:30 - 15:45",
// "13:00 – 15:00", "1400-1530" (compact form only inside a range, and never a range of years like 2024-2027).
import { DASH } from '../text/normalize';

export interface FoundTime {
  /** "HH:MM". */
  start: string;
  end?: string;
  raw: string;
  index: number;
}

const SINGLE = String.raw`(?:[01]?\d|2[0-4])[:h][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?|(?:1[0-2]|0?[1-9])\s?[AaPp]\.?[Mm]\.?`;
const COMPACT = String.raw`(?:[01]\d|2[0-4])[0-5]\d`;
const RANGE_JOIN = String.raw`\s*(?:${DASH}|to|until)\s*`;
const TIMES = new RegExp(
  String.raw`(?<![\d:.])(?:(?<from>${SINGLE})(?:${RANGE_JOIN}(?<to>${SINGLE}))?|(?<compactFrom>${COMPACT})${RANGE_JOIN}(?<compactTo>${COMPACT}))(?!\d|:\d)`,
  'g',
);

/** "14:30", "9:00", "1:00PM", "14h30", "1400" → "HH:MM"; undefined when it is not a time of day. */
export function parseClock(text: string): string | undefined {
  const t = text.trim();
  const meridiem = /([AP])\.?M\.?$/i.exec(t);
  const digits = /^(\d{1,2})(?:[:h]?(\d{2}))?/.exec(t);
  if (!digits) return undefined;
  let hours = Number(digits[1]);
  const minutes = digits[2] === undefined ? 0 : Number(digits[2]);
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem[1]!.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return clockOf(hours * 60 + minutes);
}

/** Minutes since midnight of an "HH:MM" time. */
export function minutesOf(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** Minutes into a day, for a count that may run past midnight either way (a time moved to another zone). */
export function minutesInDay(minutes: number): number {
  return ((minutes % 1440) + 1440) % 1440;
}

/** The "HH:MM" time so many minutes after midnight: the inverse of minutesOf. */
export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Every time and time range in a text, in order. */
export function findTimes(text: string): FoundTime[] {
  const found: FoundTime[] = [];
  for (const match of text.matchAll(TIMES)) {
    const g = match.groups ?? {};
    const from = g.from ?? g.compactFrom;
    const to = g.to ?? g.compactTo;
    if (g.compactFrom !== undefined && looksLikeYears(g.compactFrom, g.compactTo!)) continue;
    const start = parseClock(from!);
    if (start === undefined) continue;
    const end = to === undefined ? undefined : afterStart(start, parseClock(to), `${from}${to}`);
    found.push({ start, ...(end === undefined ? {} : { end }), raw: match[0], index: match.index });
  }
  return found;
}

/**
 * The end of a range read on a 12-hour clock when that is what makes it follow its start: "11:30-1:00" ends at 13:00,
 * "9:00-5:00" at 17:00. Only when neither end says AM or PM; a range that still runs backwards is left as written.
 */
function afterStart(start: string, end: string | undefined, written: string): string | undefined {
  if (end === undefined || end > start || /[AP]\.?M/i.test(written)) return end;
  const later = minutesOf(end) + 12 * 60;
  return minutesOf(end) >= 60 && later > minutesOf(start) && later < 24 * 60 ? clockOf(later) : end;
}

/** "2024-2027" is a span of years, not 20:24 to 20:27. */
function looksLikeYears(from: string, to: string): boolean {
  return [from, to].every((n) => Number(n) >= 1900 && Number(n) <= 2099);
}

/** Planned minutes: "3 min", "20 mins", "45 minutes", "(1 min)". */
export function findMinutes(text: string): { minutes: number; raw: string; index: number } | undefined {
  const match = /(?<!\d)(\d{1,3})\s?(?:min(?:ute)?s?\b|')/i.exec(text);
  return match ? { minutes: Number(match[1]), raw: match[0], index: match.index } : undefined;
}
