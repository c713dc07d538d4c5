// How the date rules write a date in a message: "Sunday 6 April 2025".
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';

export function spellDate(iso: string): string {
  return format(new UTCDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))), 'EEEE d MMMM yyyy');
}
