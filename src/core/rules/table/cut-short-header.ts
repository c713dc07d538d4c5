// table/cut-short-header: a column's header looks cut short ("ion" over the agenda items of a list of actions, beside
// "SUBJECT | ACTION No. | ACTIONS"): it starts in lower case where the other headers start in capitals, and names
// nothing. A reader cannot tell what the column holds; Docket reads it by its cells when they are item numbers.
// Reported by extraction, which saw the header; this rule passes it on.
import { forward } from '../parse/forward';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'table/cut-short-header',
  severity: 'warning',
  description: "A table's column header looks cut short and names nothing.",
  messages: {
    readAsItems: 'The column header "{{header}}" looks cut short and names nothing; its cells ({{examples}}) are read as agenda items. Write the header in full.',
    unread: 'The column header "{{header}}" looks cut short and names nothing, so its column is not read. Write the header in full.',
  },
  check: forward('table/cut-short-header'),
});
