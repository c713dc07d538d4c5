import { describe, expect, it } from 'vitest';
import { findDates, isoDate, weekdayOf } from '../../../src/core';

describe('dates as agendas write them', () => {
  it.each([
    ['(Geneva, 29 July – 2 August 2024)', { day: 29, month: 7, year: 2024, end: { day: 2, month: 8, year: 2024 } }],
    ['Thursday, 1 August ', { day: 1, month: 8, weekday: 'Thursday' }],
    ['24 (Thursday) February 2012', { day: 24, month: 2, year: 2012, weekday: 'Thursday' }],
    ['MONDAY, December 3, 2007', { day: 3, month: 12, year: 2007, weekday: 'Monday' }],
    ['Nov 18 - 22, 2019, Reno, USA', { day: 18, month: 11, year: 2019, end: { day: 22, month: 11, year: 2019 } }],
    ['Wednesday, 18 July, 2018', { day: 18, month: 7, year: 2018, weekday: 'Wednesday' }],
    ['IETF 70, Vancouver, 3-4 Dec 2007', { day: 3, month: 12, year: 2007, end: { day: 4, month: 12, year: 2007 } }],
    ['Friday, 08 Nov 2019, 24:00 UTC', { day: 8, month: 11, year: 2019, weekday: 'Friday' }],
    ['30 December – 3 January 2025', { day: 30, month: 12, year: 2024, end: { day: 3, month: 1, year: 2025 } }],
    ['on 2024-09-04 at', { day: 4, month: 9, year: 2024 }],
    ['on 18 June. Approved', { day: 18, month: 6, raw: '18 June' }],
  ])('%s', (text, expected) => {
    expect(findDates(text)[0]).toMatchObject(expected);
  });

  it.each(['Tdocs may be approved', 'Study Groups 9 and 16', 'Tao Sun (China Mobile)', 'Plan for 2028 - 2031', 'Rel-16 June'])(
    'finds no date in %s',
    (text) => {
      expect(findDates(text)).toEqual([]);
    },
  );

  it('knows which dates exist and their weekdays', () => {
    expect(isoDate({ day: 31, month: 2, year: 2025 })).toBeUndefined();
    expect(isoDate({ day: 29, month: 2, year: 2024 })).toBe('2024-02-29');
    expect(weekdayOf('2012-02-24')).toBe('Friday');
    expect(weekdayOf('2025-04-06')).toBe('Sunday');
  });
});
