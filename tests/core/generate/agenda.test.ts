// Retiming as its editor would: each item keeps the minutes the agenda gives it; a changed start or duration rewrites
// only the start times that move, where and as they are written.
import { describe, expect, it } from 'vitest';
import { agendaPlan, changesOf, durationsOf, isEmptyPlan, retime, sessionPlans, spellClockLike } from '../../../src/core';
import { analyseFile } from '../../helpers/analyse';
import { TD514 } from '../../helpers/shared';

const { snapshot, meeting } = analyseFile(TD514);
const plans = () => sessionPlans(meeting, meeting.sessions[0]!.location.block);
const withMinutes = (number: string, minutes: number) => plans().map((p) => ({ ...p, timed: p.timed.map((t) => (t.item.number === number ? { ...t, minutes } : t)) }));

describe('retiming the agenda', () => {
  it('reads the minutes each item has from the agenda’s own times', () => {
    const timed = durationsOf(meeting, 0).filter((t) => t.slot);
    expect(timed.map((t) => [t.item.number, t.minutes])).toEqual([['1', 5], ['2', 25], ['3', 30], ['4', 10], ['5', 5], ['7', 0]]);
  });

  it('reproduces the agenda’s times, and moves every later time when one duration changes', () => {
    const timed = durationsOf(meeting, 0);
    expect(retime('14:30', timed).filter(Boolean)).toEqual(['14:30', '14:35', '15:00', '15:30', '15:40', '15:45']);
    const longer = timed.map((t) => (t.item.number === '2' ? { ...t, minutes: 35 } : t));
    expect(retime('14:30', longer).filter(Boolean)).toEqual(['14:30', '14:35', '15:10', '15:40', '15:50', '15:55']);
  });

  it('writes nothing when nothing changed', () => {
    expect(isEmptyPlan(agendaPlan(meeting, snapshot, plans()))).toBe(true);
  });

  it('rewrites only the start times after a longer item, in their cells, as they are written, and says it runs late', () => {
    const plan = agendaPlan(meeting, snapshot, withMinutes('2', 35));
    expect(changesOf(plan, snapshot).map((c) => [c.location.col, c.before, c.after])).toEqual([
      [0, '15:00 hours', '15:10 hours'],
      [0, '15:30 hours', '15:40 hours'],
      [0, '15:40 hours', '15:50 hours'],
      [0, '15:45 hours', '15:55 hours'],
    ]);
    expect(plan.edits.map((e) => [e.find, e.replace])).toEqual([['15:00', '15:10'], ['15:30', '15:40'], ['15:40', '15:50'], ['15:45', '15:55']]);
    expect(plan.notes.map((n) => n.message)).toEqual(['The items take 85 min from 14:30 and run past the end of the session (15:45).']);
  });

  it('moves the session’s start in its window, and every item with it', () => {
    const plan = agendaPlan(meeting, snapshot, plans().map((p) => ({ ...p, start: '14:00' })));
    const changes = changesOf(plan, snapshot);
    expect(changes[0]).toMatchObject({ before: '14:30 - 15:45 hours Geneva time', after: '14:00 - 15:45 hours Geneva time' });
    expect(changes.slice(1).map((c) => c.after)).toEqual(['14:00 hours', '14:05 hours', '14:30 hours', '15:00 hours', '15:10 hours', '15:15 hours']);
  });

  it.each([
    ['09:45', '10:05', '10:05'],
    ['9:45', '10:05', '10:05'],
    ['9:45', '09:05', '9:05'],
    ['14h30', '14:40', '14h40'],
    ['2:30 PM', '14:40', '2:40 PM'],
    ['11:30am', '12:10', '12:10pm'],
    ['1400', '14:10', '1410'],
  ])('writes %s moved to %s as %s', (written, clock, expected) => {
    expect(spellClockLike(written, clock)).toBe(expected);
  });
});
