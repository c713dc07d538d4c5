// parse/action-register: a table with the action register's columns — the register Docket writes, in a workbook or a
// document — is Docket's own output: its actions are checked in the agenda they come from, so it is not checked again
// as an agenda or a document list. Reported by extraction; this rule passes it on, so it can be turned off.
import { forward } from './forward';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'parse/action-register',
  severity: 'info',
  description: 'A table is the action register Docket writes: it is skipped, not checked as an agenda or document list.',
  messages: {
    titled: '"{{title}}" is the action register Docket writes; it is skipped, not checked as an agenda or a document list.',
    untitled: 'This table is the action register Docket writes; it is skipped, not checked as an agenda or a document list.',
  },
  check: forward('parse/action-register'),
});
