// Dates written out for people: "Sunday 6 April 2025" in messages, "6 April 2025" in generated tables, and a date
// written the way the document already writes another one ("Sunday, 8 March 2026", "March 8, 2026", "8 Mar 2026").
import { format } from 'date-fns';
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { MONTHS, WEEKDAYS } from './dates';

export function spellDate(iso: string, pattern = 'EEEE d MMMM yyyy'): string {
  return format(new UTCDateMini(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))), pattern);
}

const WEEKDAY_WORD = new RegExp(`^(${WEEKDAYS.map((d) => `${d}|${d.slice(0, 3)}`).join('|')})\\.?(,?\\s+)`, 'i');

/** `iso` spelt the way `written` spells its date: weekday, day and month order, month length, ordinal, year, capitals. */
export function spellDateLike(written: string, iso: string): string {
  const text = written.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return iso;
  const weekday = WEEKDAY_WORD.exec(text);
  const rest = weekday ? text.slice(weekday[0].length) : text;
  const month = /[A-Z]{3,}/i.exec(rest)?.[0];
  if (!month) return spellDate(iso, 'd MMMM yyyy');
  const monthPattern = MONTHS.some((m) => m.toLowerCase() === month.toLowerCase()) ? 'MMMM' : 'MMM';
  const day = /\d(?:st|nd|rd|th)\b/i.test(rest) ? 'do' : 'd';
  const year = /\d{4}/.test(rest);
  const pattern = /^\d/.test(rest)
    ? `${day} ${monthPattern}${year ? ' yyyy' : ''}`
    : `${monthPattern} ${day}${year ? (/,\s*\d{4}/.test(rest) ? ', yyyy' : ' yyyy') : ''}`;
  const out = `${weekday ? `${weekday[1]!.length > 3 ? 'EEEE' : 'EEE'}${weekday[2]!.startsWith(',') ? ',' : ''} ` : ''}${pattern}`;
  const spelt = spellDate(iso, out);
  return month === month.toUpperCase() ? spelt.toUpperCase() : spelt;
}
