// Dates as agendas write them: "1 August 2024", "Thursday, 1 August", "24 (Thursday) February 2012",
// "MONDAY, December 3, 2007", ranges "29 July – 2 August 2024", "Nov 18 - 22, 2019", "3-4 Dec 2007", with their
// weekdays ("Monday-Tuesday, May 13-14", "Tuesday 3 - Friday 13 September"), ISO "2024-09-04", and a weekday with an
// ordinal day and no month ("Tuesday 12th"), whose month only the document around it can tell.
// The calendar itself (which dates exist, weekdays, day arithmetic) is date-fns's.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { differenceInCalendarDays, getDay, getDaysInMonth, isExists, isWeekend } from 'date-fns';
import { DASH } from '../text/normalize';

export interface DayOfYear {
  year?: number;
  /** 1-12. */
  month: number;
  day: number;
}

export interface FoundDate extends DayOfYear {
  raw: string;
  index: number;
  /** The weekday written beside the date, spelt out ("Thursday"). */
  weekday?: string;
  /** The last day of a range ("29 July – 2 August 2024"), with its weekday when one is written ("Mon–Wed 3–5 June"). */
  end?: DayOfYear & { weekday?: string };
}

/** A date written in figures ("22/06/24", "19.06.2024"): whether the day or the month comes first only the document tells. */
export interface FoundNumericDate {
  raw: string;
  index: number;
  first: number;
  second: number;
  /** Four digits; "24" is 2024. */
  year: number;
}

/** A weekday with an ordinal day and no month ("Tuesday 12th", "Wed 13th"): the month is the document's. */
export interface FoundWeekdayDay {
  raw: string;
  index: number;
  weekday: string;
  day: number;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Capitalised or upper-case spellings only ("may" and "sun" in running text are not dates); "Aug." may take a dot. */
function spellings(names: string[], abbreviations: (name: string) => string[]): string {
  const forms = names.flatMap((name) => [
    ...[name, name.toUpperCase()],
    ...abbreviations(name).flatMap((a) => [`${a}(?![a-z])\\.?`, `${a.toUpperCase()}(?![A-Z])\\.?`]),
  ]);
  return `(?:${[...new Set(forms)].sort((a, b) => b.length - a.length).join('|')})`;
}
const MONTH = spellings(MONTHS, (m) => (m === 'September' ? ['Sept', 'Sep'] : [m.slice(0, 3)]));
const WEEKDAY = spellings(WEEKDAYS, (d) => [d.slice(0, 3), ...(d === 'Tuesday' ? ['Tues'] : d === 'Thursday' ? ['Thurs', 'Thur'] : [])]);
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d{2}(?!\d)`;
const TO = String.raw`\s*(?:${DASH}{1,2}|to)\s*`;
/** A weekday before a date, or a range of them before a range ("Monday-Tuesday, "): w1 (and w2, the range's end). */
const WEEKDAYS_BEFORE = String.raw`(?:(?<w1>${WEEKDAY})(?:${TO}(?<w2>${WEEKDAY}))?\s*(?:,\s*)?)?`;
/** A weekday before a range's last day ("3 - Friday 13 September"): w3. */
const WEEKDAY_BEFORE_END = String.raw`(?:(?<w3>${WEEKDAY})\s*(?:,\s*)?)?`;
const ISO = String.raw`(?<y1>(?:19|20)\d{2})-(?<m1>0[1-9]|1[0-2])-(?<d1>0[1-9]|[12]\d|3[01])(?![\d-])`;

const PATTERNS: { shape: 'day-first' | 'month-first' | 'day-range' | 'month-range' | 'iso'; pattern: RegExp }[] = [
  {
    shape: 'day-range',
    pattern: new RegExp(
      String.raw`${WEEKDAYS_BEFORE}(?<![\d./-])(?<d1>${DAY})(?:\s+(?<m1>${MONTH}))?(?:\s+(?<y1>${YEAR}))?${TO}${WEEKDAY_BEFORE_END}(?<d2>${DAY})\s+(?<m2>${MONTH})(?:\s*(?:,\s*)?(?<y2>${YEAR}))?`,
      'g',
    ),
  },
  {
    shape: 'month-range',
    pattern: new RegExp(
      String.raw`${WEEKDAYS_BEFORE}(?<m1>${MONTH})\s+(?<d1>${DAY})${TO}${WEEKDAY_BEFORE_END}(?:(?<m2>${MONTH})\s+)?(?<d2>${DAY})(?![\d:])(?:\s*(?:,\s*)?(?<y2>${YEAR}))?`,
      'g',
    ),
  },
  {
    shape: 'day-first',
    pattern: new RegExp(
      String.raw`(?:(?<w1>${WEEKDAY})\s*(?:,\s*)?)?(?<![\d./-])(?<d1>${DAY})(?:\s*\(\s*(?<w2>${WEEKDAY})\s*\)\s*|\s+)(?<m1>${MONTH})(?:\s*(?:,\s*)?(?<y1>${YEAR}))?`,
      'g',
    ),
  },
  {
    shape: 'month-first',
    pattern: new RegExp(String.raw`(?:(?<w1>${WEEKDAY})\s*(?:,\s*)?)?(?<m1>${MONTH})\s+(?<d1>${DAY})(?![\d:])(?:\s*(?:,\s*)?(?<y1>${YEAR}))?`, 'g'),
  },
  // With its weekday before it, as other bodies write it: "Sunday, 2024-03-17", "Tuesday (2023-10-03)".
  { shape: 'iso', pattern: new RegExp(String.raw`(?<w1>${WEEKDAY})(?:,? ?|\s?\(\s?)${ISO}\)?`, 'g') },
  { shape: 'iso', pattern: new RegExp(String.raw`(?<![\d-])${ISO}`, 'g') },
];

/** "Tuesday 12th", "Wed, 13th": an ordinal is a day of a month only beside a weekday, and not before a month. */
const WEEKDAY_DAY = new RegExp(
  String.raw`(?<w1>${WEEKDAY})\s*(?:,\s*)?(?:the\s+)?(?<d1>(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?![\w:])(?!\s*(?:,\s*)?(?:of\s+)?${MONTH})`,
  'g',
);

/** Every date and date range in a text, in order; a span is read once, by the longest form that fits it. */
export function findDates(text: string): FoundDate[] {
  if (!/\d/.test(text)) return [];
  const found: FoundDate[] = [];
  /** Which characters a date was read from already: checked per character, so many dates cost no more than one. */
  const taken = new Uint8Array(text.length);
  for (const { shape, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      const date = readMatch(shape, match.groups ?? {});
      if (!date) continue;
      taken.fill(1, start, end);
      found.push({ ...date, raw: match[0], index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

type Groups = Partial<Record<string, string>>;

function readMatch(shape: string, g: Groups): Omit<FoundDate, 'raw' | 'index'> | undefined {
  const first: DayOfYear = { month: monthNumber(g.m1 ?? g.m2), day: parseInt(g.d1!, 10), ...year(g.y1) };
  if (shape === 'iso') first.month = Number(g.m1);
  if (shape !== 'day-range' && shape !== 'month-range') return { ...first, ...writtenWeekday(g.w1 ?? g.w2) };
  const end: DayOfYear = { month: monthNumber(g.m2 ?? g.m1), day: parseInt(g.d2!, 10), ...year(g.y2 ?? g.y1) };
  if (shape === 'day-range' && g.m1 === undefined) first.month = end.month;
  if (first.year === undefined && end.year !== undefined) {
    first.year = first.month > end.month ? end.year - 1 : end.year;
  }
  return { ...first, ...writtenWeekday(g.w1), end: { ...end, ...writtenWeekday(g.w2 ?? g.w3) } };
}

/** Every weekday with an ordinal day and no month ("Tuesday 12th"), in order. */
export function findWeekdayDays(text: string): FoundWeekdayDay[] {
  if (!/\d/.test(text)) return [];
  return [...text.matchAll(WEEKDAY_DAY)].map((m) => ({ raw: m[0], index: m.index, weekday: spellWeekday(m.groups!.w1!), day: parseInt(m.groups!.d1!, 10) }));
}

function writtenWeekday(name: string | undefined): { weekday?: string } {
  return name === undefined ? {} : { weekday: spellWeekday(name) };
}

function year(text: string | undefined): { year?: number } {
  return text === undefined ? {} : { year: Number(text) };
}

function monthNumber(name: string | undefined): number {
  const key = (name ?? '').slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

function spellWeekday(name: string): string {
  const key = name.slice(0, 3).toLowerCase();
  return WEEKDAYS.find((d) => d.slice(0, 3).toLowerCase() === key)!;
}

const NUMERIC_DATE = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d./])/g;

/** Dates written in figures, day and month in either order: "22/06/24", "1.7.2024". */
export function findNumericDates(text: string): FoundNumericDate[] {
  return [...text.matchAll(NUMERIC_DATE)].map((m) => ({
    raw: m[0],
    index: m.index,
    first: Number(m[1]),
    second: Number(m[3]),
    year: m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]),
  }));
}

/** The weekday named by a word ("Thursday", "THU", "Thursday revisions only"), if it starts with one. */
export function weekdayIn(text: string): string | undefined {
  const match = new RegExp(`^\\s*(${WEEKDAY})(?![a-z])`, 'i').exec(text);
  return match ? spellWeekday(match[1]!) : undefined;
}

/** `YYYY-MM-DD` for a day that exists, else undefined ("31 February"). */
export function isoDate(day: DayOfYear): string | undefined {
  if (day.year === undefined || !isExists(day.year, day.month - 1, day.day)) return undefined;
  return written(day.year, day.month, day.day);
}

/** yyyy-MM-dd, written directly: date-fns's format reads its pattern again on every call, which was most of the time a
 *  paragraph of thousands of dates took. */
function written(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function utc(iso: string): Date {
  return new UTCDateMini(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function weekdayOf(iso: string): string {
  return WEEKDAYS[getDay(utc(iso))]!;
}

export function isWeekendDay(iso: string): boolean {
  return isWeekend(utc(iso));
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(utc(b), utc(a));
}

/** The year that puts a day without one nearest to a reference date (the meeting): "18 June" in a July 2024 agenda. */
export function nearestYear(day: DayOfYear, reference: string): number {
  const referenceYear = Number(reference.slice(0, 4));
  let best = referenceYear;
  let bestDistance = Infinity;
  for (const candidate of [referenceYear - 1, referenceYear, referenceYear + 1]) {
    const iso = isoDate({ ...day, year: candidate }) ?? isoDate({ ...day, day: Math.min(day.day, 28), year: candidate });
    const distance = Math.abs(daysBetween(reference, iso!));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** The date `days` calendar days after (or before, when negative) `iso`. */
export function addDays(iso: string, days: number): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return written(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Days in a month (1-12); in a year not given, the most it can have. */
export function daysInMonth(month: number, year = 2024): number {
  return getDaysInMonth(new UTCDateMini(year, month - 1, 1));
}

export function monthName(month: number): string {
  return MONTHS[month - 1]!;
}
