import { describe, expect, it } from 'vitest';
import { findingsOf, odataPlan, quoted } from '../../../helpers/rules';

const rule = 'date/weekend';
const plan = (date: string, deadline: string) =>
  `RG-IEM plan\nDate, Time (Geneva time) | Objectives | Contribution Deadline\n${date} / 13:00 – 15:00 | Review | ${deadline}`;

describe(rule, () => {
  it.each([
    ['a deadline on a Sunday', plan('14 April 2025', '6 April 2025'), ['6 April 2025']],
    ['an e-meeting on a Saturday', plan('12 April 2025', '3 April 2025'), ['12 April 2025']],
    ['a deadline in running text', 'Contribution deadline: Saturday, 5 April 2025', ['Saturday, 5 April 2025']],
    ['a meeting with a time window', 'Next meeting: 6 April 2025, 1400-1530 (Geneva time)', ['6 April 2025']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['working days', plan('14 April 2025', '7 April 2025')],
    ['a weekend date that is only mentioned', 'The workshop report (5 April 2025) is attached.'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  const workPlan = (reviewerEta: string) => odataPlan(`OData Core - Overview | Arlo | Done | mflasko/Alex | ${reviewerEta} |  | In Progress`);

  it('calls a work plan’s planned date on a weekend only an info: an ETA the team set for itself', () => {
    const [finding, ...others] = findingsOf(rule, workPlan('2012-03-18'));
    expect(others).toEqual([]);
    expect([finding!.severity, finding!.location.text, finding!.message]).toEqual(['info', '2012-03-18', 'The planned date "2012-03-18" falls on a Sunday.']);
    expect(findingsOf(rule, workPlan('Friday, 16 March 2012'))).toEqual([]);
  });

  it('names the day', () => {
    expect(findingsOf(rule, plan('14 April 2025', '6 April 2025'))[0]!.message).toMatchInlineSnapshot(
      `"The deadline "6 April 2025" falls on a Sunday; deadlines are normally on working days."`,
    );
  });
});
