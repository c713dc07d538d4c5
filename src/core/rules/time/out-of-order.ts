// time/out-of-order: a slot starts before the slot above it in the same session: the timing column was not updated
// after items moved.
import { minutesOf } from '../../time/clock';
import { defineRule } from '../rule';
import { slotName, slotsBySession } from './sessions';

export const rule = defineRule({
  id: 'time/out-of-order',
  severity: 'error',
  description: 'A slot starts before the slot above it.',
  messages: {
    beforeAbove: '{{slot}} starts before {{previous}}, the slot above it; times should run in order.',
  },
  check({ meeting, report }) {
    for (const slots of slotsBySession(meeting).values()) {
      for (let i = 1; i < slots.length; i++) {
        const previous = slots[i - 1]!;
        const slot = slots[i]!;
        if (minutesOf(slot.start) >= minutesOf(previous.start)) continue;
        report({
          messageId: 'beforeAbove',
          data: { slot: slotName(slot), previous: slotName(previous) },
          location: slot.location,
        });
      }
    }
  },
});
