import { describe, expect, it } from 'vitest';
import { meetingCalendar } from '../../src/io/ics';
import { analyseFile } from '../helpers/analyse';
import { CORPUS, WP2 } from '../helpers/shared';

const now = new Date(Date.UTC(2025, 0, 1));

function events(ics: string): string[][] {
  return ics.split('BEGIN:VEVENT').slice(1).map((event) => event.split('END:VEVENT')[0]!.trim().split(/\r?\n/).filter((l) => /^(DTSTART|DTEND|SUMMARY|UID)/.test(l)));
}

describe('the meeting calendar (.ics)', () => {
  it('has the RG-IEM e-meetings at 13:00-15:00 Europe/Zurich and their deadlines as all-day events', () => {
    const { meeting } = analyseFile(WP2);
    const ics = meetingCalendar(meeting, { now });
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich');
    expect(events(ics)).toEqual([
      ['UID:rg-iem-e-meeting-2025-02-11-0@docket', 'DTSTART;TZID=Europe/Zurich:20250211T130000', 'DTEND;TZID=Europe/Zurich:20250211T150000', 'SUMMARY:RG-IEM e-meeting'],
      ['UID:rg-iem-deadline-2025-02-03-0@docket', 'DTSTART;VALUE=DATE:20250203', 'SUMMARY:Contribution deadline: RG-IEM e-meeting of 11 February 2025'],
      ['UID:rg-iem-e-meeting-2025-04-14-1@docket', 'DTSTART;TZID=Europe/Zurich:20250414T130000', 'DTEND;TZID=Europe/Zurich:20250414T150000', 'SUMMARY:RG-IEM e-meeting'],
      ['UID:rg-iem-deadline-2025-04-06-1@docket', 'DTSTART;VALUE=DATE:20250406', 'SUMMARY:Contribution deadline: RG-IEM e-meeting of 14 April 2025'],
    ]);
  });

  it('puts sessions in the zone the agenda names or its place implies', () => {
    const { meeting } = analyseFile(`${CORPUS}/ietf-httpbis-ietf102-agenda.txt`);
    const first = events(meetingCalendar(meeting, { now }))[0]!;
    expect(first).toContain('DTSTART;TZID=America/Toronto:20180717T155000');
    expect(first).toContain('DTEND;TZID=America/Toronto:20180717T182000');
  });

  it('gives the same events the same ids in every export', () => {
    const { meeting } = analyseFile(WP2);
    expect(meetingCalendar(meeting, { now })).toBe(meetingCalendar(meeting, { now }));
  });
});
