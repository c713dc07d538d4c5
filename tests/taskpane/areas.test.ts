import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/core';
import { areaOfRule, groupByArea } from '../../src/taskpane/areas';

describe('the areas findings are grouped under', () => {
  it('names the area of every rule in words, not by its id prefix', () => {
    const unnamed = RULE_IDS.filter((id) => areaOfRule(id) === id.slice(0, id.indexOf('/')));
    expect(unnamed).toEqual([]);
    expect(areaOfRule('plan/status-mismatch')).toBe('Work plan');
  });

  it('puts the area of the most severe finding first', () => {
    const finding = (ruleId: string, severity: 'error' | 'warning' | 'info') => ({ ruleId, severity, message: '', location: { text: '' } }) as never;
    const groups = groupByArea([finding('text/placeholder', 'warning'), finding('plan/status-mismatch', 'warning'), finding('date/invalid', 'error')]);
    expect(groups.map(([area]) => area)).toEqual(['Dates', 'Text', 'Work plan']);
  });
});
