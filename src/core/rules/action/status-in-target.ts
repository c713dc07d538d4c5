// action/status-in-target: a list of actions' target cell holds a word of its status column ("Decision" under
// TARGET DATE/EVENT in rows 04 and 05 of IHO S-101PT13, where every other decision writes "Decision" under STATUS
// only): slipped into the wrong column, it reads as a target nobody can meet. Reported by extraction, which sees the
// columns; this rule passes it on.
import { forward } from '../parse/forward';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'action/status-in-target',
  severity: 'warning',
  description: "A list of actions' target column holds a word of its status column.",
  messages: {
    inItem: 'The target of a row of item {{item}} says "{{value}}", which the status column says; a target is a date or an event. Move it to the status column.',
    outsideItems: 'A target says "{{value}}", which the status column says; a target is a date or an event. Move it to the status column.',
  },
  check: forward('action/status-in-target'),
});
