import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'time/zone-mismatch';

describe(rule, () => {
  it.each([
    // OASIS SARIF TC: US daylight saving time ends on 2 November 2025, so 08:00 PST is 16:00 UTC.
    ['a PT / UTC pair after daylight saving time ends, dated by the line under it', 'Proposed Teleconference (Thursday at 08:00 PT / 15:00 UTC - 1 hr)\n- November 06, 2025', ['08:00 PT / 15:00 UTC']],
    // Ecma TC39 in A Coruña: Madrid is on CET in November.
    ['CEST written for November, the year from the meeting', 'Meeting (A Coruña, 29 November – 1 December 2022)\nDeadline for advancement eligibility: November 19th, 10:00 CEST', ['10:00 CEST']],
    ['EST written for July', 'Call on Thursday, 10 July 2025 at 15:00 EST', ['15:00 EST']],
    ['a conversion an hour off', 'Session I: 22 July 2024, 15:30-17:00 PDT (21:30-23:00 UTC)', ['15:30-17:00 PDT (21:30-23:00 UTC)']],
    ['two labels of one time that differ, dated by the line above', 'Date: Monday 9 December 2024\nTime: 14:00 CET/UTC', ['14:00 CET/UTC']],
    ['a summer meeting\'s times in CET, dated by the meeting', 'Meeting (Geneva, 10-14 June 2024)\nSessions start at 09:30 CET', ['09:30 CET']],
    ['BST in January: British summer time is over, and Bangladesh is not at UTC+0', 'Call on 10 January 2025 at 14:00 BST / 14:00 UTC', ['14:00 BST / 14:00 UTC']],
    // The zone written before the time, as ISO/TC 211 notices write it ("closing at UTC 07:30").
    ['zones written before their times, an hour off', 'Call on 21 May 2025: opening at UTC 07:30 / CEST 08:30', ['UTC 07:30 / CEST 08:30']],
    ['an offset label before the time that does not agree with the UTC time', 'Call on 21 May 2025 at UTC+2 14:00 (13:00 UTC)', ['UTC+2 14:00 (13:00 UTC)']],
    ['an offset label after the time', 'Call on 21 May 2025 at 14:00 UTC+2 / 11:00 UTC', ['14:00 UTC+2 / 11:00 UTC']],
    ['a label before a range', 'Session on 19 November 2024: CEST 10:00-12:00', ['CEST 10:00-12:00']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['a PT / UTC pair before daylight saving time ends', 'Scheduled Teleconference (Thursday at 08:00 PT / 15:00 UTC - 1 hr)\n- October 09, 2025'],
    // IETF 121, Dublin: in November Ireland is on GMT, so all three labels are UTC+0.
    ['IST/GMT/UTC in Dublin in November', 'Date: Monday November 4, 2024\nTime: 1730-1900 IST/GMT/UTC'],
    // ISO/TC 211 HMMG: IST here is India Standard Time, UTC+5:30.
    ['IST as India Standard Time', '2023-12-06 13:30-14:30 IST (08:00-09:00 UTC)'],
    // IETF 120, Vancouver: the UTC end falls on the next day.
    ['a UTC conversion past midnight', 'Date: Monday 22 July 2024\nTime: 15:30-17:00 PDT (22:30-00:00 UTC)'],
    ['a conversion that names the next day', 'Time: 18:30-19:30 PDT (01:30-02:30 UTC, 26 July 2024)'],
    ['CET with its IANA zone in November', '10:00 to 16:00 CET (Europe/Madrid) on 29 November 2022'],
    ['a time whose day cannot be known', 'Calls are at 08:00 PT / 15:00 UTC'],
    ['Geneva time in summer', 'Meeting (Geneva, 10-14 June 2024)\n14:30 - 15:45 hours Geneva time'],
    ['MST in Arizona, which keeps it all summer', 'Call on 10 July 2025 at 09:00 MST / 16:00 UTC'],
    ['BST read as Bangladesh Standard Time', 'Call on 10 January 2025 at 14:00 BST / 08:00 UTC'],
    ['a deadline in UTC', 'Deadline for submitting tdocs:  Friday, 08 Nov 2019, 24:00 UTC'],
    // ISO/TC 211 AG 10 (Wuhan, 21 May 2025): the zone before the time, and the same time as the Zoom invite writes it.
    ['zones written before their times', 'Meeting date: 21st May 2025\nAll Maintenance Groups meeting closing at UTC 07:30. AG3 (PMG) will commence at UTC 08:00 using a different Zoom link.'],
    ['a zone before the time and one after it, in agreement', 'Call on 21 May 2025: opening at UTC 07:30 / 09:30 CEST'],
    ['an offset label before the time', 'Call on 21 May 2025 at UTC+2 14:00 (12:00 UTC)'],
    ['an offset label after the time', 'Call on 21 May 2025 at 14:00 UTC+2 / 12:00 UTC'],
    ['UTC+2 in a summer, where CEST is UTC+2 too', 'Call on 21 May 2025 at 14:00 UTC+2 / 14:00 CEST'],
    ['a label that belongs to the time before it, not to the range after it', 'Call on 19 November 2024: 09:00 CET 10:00-11:00 break'],
    ['a duration after a UTC time, which is not an offset', 'Call on 6 November 2025 at 08:00 PST / 16:00 UTC - 1 hr'],
    ['a half-hour offset, which names no zone Docket can place', 'Call on 6 December 2023 at 13:30 UTC+5:30 (08:00 UTC)'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('says what the time is in the other zone, and which zone a wrong season label names', () => {
    expect(findingsOf(rule, 'Proposed Teleconference (Thursday at 08:00 PT / 15:00 UTC - 1 hr)\n- November 06, 2025')[0]!.message).toMatchInlineSnapshot(`""08:00 PT / 15:00 UTC" on 6 November 2025: 08:00 PT is 16:00 UTC (America/Los_Angeles is at UTC−8 that day), not 15:00."`);
    expect(findingsOf(rule, 'Meeting (A Coruña, 29 November – 1 December 2022)\nDeadline: November 19th, 10:00 CEST')[0]!.message).toMatchInlineSnapshot(`""10:00 CEST" on 19 November 2022: CEST is UTC+2, but Europe/Paris is on CET (UTC+1) that day."`);
    expect(findingsOf(rule, 'Date: Monday 9 December 2024\nTime: 14:00 CET/UTC')[0]!.message).toMatchInlineSnapshot(`""14:00 CET/UTC": its zones are not the same time on 9 December 2024 (CET is UTC+1, UTC is UTC+0)."`);
  });
});
