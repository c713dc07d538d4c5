import { describe, expect, it } from 'vitest';
import { annexA, findingsOf, quoted } from '../../../helpers/rules';

const rule = 'text/placeholder';

describe(rule, () => {
  it.each([
    ['<TBD>', '4.2 Resolutions review\n<TBD>', ['<TBD>']],
    ['a TBD cell', 'AI# | Topic | Specs\n1 | Opening | TBD', ['TBD']],
    ['[TBD]', 'Venue: [TBD]', ['[TBD]']],
    ['xxx in a 3GPP number', 'SA WG2 Meeting #135\t\tS2-190xxxx', ['S2-190xxxx']],
    ['xxx in a TD number', 'Report – TD xxx', ['TD xxx']],
    ['an unset time', 'Start at xx:xx', ['xx:xx']],
    ['an action id like WP2-X', 'Anticipated action WP2-X: Agree the text.', ['WP2-X']],
    // ISO/TC 211 AG 10 notice N 68 (Wuhan, May 2025)
    ['empty parentheses left for a time', '7. Closure of the meeting ()', ['()']],
    ['an editorial choice in brackets', '2. Adoption of the [amended] agenda', ['[amended]']],
  ])('fires for %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  // ISO/TC 211 AG 10 notice N 68: item 7 "Any other business" with three numbered entries that hold only ".".
  it.each([
    ['three "." entries under Any other business', '1. Opening\n2. Any other business\n    1. .\n    2. .\n    3. .\n3. Closure\n', ['.', '.', '.']],
    ['a dash and an ellipsis as entries', '- Liaisons\n    - -\n    - …\n', ['-', '…']],
  ])('fires for a list entry that is only a stand-in: %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text, { name: 'agenda.md' }))).toEqual(expected);
  });

  // 3GPP SA2 #135 draft agenda (and #134 v15): the room list under the time-allocation grid gives the rooms' seats but
  // not their names, while the grid plans sessions in each row.
  const grid = (second: string) =>
    [
      ' | Monday | Tuesday | Wednesday',
      '08:00 / Q1 / 10:00 | 09:00 – 10:30 Opening (1), Agenda (2) | Vertical_LAN (7.7.2) TSN | FS_5G_ProSe (8.6)',
      ` |  | ${second} | `,
      'Lunch |  |  | ',
      '14:00 / Q3 / 15:30 | FS_eNPN (8.3) | FS_IIoT (8.10) | FS_eNS_ph2 (8.8)',
      ` |  | ${second} | `,
      '',
      '5. Meeting room allocation',
    ].join('\n');
  it.each([
    ['blank names in the room list under a grid (SA2 #135)', `${grid('eNA (7.5)')}\nMain meeting room (100):   \nBreakout room 1 (70):     \nBreakout room 2 (50):    `, ['Main meeting room (100):', 'Breakout room 1 (70):']],
    ['one blank name among named rooms', `${grid('eNA (7.5)')}\nMain meeting room (170):   Naples 6/7\nBreakout room 1 (70):     `, ['Breakout room 1 (70):']],
  ])('fires for a room the grid uses and the list does not name: %s', (_, text, expected) => {
    expect(quoted(findingsOf(rule, text))).toEqual(expected);
  });

  it.each([
    // SA2 #136 agenda v7: every room named.
    ['a room list that names every room (SA2 #136)', `${grid('eNA (7.5)')}\nMain meeting room (170):   Naples 6/7\nBreakout room 1 (70):     Naples 2/3\nBreakout room 2 (40):    Naples 4`],
    ['a grid with no parallel rows', `${grid('')}\nMain meeting room (100):   \nBreakout room 1 (70):     `],
    ['a room list with no grid above it', 'Meeting room allocation\nMain meeting room (100):   \nBreakout room 1 (70):     '],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it.each([
    ['entries with text', '1. Opening\n2. Any other business\n    1. Next meeting.\n    2. ...and thanks\n'],
    ['a dot or dash in plain text, not a list entry', 'Agenda\n\n.\n\n-- \n'],
    ['an abbreviation entry', '- N/A\n- e.g.\n'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text, { name: 'agenda.md' })).toEqual([]);
  });

  it.each([
    ['"to be confirmed" in prose', 'During WTSA-24, date/time to be confirmed.'],
    ['words that contain TBD-like letters', 'TBDX and STBD are names; Texas is not xx:'],
    ['a real action id', 'Anticipated action WP2-10: Agree.'],
    ['a call in a code sample', 'Discuss memory.grow() and free( ) semantics'],
    // W3C Immersive Web F2F schedule: GitHub issue labels before the title
    ['labels in brackets', '[webxr] [facetoface] Discuss Accessibility Standards Process'],
    ['a footnote or a reference', 'as agreed [1] and in [RFC9000]'],
    ['a Markdown link', 'see [the draft](https://example.org/draft) for details'],
    // DNSOP IETF 120: a side meeting has no draft, so its slot request's "Datatracker URL:" is empty, not unfilled;
    // "Chairs Action:" is the chairs' own note, empty when they have none
    ['an empty field of a slot request', '* DNS based load balancing (a.k.a. GeoDNS, GSLB) side meeting announcement\n- Datatracker URL:\n- Requester Email: Ben Schwartz <bemasc@meta.com>\n- Chairs Action:'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('asks for the real text, in the words of where the placeholder is', () => {
    const message = (text: string, name?: string) => findingsOf(rule, text, name ? { name } : {}).map((f) => f.message);
    // In an agenda, it must go before the agenda does.
    expect(message('1 Opening\n2 Reports <TBD>')).toEqual(['"<TBD>" is a placeholder; replace it with the real text before the agenda goes out.']);
    // In a document list — the agenda's Annex A, or a TD list on its own — it is an entry of the list to complete.
    expect(message(`1 Opening – TD514\n2 Close\n\n${annexA([['Admin', 'TD514'], ['TBD', 'TD515']])}`)).toEqual([
      '"TBD" is a placeholder in the document list (Annex A); replace it with the real entry.',
    ]);
    expect(message('TD # | Category | Title\nTD514 | Admin | Agenda\nTD515 | Report | TBD', 'TD list.csv')).toEqual([
      '"TBD" is a placeholder in the document list; replace it with the real entry.',
    ]);
    // A room the grid uses that the list does not name: the line as written.
    expect(message(`${grid('eNA (7.5)')}\nMain meeting room (100):   \nBreakout room 1 (70):     Naples 2/3`)).toEqual([
      '"Main meeting room (100):" names no room, but the time grid plans sessions there; write which room it is.',
    ]);
    // A list entry that is only a stand-in: the entry as the reader sees it, number and all.
    expect(message('1. Opening\n2. Any other business\n    1. .\n', 'agenda.md')).toEqual(['The list entry "1. ." is empty; write the entry or remove it.']);
    // Elsewhere (a text that is neither), just the real text.
    expect(message('<TBD>')).toEqual(['"<TBD>" is a placeholder; replace it with the real text.']);
  });
});
