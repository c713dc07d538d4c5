// Time zones as agendas name them ("Geneva time", "(Geneva time)", "UTC", "CET", "PT", "Europe/Madrid") and, when the
// agenda names none, as the meeting's place implies. Results are IANA names, checked against the platform's own zone
// list; a zone's offset on a given day is @date-fns/tz's.
import { TZDate, tzOffset } from '@date-fns/tz';
import { minutesInDay, minutesOf } from './clock';

/** Cities where ITU, 3GPP, IETF and IEEE groups meet, by the IANA zone their clocks follow. */
const CITY_ZONES: Record<string, string> = {
  geneva: 'Europe/Zurich',
  zurich: 'Europe/Zurich',
  paris: 'Europe/Paris',
  'sophia antipolis': 'Europe/Paris',
  nice: 'Europe/Paris',
  london: 'Europe/London',
  madrid: 'Europe/Madrid',
  malaga: 'Europe/Madrid',
  berlin: 'Europe/Berlin',
  split: 'Europe/Zagreb',
  prague: 'Europe/Prague',
  vienna: 'Europe/Vienna',
  athens: 'Europe/Athens',
  stockholm: 'Europe/Stockholm',
  helsinki: 'Europe/Helsinki',
  montreal: 'America/Toronto',
  toronto: 'America/Toronto',
  vancouver: 'America/Vancouver',
  reno: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  'san diego': 'America/Los_Angeles',
  chicago: 'America/Chicago',
  philadelphia: 'America/New_York',
  'new york': 'America/New_York',
  washington: 'America/New_York',
  tokyo: 'Asia/Tokyo',
  yokohama: 'Asia/Tokyo',
  sapporo: 'Asia/Tokyo',
  fukuoka: 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  busan: 'Asia/Seoul',
  beijing: 'Asia/Shanghai',
  shanghai: 'Asia/Shanghai',
  xiamen: 'Asia/Shanghai',
  shenzhen: 'Asia/Shanghai',
  singapore: 'Asia/Singapore',
  bangkok: 'Asia/Bangkok',
  bangalore: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  dubai: 'Asia/Dubai',
  sydney: 'Australia/Sydney',
  brisbane: 'Australia/Brisbane',
};

/**
 * What a zone label written beside a time can mean: a region's local time whatever the season (`PT`, no offset), or
 * an offset in minutes east of UTC that the region keeps in one season (`CEST`, UTC+2: Central Europe in summer) or
 * all year (`JST`). A label with two readings lists both (`IST`: India, or Ireland's local time; `CST`: US Central
 * or China). The one list of zone abbreviations Docket knows.
 */
export interface ZoneMeaning {
  region: string;
  offset?: number;
}
const LABELS: Record<string, readonly ZoneMeaning[]> = {
  UTC: [{ region: 'UTC', offset: 0 }],
  GMT: [{ region: 'UTC', offset: 0 }],
  WET: [{ region: 'Europe/Lisbon', offset: 0 }],
  WEST: [{ region: 'Europe/Lisbon', offset: 60 }],
  CET: [{ region: 'Europe/Paris', offset: 60 }],
  CEST: [{ region: 'Europe/Paris', offset: 120 }],
  EET: [{ region: 'Europe/Athens', offset: 120 }],
  EEST: [{ region: 'Europe/Athens', offset: 180 }],
  BST: [{ region: 'Europe/London', offset: 60 }, { region: 'Asia/Dhaka', offset: 360 }],
  IST: [{ region: 'Asia/Kolkata', offset: 330 }, { region: 'Europe/Dublin' }],
  ET: [{ region: 'America/New_York' }],
  EST: [{ region: 'America/New_York', offset: -300 }],
  EDT: [{ region: 'America/New_York', offset: -240 }],
  CT: [{ region: 'America/Chicago' }],
  CST: [{ region: 'America/Chicago', offset: -360 }, { region: 'Asia/Shanghai', offset: 480 }],
  CDT: [{ region: 'America/Chicago', offset: -300 }],
  MT: [{ region: 'America/Denver' }],
  MST: [{ region: 'America/Denver', offset: -420 }, { region: 'America/Phoenix', offset: -420 }],
  MDT: [{ region: 'America/Denver', offset: -360 }],
  PT: [{ region: 'America/Los_Angeles' }],
  PST: [{ region: 'America/Los_Angeles', offset: -480 }],
  PDT: [{ region: 'America/Los_Angeles', offset: -420 }],
  JST: [{ region: 'Asia/Tokyo', offset: 540 }],
  KST: [{ region: 'Asia/Seoul', offset: 540 }],
  SGT: [{ region: 'Asia/Singapore', offset: 480 }],
  HKT: [{ region: 'Asia/Hong_Kong', offset: 480 }],
  AEST: [{ region: 'Australia/Sydney', offset: 600 }, { region: 'Australia/Brisbane', offset: 600 }],
  AEDT: [{ region: 'Australia/Sydney', offset: 660 }],
};

const CITY = Object.keys(CITY_ZONES).join('|');
/**
 * An offset from UTC written as a label ("UTC+2", "GMT-8", "UTC +10"): the sign right before the hours, which a
 * duration after a time ("15:00 UTC - 1 hr") never has. Whole hours only: IANA names a fixed offset of whole hours
 * (`Etc/GMT-2` is UTC+2), and none of half an hour ("UTC+5:30" is read as no zone).
 */
const OFFSET = String.raw`(?:UTC|GMT)\s?[+\u2212-]\d{1,2}(?::00)?(?![\d:]|\s?(?:h|hrs?|hours?|min)\b)`;
const ABBREVIATION = `(?:${OFFSET}|(?:${Object.keys(LABELS).sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z]|[+\u2212-]\\d))`;
/** An IANA name written out: "Europe/Madrid", "America/Los_Angeles". */
const IANA = String.raw`[A-Z][a-z]+/[A-Z][A-Za-z]*(?:_[A-Z][A-Za-z]*)*`;
const CITY_TIME = `(?:${CITY})\\s+(?:local\\s+)?time\\b`;
const NAMED_ZONE = new RegExp(`\\b(?:(${CITY_TIME})|(${ABBREVIATION}))`, 'gi');

/** The zone a text names: "14:30 - 15:45 hours Geneva time" → Europe/Zurich; a label with two readings ("IST") names none. */
export function zoneNamedIn(text: string): string | undefined {
  for (const match of text.matchAll(NAMED_ZONE)) {
    const meanings = meaningsOf(match[0]);
    if (meanings?.length === 1) return meanings[0]!.region;
  }
  return undefined;
}

/** The zone labels written right after a time ("PT", "IST/GMT/UTC", "CET (Europe/Madrid)", "hours Geneva time"). */
const LABELS_AFTER = new RegExp(`^\\s{0,3}(?:hours|hrs?\\.?|h\\b)?[\\s/(,]{0,4}(${ABBREVIATION}|${IANA}|${CITY_TIME})\\)?`, 'i');
/** Whether a text names a zone at all: a cheap test before times are looked for. */
export const ANY_ZONE = new RegExp(`\\b(?:${ABBREVIATION}|${IANA})|\\btime\\b`, 'i');

/** The most labels one time is given ("1730-1900 IST/GMT/UTC" has three); more are not a time's labels. */
const MOST_LABELS = 4;

/** A zone label written right before a time ("closing at UTC 07:30", "UTC+2 14:00"). */
const LABEL_BEFORE = new RegExp(`(?:^|[^\\w+\u2212-])(${ABBREVIATION}|${IANA}),?\\s{1,3}$`, 'i');

/** The labels written after a time, from `at`, and where they end. */
export function labelsAt(text: string, at: number): { labels: string[]; end: number } {
  const labels: string[] = [];
  let end = at;
  while (labels.length < MOST_LABELS) {
    // Each label is looked for in a short window: the pattern never reads far.
    const match = LABELS_AFTER.exec(text.slice(end, end + 60));
    if (!match || meaningsOf(match[1]!) === undefined) break;
    labels.push(match[1]!.replace(/\s+/g, ' '));
    end += match[0].length;
  }
  return { labels, end };
}

/**
 * The label written right before a time that starts at `at` ("UTC 07:30", "UTC+2 14:00"), and where it starts; none
 * when no zone is written there. Read only for a time that has no label after it.
 */
export function labelBefore(text: string, at: number): { label: string; start: number } | undefined {
  const from = Math.max(0, at - 20);
  const match = LABEL_BEFORE.exec(text.slice(from, at));
  if (!match || meaningsOf(match[1]!) === undefined) return undefined;
  return { label: match[1]!.replace(/\s+/g, ''), start: from + match.index + match[0].indexOf(match[1]!) };
}

/** What a label can mean ("PT", "Geneva time", "Europe/Madrid", "UTC+2"); undefined for words that are no zone. */
export function meaningsOf(label: string): readonly ZoneMeaning[] | undefined {
  const offset = fixedOffset(label);
  if (offset !== undefined) return offset;
  // In capitals ("cet" and "est" are words); "utc" and "gmt" in any case.
  const abbreviation = LABELS[label.toUpperCase()];
  if (abbreviation && (label === label.toUpperCase() || /^(?:utc|gmt)$/i.test(label))) return abbreviation;
  const city = cityOfLocalTime(label);
  if (city !== undefined) return CITY_ZONES[city] ? [{ region: CITY_ZONES[city] }] : undefined;
  return label.includes('/') && isTimeZone(label) ? [{ region: label }] : undefined;
}

/**
 * The region a label names at a time of a day: its one reading, or, of a label with two (IST: India or Ireland), the
 * one that agrees with the same time written in UTC beside it (`utc`: "13:30 IST (08:00 UTC)" is India's).
 */
export function regionAt(label: string, date: string, clock: string, utc?: string): string | undefined {
  const meanings = meaningsOf(label) ?? [];
  if (meanings.length === 1) return meanings[0]!.region;
  if (utc === undefined) return undefined;
  const agreeing = meanings.filter((m) => minutesInDay(minutesOf(clock) - offsetOn(m.region, date, clock)) === minutesOf(utc));
  return agreeing.length === 1 ? agreeing[0]!.region : undefined;
}

/** A region's offset from UTC, in minutes, at a wall-clock time of a day (`2025-11-06`, `08:00`). */
export function offsetOn(region: string, date: string, clock: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = clock.split(':').map(Number) as [number, number];
  return tzOffset(region, new TZDate(y, m - 1, d, h, min, region));
}

/** The label a region's offset goes by ("CET" for Europe/Paris at +60), when Docket knows one. */
export function labelOf(region: string, offset: number): string | undefined {
  return Object.entries(LABELS).find(([, meanings]) => meanings.some((m) => m.region === region && m.offset === offset))?.[0];
}

/** "UTC+1", "UTC−8", "UTC+5:30". */
export function spellOffset(offset: number): string {
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${offset < 0 ? '\u2212' : '+'}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** The zone of a meeting place ("Geneva", "Reno, USA"), when it is a city we know. */
export function zoneOfPlace(place: string): string | undefined {
  const city = place.split(',')[0]!.trim().toLowerCase();
  return CITY_ZONES[city];
}

/** Whether the platform knows an IANA zone name. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** "UTC+2" → the fixed zone Etc/GMT-2 at UTC+2 (IANA's Etc signs are the other way round); "UTC+0" → UTC. */
function fixedOffset(label: string): readonly ZoneMeaning[] | undefined {
  const match = /^(?:UTC|GMT)\s?([+\u2212-])(\d{1,2})(?::00)?$/i.exec(label.trim());
  if (!match) return undefined;
  const hours = Number(match[2]);
  const east = match[1] === '+';
  if (hours > (east ? 14 : 12)) return undefined;
  if (hours === 0) return LABELS.UTC;
  return [{ region: `Etc/GMT${east ? '-' : '+'}${hours}`, offset: (east ? 1 : -1) * hours * 60 }];
}

/** "Geneva time", "Geneva local time": the city, lower case; undefined for any other label. */
function cityOfLocalTime(label: string): string | undefined {
  const words = label.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.pop() !== 'time') return undefined;
  if (words.at(-1) === 'local') words.pop();
  return words.length > 0 ? words.join(' ') : undefined;
}
