// text/unbalanced-parentheses: a parenthesis opened and not closed, or closed and not opened, in one paragraph.
// Besides looking careless, it changes which documents read as "(not to be introduced)". List markers, smileys and
// half-open intervals ("[maximum display scale, minimum display scale)") are written that way on purpose.
import { paragraphsOf } from '../../model/contents';
import { defineRule } from '../rule';

/** List markers ("a)", "1)", "iv)") and smileys close a parenthesis nobody opened on purpose. */
const LIST_MARKER = /^\s*(?:[a-z]{1,4}|\d{1,3}(?:\.\d+)*)\)\s/i;
const SMILEY = /[:;]-?[()]/g;
/** A half-open interval: "[maximum display scale, minimum display scale)", "(0, 1]" — mathematics, not a slip. */
const INTERVAL = /\[[^[\]()\n]{1,80},[^[\]()\n]{1,80}\)|\([^[\]()\n]{1,80},[^[\]()\n]{1,80}\]/g;

export const rule = defineRule({
  id: 'text/unbalanced-parentheses',
  severity: 'info',
  description: 'A parenthesis is opened and not closed, or closed and not opened, in one paragraph.',
  messages: {
    neverClosed: 'A "(" is never closed in "{{quote}}".',
    closesNothing: 'A ")" closes nothing in "{{quote}}".',
  },
  check({ snapshot, report }) {
    for (const { paragraph, at } of paragraphsOf(snapshot)) {
      const { text } = paragraph;
      if (!text.includes('(') && !text.includes(')')) continue;
      const blanked = text.replace(LIST_MARKER, (m) => m.replace(')', ' ')).replace(SMILEY, '  ').replace(INTERVAL, (m) => ' '.repeat(m.length));
      const unmatched = firstUnmatched(blanked);
      if (unmatched === undefined) continue;
      const quote = text.slice(Math.max(0, unmatched - 12), unmatched + 20).trim();
      report({
        messageId: text[unmatched] === '(' ? 'neverClosed' : 'closesNothing',
        data: { quote },
        location: { ...at, text: quote },
      });
    }
  },
});

function firstUnmatched(text: string): number | undefined {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.pop() === undefined) return i;
  }
  return open[0];
}
