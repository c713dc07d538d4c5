// parse/unreadable-document-number: A document-list row whose number is not a document number. Reported by extraction, which never guesses silently;
// this rule passes it on, so it can be turned off or re-graded like any other.
import { forward } from './forward';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'parse/unreadable-document-number',
  severity: 'warning',
  description: 'A document-list row whose number is not a document number.',
  messages: {
    notANumber: '"{{number}}" in the document list is not a document number.',
  },
  check: forward('parse/unreadable-document-number'),
});
