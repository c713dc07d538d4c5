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
  ])('%s names %s', (text, zone) => {
    expect(zoneNamedIn(text)).toBe(zone);
  });

  it('finds no zone in plain text, and knows zones by place', () => {
    expect(zoneNamedIn('at the time of the meeting')).toBeUndefined();
    expect(zoneNamedIn('cet après-midi, est-ce possible')).toBeUndefined();
    expect(zoneOfPlace('Reno, USA')).toBe('America/Los_Angeles');
    expect(zoneOfPlace('Atlantis')).toBeUndefined();
  });

  it('every zone it names is a real IANA zone', () => {
    expect(['Europe/Zurich', 'America/Toronto', 'Asia/Tokyo'].every(isTimeZone)).toBe(true);
    expect(isTimeZone('Geneva/Time')).toBe(false);
  });
});
