// Ignoring findings: one finding by its rule and quoted text ("Ignore here", which stays ignored when the document
// changes elsewhere), or a rule in the whole document; the stored list validated before it is used.
import { describe, expect, it } from 'vitest';
import { addIgnore, ignoreOf, parseIgnores, removeIgnore, withoutIgnored, type Finding } from '../../src/core';

const finding = (ruleId: string, text: string, block = 0): Finding => ({ ruleId, messageId: 'test', severity: 'warning', message: `${ruleId} at ${text}`, location: { block, text } });

describe('ignored findings', () => {
  const typo = finding('list/unknown-category', 'infomration', 7);
  const placeholder = finding('text/placeholder', '<TBD>', 39);
  const action = finding('text/placeholder', 'WP2-X', 40);

  it('ignores one finding by its rule and quoted text, wherever it now is', () => {
    const list = [ignoreOf(typo, 'here')];
    expect(list).toEqual([{ rule: 'list/unknown-category', text: 'infomration' }]);
    const moved = finding('list/unknown-category', 'infomration', 12);
    expect(withoutIgnored([moved, placeholder], list)).toEqual({ findings: [placeholder], ignored: 1 });
    // Another text of the same rule, or the same text of another rule, is still shown.
    expect(withoutIgnored([finding('list/unknown-category', 'Infomation'), finding('ref/style-mixed', 'infomration')], list).ignored).toBe(0);
  });

  it('matches the quoted text with its runs of spaces squashed', () => {
    const list = [ignoreOf(finding('text/placeholder', '  <TBD>\n'), 'here')];
    expect(list[0]!.text).toBe('<TBD>');
    expect(withoutIgnored([placeholder], list).ignored).toBe(1);
  });

  it('ignores every finding of a rule in the document', () => {
    const list = [ignoreOf(placeholder, 'rule')];
    expect(list).toEqual([{ rule: 'text/placeholder' }]);
    expect(withoutIgnored([typo, placeholder, action], list)).toEqual({ findings: [typo], ignored: 2 });
  });

  it('adds an ignore once, and restores it', () => {
    const once = addIgnore(addIgnore([], ignoreOf(typo, 'here')), ignoreOf(typo, 'here'));
    expect(once).toHaveLength(1);
    const both = addIgnore(once, ignoreOf(placeholder, 'rule'));
    expect(removeIgnore(both, { rule: 'list/unknown-category', text: 'infomration' })).toEqual([{ rule: 'text/placeholder' }]);
  });

  it('reads nothing kept as no ignores, and names what is wrong in a list it cannot use', () => {
    expect(parseIgnores(undefined)).toEqual({ ok: true, ignores: [] });
    expect(parseIgnores([{ rule: 'text/placeholder', text: 'x' }])).toEqual({ ok: true, ignores: [{ rule: 'text/placeholder', text: 'x' }] });
    expect(parseIgnores({ rule: 'text/placeholder' })).toMatchObject({ ok: false, message: 'must be a list' });
    expect(parseIgnores([{ rule: 'Text placeholder' }])).toMatchObject({ ok: false, message: '"0.rule" is not a rule id (such as "text/placeholder")' });
    expect(parseIgnores([{ rule: 'text/placeholder', extra: 1 }])).toMatchObject({
      ok: false,
      message: '"0" "extra" is not a part of an ignored finding (the parts of an ignored finding are rule, text)',
    });
  });
});
