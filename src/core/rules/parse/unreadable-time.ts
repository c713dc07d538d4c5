// parse/unreadable-time: A time in a Timing column that could not be read. Reported by extraction, which never guesses silently;
// this rule passes it on, so it can be turned off or re-graded like any other.
import { forward } from './forward';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'parse/unreadable-time',
  severity: 'warning',
  description: 'A time in a Timing column that could not be read.',
  check: forward('parse/unreadable-time'),
};
