// Dates written out for people: "Sunday 6 April 2025" in messages, "6 April 2025" in generated tables.
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';

export function spellDate(iso: string, pattern = 'EEEE d MMMM yyyy'): string {
  return format(new UTCDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))), pattern);
}
