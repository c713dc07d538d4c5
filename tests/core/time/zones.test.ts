import { describe, expect, it } from 'vitest';
import { isTimeZone, zoneNamedIn, zoneOfPlace } from '../../../src/core';

describe('time zones', () => {
  it.each([
    ['14:30 - 15:45 hours Geneva time', 'Europe/Zurich'],
    ['Date, Time (Geneva time)', 'Europe/Zurich'],
    ['Friday, 08 Nov 2019, 24:00 UTC', 'UTC'],
    ['14:00 CET', 'Europe/Paris'],
    ['Thursday at 08:00 PT / 15:00 UTC', 'America/Los_Angeles'],
    ['Time: 15:30-17:00 PDT (22:30-00:00 UTC)', 'America/Los_Angeles'],
    // "IST" is India's or Ireland's: the next label names the zone.
    ['Time: 1730-1900 IST/GMT/UTC', 'UTC'],
    // The zone before the time, and offsets: IANA's fixed zones sign them the other way round.
    ['UTC 09:00-10:00 Opening', 'UTC'],
    ['UTC+2 14:00-15:00 Plenary', 'Etc/GMT-2'],
    ['14:00 GMT-8', 'Etc/GMT+8'],
    ['Time: 10:00 UTC +10', 'Etc/GMT-10'],
    ['UTC+0 09:00', 'UTC'],
    ['UTC+02:00 09:00', 'Etc/GMT-2'],
  ])('%s names %s', (text, zone) => {
    expect(zoneNamedIn(text)).toBe(zone);
  });

  it('finds no zone in plain text, and knows zones by place', () => {
    expect(zoneNamedIn('at the time of the meeting')).toBeUndefined();
    expect(zoneNamedIn('cet après-midi, est-ce possible')).toBeUndefined();
    // Not offsets: a duration after a time, half an hour (no IANA zone), more than any zone's.
    expect(zoneNamedIn('15:00 UTC - 1 hr')).toBe('UTC');
    expect(zoneNamedIn('15:00 UTC -1 hr')).toBe('UTC');
    expect(zoneNamedIn('13:30 UTC+5:30')).toBeUndefined();
    expect(zoneNamedIn('13:30 UTC+15')).toBeUndefined();
    expect(zoneOfPlace('Reno, USA')).toBe('America/Los_Angeles');
    expect(zoneOfPlace('Atlantis')).toBeUndefined();
  });

  it('every zone it names is a real IANA zone', () => {
    expect(['Europe/Zurich', 'America/Toronto', 'Asia/Tokyo'].every(isTimeZone)).toBe(true);
    expect(isTimeZone('Geneva/Time')).toBe(false);
  });
});
