// parse/unrecognised-table: A table Docket does not recognise, whose rows were not checked. Reported by extraction, which never guesses silently;
// this rule passes it on, so it can be turned off or re-graded like any other.
import { forward } from './forward';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'parse/unrecognised-table',
  severity: 'info',
  description: 'A table Docket does not recognise, whose rows were not checked.',
  check: forward('parse/unrecognised-table'),
};
