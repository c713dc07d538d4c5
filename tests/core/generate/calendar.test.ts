// Calendar events from a time-allocation grid built in the test: one per cell, in the room of its row within the
// slot (numbered when the agenda lists no rooms, none when no slot has parallel rows), titled by the cell's topics;
// and one per timed session of a lunch row, in the room it names.
import { describe, expect, it } from 'vitest';
import { analyse, calendarEvents, tableOfCells, type Block } from '../../../src/core';

const heading = (text: string): Block => ({ kind: 'paragraph', text });
const grid = (rows: string[][]) => tableOfCells(rows.map((cells) => cells.map((text) => ({ text }))));
const eventsOf = (...blocks: Block[]) => calendarEvents(analyse({ blocks }).meeting).map((e) => [e.date, e.start, e.end, e.room, e.title]);

describe('calendar events of a time grid', () => {
  const header = ['', 'Monday', 'Tuesday', 'Wednesday'];
  const facts = heading('SA WG2 Meeting #136, Reno, USA, 18 - 22 November 2019');

  it('numbers the rooms of parallel rows when the agenda lists none', () => {
    expect(
      eventsOf(
        facts,
        grid([header, ['08:00\nQ1\n10:00', '09:00 – 10:30 ♠ Opening (1)', '♠ 5G_CIoT (7.4) - 67', ''], ['', '', 'eNA (7.5) – 25+', 'TBD']]),
      ),
    ).toEqual([
      ['2019-11-18', '09:00', '10:30', 'Room 1', 'SA WG2: Opening (1)'],
      ['2019-11-19', '08:00', '10:00', 'Room 1', 'SA WG2: 5G_CIoT (7.4)'],
      ['2019-11-19', '08:00', '10:00', 'Room 2', 'SA WG2: eNA (7.5)'],
    ]);
  });

  it('names them as the room list under the grid does, and gives no room to a grid without parallel rows', () => {
    const rows = [header, ['08:00\nQ1\n10:00', 'Opening (1)', '', ''], ['', '', 'ATSSS (7.3) - 52', '']];
    expect(eventsOf(facts, grid(rows), heading('Main meeting room (170):   Naples 6/7'), heading('Breakout room 1 (70): Naples 2/3')).map((e) => e[3])).toEqual([
      'Naples 6/7 (Main meeting room)',
      'Naples 2/3 (Breakout room 1)',
    ]);
    expect(eventsOf(facts, grid(rows.slice(0, 2))).map((e) => e[3])).toEqual([undefined]);
  });

  it('makes an event of each timed session a lunch row holds, in the room it names, until the next slot', () => {
    const rows = [
      header,
      ['10:30\nQ2\n12:30', 'FS_eNPN (8.3)', '', ''],
      ['Lunch', '', '1:00PM ATSSS drafting (Naples 4)\n1:00PM TSN (7.7.2) drafting (Room X)', 'Drafting of whatever\n12:45 – 13:30 LS drafting (7.3)'],
      ['14:00\nQ3\n15:30', 'eNA (7.5)', '', ''],
    ];
    expect(eventsOf(facts, grid(rows), heading('Main meeting room (170):   Naples 6/7'), heading('Breakout room 2 (40): Naples 4'))).toEqual([
      ['2019-11-18', '10:30', '12:30', undefined, 'SA WG2: FS_eNPN (8.3)'],
      ['2019-11-18', '14:00', '15:30', undefined, 'SA WG2: eNA (7.5)'],
      ['2019-11-19', '13:00', '14:00', 'Naples 4 (Breakout room 2)', 'SA WG2: ATSSS drafting'],
      ['2019-11-19', '13:00', '14:00', 'Room X', 'SA WG2: TSN (7.7.2) drafting'],
      ['2019-11-20', '12:45', '13:30', undefined, 'SA WG2: LS drafting (7.3)'],
    ]);
  });

  it('writes a session given twice once, and numbers the id of another event at the same time and room', () => {
    const { meeting } = analyse({ blocks: [facts, grid([header, ['08:00\nQ1\n10:00', 'Opening (1)', '', ''], ['', 'ATSSS (7.3)', '', '']])] });
    const other = { ...meeting.sessions[0]!, topics: ['Agenda (2)'] };
    const events = calendarEvents({ ...meeting, sessions: [...meeting.sessions, ...meeting.sessions, other] });
    expect(events.map((e) => [e.id, e.title])).toEqual([
      ['sa-wg2-session-2019-11-18-08-00-room-1', 'SA WG2: Opening (1)'],
      ['sa-wg2-session-2019-11-18-08-00-room-2', 'SA WG2: ATSSS (7.3)'],
      ['sa-wg2-session-2019-11-18-08-00-room-1-2', 'SA WG2: Agenda (2)'],
    ]);
  });
});
