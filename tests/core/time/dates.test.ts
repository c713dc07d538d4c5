import { describe, expect, it } from 'vitest';
import { findDates, isoDate, weekdayOf } from '../../../src/core';
import { findWeekdayDays } from '../../../src/core/time/dates';

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
    ['Sunday, 2024-03-17', { day: 17, month: 3, year: 2024, weekday: 'Sunday' }],
    ['Tuesday (2023-10-03)', { day: 3, month: 10, year: 2023, weekday: 'Tuesday' }],
    // Weekdays of a range's days: a range of them before it, or one before each end.
    ['Monday-Tuesday, May 13-14', { day: 13, month: 5, weekday: 'Monday', end: { day: 14, month: 5, weekday: 'Tuesday' } }],
    ['Mon–Wed 3–5 June 2024', { day: 3, month: 6, year: 2024, weekday: 'Monday', end: { day: 5, month: 6, year: 2024, weekday: 'Wednesday' } }],
    ['Wednesday-Thursday, October 11-12, 2023', { day: 11, month: 10, year: 2023, weekday: 'Wednesday', end: { day: 12, weekday: 'Thursday' } }],
    ['Tuesday 3 - Friday 13 September 2024', { day: 3, month: 9, weekday: 'Tuesday', end: { day: 13, month: 9, weekday: 'Friday' } }],
    ['Monday, May 13 – Tuesday, May 14, 2024', { day: 13, month: 5, year: 2024, weekday: 'Monday', end: { day: 14, month: 5, weekday: 'Tuesday' } }],
  ])('%s', (text, expected) => {
    expect(findDates(text)[0]).toMatchObject(expected);
  });

  it.each(['Tdocs may be approved', 'Study Groups 9 and 16', 'Tao Sun (China Mobile)', 'Plan for 2028 - 2031', 'Rel-16 June'])(
    'finds no date in %s',
    (text) => {
      expect(findDates(text)).toEqual([]);
    },
  );

  it.each([
    ['Tuesday 12th', [{ weekday: 'Tuesday', day: 12, raw: 'Tuesday 12th' }]],
    ['Sessions on Wed 13th and Thurs, 14th', [{ weekday: 'Wednesday', day: 13 }, { weekday: 'Thursday', day: 14 }]],
    ['| Monday 24th | Tuesday 25th |', [{ weekday: 'Monday', day: 24 }, { weekday: 'Tuesday', day: 25 }]],
    ['Friday the 3rd', [{ weekday: 'Friday', day: 3 }]],
  ])('reads a weekday with a day and no month in %s', (text, expected) => {
    expect(findWeekdayDays(text)).toMatchObject(expected);
  });

  it.each(['Tuesday 12th March 2013', 'Tuesday 12th of March', 'Tuesday, 12th, May', 'Tuesday 12', 'the 12th session', 'Monday 1st:00'])('reads no month-less day in %s', (text) => {
    expect(findWeekdayDays(text)).toEqual([]);
  });

  it('knows which dates exist and their weekdays', () => {
    expect(isoDate({ day: 31, month: 2, year: 2025 })).toBeUndefined();
    expect(isoDate({ day: 29, month: 2, year: 2024 })).toBe('2024-02-29');
    expect(weekdayOf('2012-02-24')).toBe('Friday');
    expect(weekdayOf('2025-04-06')).toBe('Sunday');
  });
});
