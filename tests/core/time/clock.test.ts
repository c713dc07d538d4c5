import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockOf, findTimes, minutesOf, parseClock } from '../../../src/core';

describe('times of day', () => {
  it.each([
    ['14:30 hours', [['14:30', undefined]]],
    ['14:30 - 15:45 hours Geneva time', [['14:30', '15:45']]],
    ['13:00 – 15:00', [['13:00', '15:00']]],
    ['4 September 2024, 1400-1530 (Geneva time)', [['14:00', '15:30']]],
    ['MONDAY, December 3, 2007 -- 1740-1950', [['17:40', '19:50']]],
    ['9:30-12:00 Wednesday Morning session I', [['09:30', '12:00']]],
    ['11:00: ♠ 5G_CIoT (7.4)', [['11:00', undefined]]],
    ['1:00PM ATSSS drafting', [['13:00', undefined]]],
    ['Friday, 08 Nov 2019, 24:00 UTC', [['24:00', undefined]]],
    ['14h30 to 16h00', [['14:30', '16:00']]],
  ])('%s', (text, expected) => {
    expect(findTimes(text).map((t) => [t.start, t.end])).toEqual(expected);
  });

  it.each(['plan for 2028 - 2031', 'TS 23.501 v16.2.0', 'items 3.1 and 2.2', 'Rel-16 2.1', '25:00'])('finds no time in %s', (text) => {
    expect(findTimes(text)).toEqual([]);
  });

  it('reads single times and refuses impossible ones', () => {
    expect(parseClock('9:00')).toBe('09:00');
    expect(parseClock('12:30 PM')).toBe('12:30');
    expect(parseClock('12am')).toBe('00:00');
    expect(parseClock('24:30')).toBeUndefined();
    expect(parseClock('13pm')).toBeUndefined();
  });

  it('writes minutes after midnight as the HH:MM time minutesOf reads back', () => {
    expect([clockOf(0), clockOf(14 * 60 + 5), clockOf(24 * 60)]).toEqual(['00:00', '14:05', '24:00']);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 }), (minutes) => {
        expect(minutesOf(clockOf(minutes))).toBe(minutes);
      }),
    );
  });
});
