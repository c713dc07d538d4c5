import { describe, expect, it } from 'vitest';
import { agendaTable, durationsOf, retime } from '../../../src/core';
import { analyseFile } from '../../helpers/analyse';
import { TD514 } from '../../helpers/shared';

const { meeting } = analyseFile(TD514);

describe('the agenda timing table', () => {
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

  it('writes the TD template layout, and notes an agenda that runs past its session', () => {
    const timed = durationsOf(meeting, 0);
    const spec = agendaTable(meeting, [{ session: 0, start: '14:30', timed }]);
    expect(spec.header).toEqual(['Timing', '#', 'Agenda Item', 'Docs', 'Summary and Proposal']);
    expect(spec.rows[0]).toMatchObject({ session: true, cells: [{ text: 'Thursday, 1 August\n14:30 - 15:45 hours Geneva time' }, { text: '' }, { text: meeting.sessions[0]!.label, span: 3 }] });
    expect(spec.rows[1]!.cells.map((c) => c.text)).toEqual(['14:30 hours', '1', 'Opening and welcome']);
    expect(spec.rows[5]!.cells.map((c) => c.text).slice(0, 4)).toEqual(['', '1.4', 'Rapporteur, RG-SOP: Progress report from interim TSAG RG-SOP meetings (January to July 2024)', '(TD526)']);
    expect(spec.notes).toEqual([]);
    const late = agendaTable(meeting, [{ session: 0, start: '14:30', timed: timed.map((t) => (t.item.number === '2' ? { ...t, minutes: 35 } : t)) }]);
    expect(late.notes[0]!.message).toBe('The items take 85 min from 14:30 and run past the end of the session (15:45).');
  });
});
