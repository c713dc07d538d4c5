// Excel's dates are serial numbers — days since 1899-12-30, its 1900 leap-year bug included — which is what a date
// cell holds and what TODAY() compares with. The conversion is write-excel-file's, the library that writes the file.
import { convertDateToSerialNumber } from 'write-excel-file/utility';

/** A `YYYY-MM-DD` date as the instant its serial number counts from: midnight UTC. */
export function utcDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** The serial number of a `YYYY-MM-DD` date. */
export function serialOf(iso: string): number {
  return convertDateToSerialNumber(utcDate(iso));
}
