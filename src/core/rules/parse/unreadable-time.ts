// parse/unreadable-time: A time in a Timing column that could not be read. Reported by extraction, which never guesses silently;
// this rule passes it on, so it can be turned off or re-graded like any other.
import { forward } from './forward';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'parse/unreadable-time',
  severity: 'warning',
  description: 'A time in a Timing column that could not be read.',
  messages: {
    unreadable: 'The time "{{time}}" could not be read; a Timing cell gives a time such as 14:30 or 14:30-15:45.',
    backwards: 'The window "{{window}}" ends before it starts.',
  },
  check: forward('parse/unreadable-time'),
});
