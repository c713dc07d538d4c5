import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Config, RULES, RULE_IDS, configOver, parseConfig } from '../../src/core';
import { analyseFile } from '../helpers/analyse';
import { WP2 } from '../helpers/shared';

const rulesDir = fileURLToPath(new URL('../../src/core/rules/', import.meta.url));

describe('the rule catalogue', () => {
  it('keeps every id of the public catalogue (../shared/docs/rules.md)', () => {
    const catalogue = [
      'ref/not-in-document-list', 'ref/never-cited', 'ref/revision-mismatch', 'ref/duplicate-listing', 'ref/style-mixed',
      'time/out-of-order', 'time/outside-session', 'time/overrun',
      'date/weekday-mismatch', 'date/weekend', 'date/deadline-after-meeting', 'date/invalid',
      'numbering/gap', 'numbering/duplicate', 'numbering/duplicate-item',
      'action/duplicate-id', 'action/duplicate-text', 'text/placeholder', 'list/unknown-category', 'table/empty',
    ];
    expect(RULE_IDS).toEqual(expect.arrayContaining(catalogue));
  });

  it('has one file per rule, named after its id, and one test file per rule', async () => {
    for (const rule of RULES) {
      const module = (await import(/* @vite-ignore */ pathToFileURL(join(rulesDir, `${rule.id}.ts`)).href)) as { rule: { id: string } };
      expect(module.rule.id).toBe(rule.id);
    }
    const testFiles = readdirSync(fileURLToPath(new URL('./rules/', import.meta.url)), { recursive: true }).map(String);
    for (const id of RULE_IDS) expect(testFiles).toContain(`${id}.test.ts`);
    expect(readdirSync(rulesDir)).toContain('index.ts');
  });
});

describe('configuration', () => {
  it('turns rules off and changes their severity', () => {
    const off = analyseFile(WP2, Config.parse({ rules: { 'text/placeholder': 'off', 'date/weekend': 'error' } }));
    expect(off.findings.some((f) => f.ruleId === 'text/placeholder')).toBe(false);
    expect(off.findings.find((f) => f.ruleId === 'date/weekend')!.severity).toBe('error');
  });

  it('returns findings in document order', () => {
    const { findings } = analyseFile(WP2);
    const positions = findings.map((f) => f.location.block * 1000 + (f.location.row ?? 0));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it.each([
    [{ rules: { 'ref/typo': 'off' } }, 'unknown rule id "ref/typo"'],
    [{ rules: { 'date/weekend': 'loud' } }, '"rules.date/weekend" must be one of off, info, warning, error'],
    [{ categories: 'Information' }, '"categories" must be a list'],
    [{ timeZone: 'Geneva' }, 'is not an IANA time zone'],
    [{ categories: [] }, '"categories" must not be empty'],
    [{ colour: 'red' }, '"colour" is not a setting (the settings are rules, categories, timeZone)'],
  ])('explains a bad configuration %j', (value, message) => {
    const parsed = parseConfig(value, RULE_IDS);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  it('lays one configuration over another: every rule the top sets, its categories and time zone only where it sets them', () => {
    const below = Config.parse({ rules: { 'date/weekend': 'off', 'text/placeholder': 'error' }, categories: ['Admin'], timeZone: 'Europe/Zurich' });
    expect(configOver(below, Config.parse({ rules: { 'date/weekend': 'warning' } }), ['rules'])).toEqual({
      rules: { 'date/weekend': 'warning', 'text/placeholder': 'error' },
      categories: ['Admin'],
      timeZone: 'Europe/Zurich',
    });
    expect(configOver(below, Config.parse({ categories: ['Report'], timeZone: 'Asia/Tokyo' }), ['categories', 'timeZone'])).toEqual({
      rules: below.rules,
      categories: ['Report'],
      timeZone: 'Asia/Tokyo',
    });
  });

  it('accepts a good configuration and fills in the defaults', () => {
    const parsed = parseConfig({ rules: { 'ref/style-mixed': 'off' }, timeZone: 'America/Toronto' }, RULE_IDS);
    expect(parsed).toMatchObject({ ok: true, config: { rules: { 'ref/style-mixed': 'off' }, timeZone: 'America/Toronto' } });
    if (parsed.ok) expect(parsed.config.categories).toContain('Information');
  });
});
