import { describe, expect, it } from 'vitest';
import { isTimeZone, zoneNamedIn, zoneOfPlace } from '../../../src/core';

describe('time zones', () => {
  it.each([
    ['14:30 - 15:45 hours Geneva time', 'Europe/Zurich'],
    ['Date, Time (Geneva time)', 'Europe/Zurich'],
    ['Friday, 08 Nov 2019, 24:00 UTC', 'UTC'],
    ['14:00 CET', 'Europe/Paris'],
  ])('%s names %s', (text, zone) => {
    expect(zoneNamedIn(text)).toBe(zone);
  });

  it('finds no zone in plain text, and knows zones by place', () => {
    expect(zoneNamedIn('at the time of the meeting')).toBeUndefined();
    expect(zoneOfPlace('Reno, USA')).toBe('America/Los_Angeles');
    expect(zoneOfPlace('Atlantis')).toBeUndefined();
  });

  it('every zone it names is a real IANA zone', () => {
    expect(['Europe/Zurich', 'America/Toronto', 'Asia/Tokyo'].every(isTimeZone)).toBe(true);
    expect(isTimeZone('Geneva/Time')).toBe(false);
  });
});
