// Times written with their zone ("November 19th, 10:00 CEST", "08:00 PT / 15:00 UTC", "1730-1900 IST/GMT/UTC", or the
// zone first: "closing at UTC 07:30", "UTC+2 14:00"), with the day they are on, for the zone rule: a zone's offset
// depends on the day. The day is the paragraph's own date, else
// a date listed alone under it ("Proposed Teleconference (Thursday at 08:00 PT / 15:00 UTC)" / "- November 06, 2025"),
// else the date of the paragraph above it ("Date: Monday November 4, 2024" / "Time: 1730-1900 IST/GMT/UTC"), else the
// meeting's first day.
import type { ZonedTime } from '../model/meeting';
import { squash } from '../text/normalize';
import { findTimes } from '../time/clock';
import { findDates, type FoundDate } from '../time/dates';
import { ANY_ZONE, labelBefore, labelsAt } from '../time/zones';
import { resolveDate } from './calendar';
import { locate, type Extraction, type Spot } from './context';

/** What joins two times that are one time in two zones, at most a few characters: "/", " (", " = ", " or ". */
const SAME_TIME = /^[\s/(=,~]{0,4}(?:or|is)?[\s/(=,~]{0,4}$/;

type Pending = Omit<ZonedTime, 'date'>;

export function extractZonedTimes(ctx: Extraction): void {
  /** Times waiting for a date listed under them, with the date of the paragraph above them. */
  let waiting: { times: Pending[]; above?: string } | undefined;
  let previous: Spot | undefined;
  const dateIn = (dates: FoundDate[]) => dates.map((d) => resolveDate(ctx, d).date).find((d) => d !== undefined);
  const settle = (date: string | undefined) => {
    const day = date ?? waiting?.above ?? ctx.meeting.facts.start;
    if (day) for (const time of waiting?.times ?? []) ctx.meeting.zonedTimes.push({ ...time, date: day });
    waiting = undefined;
  };
  for (const spot of ctx.spots()) {
    if (ctx.listTables.has(spot.at.block) || spot.text.trim() === '') continue;
    const times = ANY_ZONE.test(spot.text) ? zonedTimesIn(spot) : [];
    // Dates are looked for only next to zoned times: most paragraphs have none.
    if (waiting || times.length > 0) {
      const dates = findDates(spot.text);
      const own = dateIn(dates);
      if (waiting) settle(own !== undefined && isDateAlone(spot.text, dates[0]!.raw) ? own : undefined);
      if (own !== undefined) for (const time of times) ctx.meeting.zonedTimes.push({ ...time, date: own });
      else if (times.length > 0) {
        const above = previous && dateIn(findDates(previous.text));
        waiting = { times, ...(above !== undefined ? { above } : {}) };
      }
    }
    previous = spot;
  }
  settle(undefined);
}

/** A paragraph that is a date and nothing more ("- November 06, 2025", "October 09, 2025"). */
function isDateAlone(text: string, date: string): boolean {
  return squash(text).replace(date, '').replace(/[\s.,;:*_`-]/g, '') === '';
}

/** The zoned times of a paragraph: each time with its labels, times joined by "/" or "(" grouped as one. */
function zonedTimesIn(spot: Spot): Pending[] {
  const groups: Pending[] = [];
  let last: { start: number; end: number; group: Pending } | undefined;
  for (const time of findTimes(spot.text)) {
    // "UTC 07:30 / CEST 09:30": a label right before a time is its own ("CEST" is 09:30's, not 07:30's), unless it
    // is the label of the time before it ("09:00 CET 10:00-11:00").
    const written = labelBefore(spot.text, time.index);
    const before = written && !(last && written.start < last.end) ? written : undefined;
    const after = before ? undefined : labelsAt(spot.text, time.index + time.raw.length);
    const labels = before ? [before.label] : after!.labels;
    if (labels.length === 0) continue;
    const [from, end] = before ? [before.start, time.index + time.raw.length] : [time.index, after!.end];
    const entry = { clock: time.start, labels };
    if (last && from - last.end <= 12 && SAME_TIME.test(spot.text.slice(last.end, from))) {
      last.group.times.push(entry);
      last.end = end;
    } else {
      last = { start: from, end, group: { raw: '', times: [entry], location: locate(spot.at, '') } };
      groups.push(last.group);
    }
    // A closing parenthesis read after the last label belongs to the text around it ("(04:30-05:30 UTC)").
    const raw = spot.text.slice(last.start, last.end).trim();
    last.group.raw = raw.endsWith(')') && raw.split('(').length < raw.split(')').length ? raw.slice(0, -1) : raw;
    last.group.location = locate(spot.at, last.group.raw);
  }
  return groups;
}
