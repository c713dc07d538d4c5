// The meeting calendar as written by ical-generator, judged by ical.js: events, titles, times (wall clock in the
// meeting's zone and as instants through the calendar's own VTIMEZONE), rooms, and no event twice.
import { describe, expect, it } from 'vitest';
import { meetingCalendar } from '../../src/io/ics';
import { analyseFile } from '../helpers/analyse';
import { readCalendar, type ReadEvent } from '../helpers/ical';
import { CORPUS, SA2_136, WP2 } from '../helpers/shared';

const now = new Date(Date.UTC(2025, 0, 1));
const SA2_135 = `${CORPUS}/docx/draft_S2-190xxxx_SA2-135-Agenda-v4.docx`;
const SA2_134 = `${CORPUS}/docx/updated_S2-1906993_SA2-134-Agenda-v15.docx`;

const calendarOf = (path: string) => readCalendar(meetingCalendar(analyseFile(path).meeting, { now }));
const at = (events: ReadEvent[], start: string) => events.filter((e) => e.start === start);
const brief = (e: ReadEvent) => [e.start.slice(11, 16), e.end?.slice(11, 16), e.location, e.summary];

describe('the meeting calendar (.ics)', () => {
  it('has the RG-IEM e-meetings at 13:00-15:00 Europe/Zurich and their deadlines as all-day events', () => {
    const ics = meetingCalendar(analyseFile(WP2).meeting, { now });
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich');
    expect(readCalendar(ics).map(({ uid, summary, start, end, zone, startInstant }) => ({ uid, summary, start, end, zone, startInstant }))).toEqual([
      { uid: 'rg-iem-e-meeting-2025-02-11-0@docket', summary: 'RG-IEM e-meeting', start: '2025-02-11T13:00:00', end: '2025-02-11T15:00:00', zone: 'Europe/Zurich', startInstant: '2025-02-11T12:00:00.000Z' },
      { uid: 'rg-iem-deadline-2025-02-03-0@docket', summary: 'Contribution deadline: RG-IEM e-meeting of 11 February 2025', start: '2025-02-03', end: undefined, zone: undefined, startInstant: '2025-02-03T00:00:00.000Z' },
      { uid: 'rg-iem-e-meeting-2025-04-14-1@docket', summary: 'RG-IEM e-meeting', start: '2025-04-14T13:00:00', end: '2025-04-14T15:00:00', zone: 'Europe/Zurich', startInstant: '2025-04-14T11:00:00.000Z' },
      { uid: 'rg-iem-deadline-2025-04-06-1@docket', summary: 'Contribution deadline: RG-IEM e-meeting of 14 April 2025', start: '2025-04-06', end: undefined, zone: undefined, startInstant: '2025-04-06T00:00:00.000Z' },
    ]);
  });

  it('puts sessions in the zone the agenda names or its place implies', () => {
    const [first] = calendarOf(`${CORPUS}/ietf-httpbis-ietf102-agenda.txt`);
    expect(first).toMatchObject({ start: '2018-07-17T15:50:00', end: '2018-07-17T18:20:00', zone: 'America/Toronto', startInstant: '2018-07-17T19:50:00.000Z' });
  });

  it('gives the same events the same ids in every export', () => {
    const { meeting } = analyseFile(WP2);
    expect(meetingCalendar(meeting, { now })).toBe(meetingCalendar(meeting, { now }));
  });
});

describe('the calendar of a time-allocation grid (SA2 #136, Reno)', () => {
  const events = calendarOf(SA2_136);

  it('has one event per slot and room, each id once, in Reno’s time (America/Los_Angeles, UTC-8 in November)', () => {
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(new Set(events.map((e) => `${e.start} ${e.location}`)).size).toBe(events.length);
    expect(events.every((e) => e.zone === 'America/Los_Angeles')).toBe(true);
    // 5 days x 5 slots x 3 rooms, less the merged plenary cells, the empty cells and the Friday 18:00 note; the
    // Friday 07:20 session written under the day's name; and the three drafting sessions of the lunch row.
    expect(events).toHaveLength(68);
    expect(new Set(events.map((e) => e.location))).toEqual(new Set(['Naples 6/7 (Main meeting room)', 'Naples 2/3 (Breakout room 1)', 'Naples 4 (Breakout room 2)']));
  });

  it('opens on Monday at 09:00-10:30, as the cell says, in the main room, titled by its items', () => {
    expect(at(events, '2019-11-18T09:00:00').map(brief)).toEqual([
      ['09:00', '10:30', 'Naples 6/7 (Main meeting room)', 'SA WG2: Opening (1), Agenda (2), Reports (3), Common issues (4.1), WIDs (9.1), Future Meetings (9.3)'],
    ]);
    expect(at(events, '2019-11-18T09:00:00')[0]!.startInstant).toBe('2019-11-18T17:00:00.000Z');
    expect(at(events, '2019-11-18T08:00:00')).toEqual([]);
  });

  it('names the three parallel sessions of a slot by their rooms and topics, without tdoc counts or marks', () => {
    expect(at(events, '2019-11-21T08:00:00').map(brief)).toEqual([
      ['08:00', '10:00', 'Naples 6/7 (Main meeting room)', 'SA WG2: Vertical_LAN (7.7.1) 5G-LAN; Vertical_LAN (7.7.2) TSN; Vertical_LAN (7.7.3) type a/b'],
      ['08:00', '10:00', 'Naples 2/3 (Breakout room 1)', 'SA WG2: 5G (6.6) PCC; 5G_eLCS (7.6); 5G (6.8) Services Support'],
      ['08:00', '10:00', 'Naples 4 (Breakout room 2)', 'SA WG2: eIMS5G_SBA (7.10.4); eNS (7.10.2); ETSUN (7.10.6); xBDT (7.10.7)'],
    ]);
    expect(events.filter((e) => /♠|\*|\s[-–]\s?\d+\b|\+\d|\bQ\d\b/u.test(e.summary)).map((e) => e.summary)).toEqual([]);
  });

  it('takes the times a cell gives its entries: 15:45-17:15 on Wednesday, 11:00 on Monday, the single stream from 13:00 on Friday', () => {
    expect(at(events, '2019-11-20T15:45:00').map(brief)).toEqual([
      ['15:45', '17:15', 'Naples 6/7 (Main meeting room)', 'SA WG2: FS_eNS_ph2 (8.8)'],
      ['15:45', '17:15', 'Naples 2/3 (Breakout room 1)', 'SA WG2: 5G_URLLC (7.10.1)'],
      ['15:45', '17:15', 'Naples 4 (Breakout room 2)', 'SA WG2: 5G (6.11) Framework; 5G (6.10) non-3GPP specific; FS_5GSAT_ARCH (8.1)'],
    ]);
    expect(at(events, '2019-11-18T11:00:00').map((e) => e.location)).toEqual(['Naples 6/7 (Main meeting room)', 'Naples 2/3 (Breakout room 1)']);
    expect(at(events, '2019-11-22T13:00:00').map(brief)).toEqual([
      ['13:00', '15:30', 'Naples 6/7 (Main meeting room)', 'SA WG2: Start of single stream; List of agreed tdocs for block approval; Revisions; block approval of agreed tdocs; AOB (10)'],
    ]);
  });

  it('has the session a day’s header holds before the first slot: Friday 07:20-08:00', () => {
    expect(at(events, '2019-11-22T07:20:00').map(brief)).toEqual([['07:20', '08:00', 'Naples 6/7 (Main meeting room)', 'SA WG2: eV2XARC (7.1)']]);
  });

  it('has the drafting sessions the lunch row holds, one per room, titled by what they draft, until the next slot', () => {
    const lunch = events.filter((e) => e.description?.includes(' Lunch 12:30-14:00'));
    expect(lunch.map(brief)).toEqual([
      ['13:00', '14:00', 'Naples 4 (Breakout room 2)', 'SA WG2: ATSSS drafting'],
      ['13:00', '14:00', 'Naples 6/7 (Main meeting room)', 'SA WG2: Vertical_LAN – TSN'],
      ['13:00', '14:00', 'Naples 2/3 (Breakout room 1)', 'SA WG2: Vertical_LAN – TSN'],
    ]);
    expect(lunch.map((e) => e.start.slice(0, 10))).toEqual(['2019-11-19', '2019-11-19', '2019-11-20']);
    expect(lunch[0]!.startInstant).toBe('2019-11-19T21:00:00.000Z');
  });

  it('makes no event of a note written in a cell (“Approved tdocs not available after the meeting…”)', () => {
    expect(at(events, '2019-11-22T18:00:00')).toEqual([]);
    expect(events.filter((e) => /not available/.test(e.summary))).toEqual([]);
  });
});

describe('the calendars of the #135 and #134 grids, whose room list names no rooms', () => {
  it.each([
    [SA2_135, 38, '2019-10-14T09:00:00', 'Europe/Zagreb'],
    [SA2_134, 64, '2019-06-24T09:00:00', 'Asia/Tokyo'],
  ])('%s: one event per slot and room, each once, rooms by their role', (path, count, opening, zone) => {
    const events = calendarOf(path);
    expect(events).toHaveLength(count);
    expect(new Set(events.map((e) => e.uid)).size).toBe(count);
    expect(new Set(events.map((e) => `${e.start} ${e.location}`)).size).toBe(count);
    expect(new Set(events.map((e) => e.location))).toEqual(new Set(['Main meeting room', 'Breakout room 1', 'Breakout room 2']));
    expect(events.every((e) => e.zone === zone)).toBe(true);
    expect(at(events, opening).map((e) => [e.location, e.summary.split(',')[0]])).toEqual([['Main meeting room', 'SA WG2: Opening (1)']]);
    expect(events.filter((e) => /: TBD$|not available|\bQ\d\b/.test(e.summary)).map((e) => e.summary)).toEqual([]);
    // Their lunch rows are empty: no drafting session, and nothing made of the row itself.
    expect(events.filter((e) => /Lunch/.test(`${e.summary} ${e.description}`))).toEqual([]);
  });
});
