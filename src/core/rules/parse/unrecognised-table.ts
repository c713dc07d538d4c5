// parse/unrecognised-table: A table Docket does not recognise, whose rows were not checked. Reported by extraction, which never guesses silently;
// this rule passes it on, so it can be turned off or re-graded like any other.
import { forward } from './forward';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'parse/unrecognised-table',
  severity: 'info',
  description: 'A table Docket does not recognise, whose rows were not checked.',
  messages: {
    unrecognised: 'A table with {{columns}} columns ("{{header}}") is not an agenda, document list, e-meeting plan, action list, time grid or work plan; its rows were not checked.',
  },
  check: forward('parse/unrecognised-table'),
});
