// Presenters' scheduling constraints as the WebAssembly CG (../shared/corpus/more/wasm-cg-2023__CG-10.md) and TC39
// write them, held against a timed agenda; and the agendas that give no times, where the rule must stay silent.
import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'time/constraint-unmet';
const HEADER = 'Timing | # | Agenda Item | Docs | Notes';
const SESSION = 'Wednesday, 11 October 2023 / 09:00 - 17:00 hours Geneva time |  | WebAssembly CG |  | ';
const agenda = (...rows: string[]) => [HEADER, SESSION, ...rows].join('\n');

describe(rule, () => {
  it.each([
    ['an item "after 3pm" at 14:00', agenda('14:00 | 8 | Update on threads proposal |  | Any day after 3pm Geneva time'), ['8']],
    ['an item "to end before 12pm" running to 12:10', agenda('11:30-12:10 | 2 | Wasm for Embedded Systems |  | To end before 12pm Geneva time, either day'), ['2']],
    ['an item "to end before 12pm" that starts after noon', agenda('13:00 | 2 | Wasm for Embedded Systems |  | To end before 12pm, either day'), ['2']],
    ['an item "in the afternoon" in the morning', agenda('10:00 | 9 | Post-MVP GC discussion |  | Schedule in the afternoon, US overlap prefered'), ['9']],
    ['"after 9am PT" read on Geneva’s clock (18:00 CEST)', agenda('17:00 | 8 | Update on threads proposal |  | Only after 9am PT'), ['8']],
    ['an item "to end before 12pm" whose next item starts at 12:15', agenda('11:30 | 2 | Wasm for Embedded Systems |  | To end before 12pm, either day', '12:15 | 3 | PGO experiments, and compilation hints |  | '), ['2']],
    ['"not before 14:00" in the title', agenda('13:30 | 4 | Liaison report (not before 14:00) |  | '), ['4']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    ['an item "after 3pm" at 15:30', agenda('15:30 | 8 | Update on threads proposal |  | Any day after 3pm Geneva time')],
    ['an item "to end before 12pm" over by 10:10', agenda('09:30-10:10 | 2 | Wasm for Embedded Systems |  | To end before 12pm Geneva time, either day')],
    ['an item "in the afternoon" at 14:00', agenda('14:00 | 9 | Post-MVP GC discussion |  | Schedule in the afternoon, US overlap prefered')],
    ['an item "to end before 12pm" whose next item starts at 11:50', agenda('11:30 | 2 | Wasm for Embedded Systems |  | To end before 12pm, either day', '11:50 | 3 | PGO experiments, and compilation hints |  | ')],
    ['"after 9am PT" at 18:00 in Geneva', agenda('18:00-18:30 | 8 | Update on threads proposal |  | Only after 9am PT')],
    ['a day preference without a time', agenda('10:00 | 7 | Initial work on a DSL for the specification document |  | Prefer Wednesday, October 11th')],
    ['someone who cannot attend an afternoon', agenda('14:00 | 5 | Intl items |  | Frank cannot attend afternoon on Thursday, December 1')],
    ['a zone Docket cannot place ("Munich time", the meeting place unknown)', agenda('14:00 | 8 | Update on threads proposal |  | Any day after 3pm Munich time')],
    ['the WebAssembly CG schedule: an order with minutes, no times', '### Schedule\n\n**Wednesday, 11th October**\n\n- Update on threads proposal\n  - 30 mins (Conrad Watt)\n  - Any day after 3pm Munich time\n- Post-MVP threads discussion\n  - 60 mins (Andrew Brown, Conrad Watt)\n  - Any day after 3pm Munich time\n'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text, { name: text.startsWith('###') ? 'agenda.md' : 'agenda.txt' })).toEqual([]);
  });

  it('says when the item is and what was asked; a wish is only an info', () => {
    const [finding] = findingsOf(rule, agenda('11:30-12:10 | 2 | Wasm for Embedded Systems |  | To end before 12pm Geneva time, either day'));
    expect([finding!.severity, finding!.message]).toEqual(['warning', 'Item 2 ends at 12:10, but its scheduling constraint says "To end before 12pm Geneva time".']);
    const [wish] = findingsOf(rule, agenda('10:00 | 9 | Post-MVP GC discussion |  | Preferably after 2pm'));
    expect([wish!.severity, wish!.message]).toEqual(['info', 'Item 9 starts at 10:00, but its scheduling constraint says "Preferably after 2pm".']);
  });
});
