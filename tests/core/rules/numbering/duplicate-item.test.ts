import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'numbering/duplicate-item';

describe(rule, () => {
  it('fires for the same title under two numbers', () => {
    const text = '8 Other business\n8.1 Intellectual Property Rights inquiry\n9 Reports\n10 Intellectual Property Rights inquiry';
    const findings = findingsOf(rule, text);
    expect(quoted(findings)).toEqual(['10']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`""Intellectual Property Rights inquiry" appears as item 8.1 and again as item 10; an item is listed once."`);
  });

  it.each([
    ['different titles', '1 Opening\n2 Closing'],
    ['very short titles', '1 AOB\n2 AOB'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
