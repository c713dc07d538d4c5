// time/out-of-order: a slot starts before the slot above it in the same session: the timing column was not updated
// after items moved.
import { minutesOf } from '../../time/clock';
import type { Rule } from '../rule';
import { slotName, slotsBySession } from './sessions';

export const rule: Rule = {
  id: 'time/out-of-order',
  severity: 'error',
  description: 'A slot starts before the slot above it.',
  check({ meeting, report }) {
    for (const slots of slotsBySession(meeting).values()) {
      for (let i = 1; i < slots.length; i++) {
        const previous = slots[i - 1]!;
        const slot = slots[i]!;
        if (minutesOf(slot.start) >= minutesOf(previous.start)) continue;
        report({
          message: `${slotName(slot)} starts before ${slotName(previous)}, the slot above it; times should run in order.`,
          location: slot.location,
        });
      }
    }
  },
};
