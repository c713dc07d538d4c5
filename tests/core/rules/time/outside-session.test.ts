import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'time/outside-session';
const session = 'Timing | # | Agenda Item | Docs\nThursday, 1 August 2024 / 14:30 - 15:45 hours Geneva time |  | RG-SOP session | ';
const grid = (entry: string) => ` | Monday | Tuesday | Wednesday\n08:00 / Q1 / 10:00 | ${entry} | x | y`;

describe(rule, () => {
  it.each([
    ['a slot before the session', `${session}\n14:00 hours | 1 | Opening | `, ['14:00']],
    ['a slot after the session', `${session}\n14:30 hours | 1 | Opening | \n16:00 hours | 2 | Late | `, ['16:00']],
    ['a grid entry that ends after its slot', grid('09:00 – 10:30 Opening (1)'), ['09:00 – 10:30']],
    ['a grid entry that starts before its slot', grid('07:30: Early (2)'), ['07:30']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['slots inside the window, the last at its end', `${session}\n14:30 hours | 1 | Opening | \n15:45 hours | 2 | Closure | `],
    ['a grid entry inside its slot', grid('09:00 – 10:00 Opening (1)')],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('names the session and its window', () => {
    expect(findingsOf(rule, `${session}\n14:00 hours | 1 | Opening | `)[0]).toMatchObject({
      severity: 'error',
      message: '14:00 (item 1) starts before its session (RG-SOP session, 14:30-15:45).',
    });
  });

  // 3GPP SA2 grids (#134, #135, #136): the entry's own times are the plan, the row's band only where it sits.
  it.each([
    ['the opening timed past Q1', grid('09:00 – 10:30 ♠ Opening (1), Agenda (2)'), '09:00-10:30 (items 1, 2) ends after its row\'s time band (Monday Q1 08:00-10:00)'],
    ['an early start in the band', grid('07:20:  eV2XARC (7.1) – 12 +2'), '07:20 (item 7.1) starts before its row\'s time band (Monday Q1 08:00-10:00)'],
  ])('is an info naming the band for %s in a time-allocation grid', (_, text, message) => {
    const [finding, ...rest] = findingsOf(rule, text);
    expect(rest).toEqual([]);
    expect(finding!.severity).toBe('info');
    expect(finding!.message).toContain(message);
  });

  it('keeps the severity the configuration sets over the band\'s info', () => {
    expect(findingsOf(rule, grid('09:00 – 10:30 Opening (1)'), { config: { rules: { 'time/outside-session': 'warning' } } })[0]!.severity).toBe('warning');
  });
});
