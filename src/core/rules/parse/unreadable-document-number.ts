// parse/unreadable-document-number: A document-list row whose number is not a document number. Reported by extraction, which never guesses silently;
// this rule passes it on, so it can be turned off or re-graded like any other.
import { forward } from './forward';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'parse/unreadable-document-number',
  severity: 'warning',
  description: 'A document-list row whose number is not a document number.',
  check: forward('parse/unreadable-document-number'),
};
