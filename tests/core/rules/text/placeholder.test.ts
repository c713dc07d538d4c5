import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'text/placeholder';

describe(rule, () => {
  it.each([
    ['<TBD>', '4.2 Resolutions review\n<TBD>', ['<TBD>']],
    ['a TBD cell', 'AI# | Topic | Specs\n1 | Opening | TBD', ['TBD']],
    ['[TBD]', 'Venue: [TBD]', ['[TBD]']],
    ['xxx in a 3GPP number', 'SA WG2 Meeting #135\t\tS2-190xxxx', ['S2-190xxxx']],
    ['xxx in a TD number', 'Report – TD xxx', ['TD xxx']],
    ['an unset time', 'Start at xx:xx', ['xx:xx']],
    ['an action id like WP2-X', 'Anticipated action WP2-X: Agree the text.', ['WP2-X']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['"to be confirmed" in prose', 'During WTSA-24, date/time to be confirmed.'],
    ['words that contain TBD-like letters', 'TBDX and STBD are names; Texas is not xx:'],
    ['a real action id', 'Anticipated action WP2-10: Agree.'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('asks for the real text', () => {
    expect(findingsOf(rule, '<TBD>')[0]!.message).toMatchInlineSnapshot(`""<TBD>" is a placeholder; replace it with the real text before the agenda goes out."`);
  });
});
