// The task pane's logic that is not drawing: what the user is told when something fails, how findings group, and
// which Office themes are dark.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core';
import { HostError } from '../../src/office/host';
import { groupByArea } from '../../src/taskpane/areas';
import { UnreadableDocument } from '../../src/taskpane/pipeline/check';
import { problemOf } from '../../src/taskpane/problems';
import { initialState, reduce } from '../../src/taskpane/state';
import { isDark } from '../../src/taskpane/theme';

const finding = (ruleId: string, severity: Finding['severity']): Finding => ({ ruleId, messageId: 'test', severity, message: ruleId, location: { block: 0, text: '' } });

describe('what the user is told when something fails', () => {
  it('says what happened and what to do, for every kind of failure', () => {
    expect(problemOf(new UnreadableDocument('This is a Word 97-2003 .doc file …'), 'Word')).toMatchObject({ title: 'Docket cannot read this document', message: 'This is a Word 97-2003 .doc file …' });
    expect(problemOf(new HostError('Word could not save the settings.', 'Make sure the document is not read-only.'), 'Word')).toEqual({
      title: 'That did not work',
      message: 'Word could not save the settings.',
      action: 'Make sure the document is not read-only.',
    });
    const office = Object.assign(new Error('The requested resource doesn’t exist.'), { code: 'ItemNotFound', debugInfo: { errorLocation: 'Body.getOoxml' } });
    expect(problemOf(office, 'Word')).toMatchObject({ title: 'Word reported an error', message: 'The requested resource doesn’t exist. (ItemNotFound, in Body.getOoxml).' });
    expect(problemOf(office, 'Excel').title).toBe('Excel reported an error');
    expect(problemOf(office, 'Word').action).toMatch(/Try again/);
    expect(problemOf('weird', 'Word')).toMatchObject({ title: 'Something went wrong', message: 'weird' });
  });

  it('keeps the last results when a later action fails', () => {
    const checked = reduce(initialState, { type: 'checked', checked: 1, snapshot: { blocks: [] }, meeting: {} as never, findings: [] });
    const failed = reduce(reduce(checked, { type: 'start', stage: 'writing' }), { type: 'failed', problem: { title: 't', message: 'm', action: 'a' } });
    expect(failed).toMatchObject({ status: 'done', problem: { title: 't' } });
    expect(failed.result).toBe(checked.result);
  });
});

describe('findings in the pane', () => {
  it('groups findings by area, the areas with errors first', () => {
    const groups = groupByArea([finding('text/placeholder', 'warning'), finding('ref/never-cited', 'warning'), finding('date/invalid', 'error'), finding('text/unbalanced-parentheses', 'info')]);
    expect(groups.map(([area, list]) => [area, list.length])).toEqual([
      ['Dates', 1],
      ['Text', 2],
      ['Document references', 1],
    ]);
  });
});

describe('following the Office theme', () => {
  it.each([
    ['#FFFFFF', false],
    ['#F3F2F1', false],
    ['#262626', true],
    ['#000000', true],
    [undefined, false],
    ['not a colour', false],
  ])('%s is dark: %s', (background, dark) => {
    expect(isDark(background)).toBe(dark);
  });
});
