import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'time/overrun';
const session = (items: string) => `# WG Agenda\n\n## Tuesday, 17 July 2018\n\n_15:50-16:20 Afternoon session_\n\n${items}\n`;

describe(rule, () => {
  it('fires when item minutes add up to more than the window', () => {
    const findings = findingsOf(rule, session('* 20 min - Drafts\n* Agenda bashing (15 min)'), { name: 'agenda.md' });
    expect(quoted(findings)).toEqual(['15:50-16:20']);
    expect(findings[0]!.message).toMatchInlineSnapshot(
      `"The items of the session "15:50-16:20 Afternoon session" add up to 35 min, more than the 30 min it has."`,
    );
  });

  it.each([
    ['exactly the window', '* 20 min - Drafts\n* 10 min - Issues'],
    ['less than the window, with an open-ended item', '* 20 min - Drafts\n* Balance of time - issues'],
  ])('is silent for %s', (_, items) => {
    expect(findingsOf(rule, session(items), { name: 'agenda.md' })).toEqual([]);
  });
});
