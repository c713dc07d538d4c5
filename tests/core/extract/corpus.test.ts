// Real documents written by other people and other tools: every one is read (or refused) cleanly, and the defects
// the corpus README names are found.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core';
import { readDocument } from '../../../src/io/read-document';
import { analyseFile } from '../../helpers/analyse';
import { CORPUS, LEGACY_DOC, SA2_136, SA2_164_LIST, bytesOf, corpusFiles } from '../../helpers/shared';

describe('the corpus', () => {
  it.each(corpusFiles().filter((f) => f !== LEGACY_DOC))('reads, extracts and checks %s without a crash', (path) => {
    const read = readDocument(basename(path), bytesOf(path));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { meeting, findings } = analyse(read.value);
    expect(meeting.tables.length + meeting.agenda.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.location.text !== undefined)).toBe(true);
  });

  it('refuses the legacy Word 97 .doc cleanly', () => {
    const read = readDocument(basename(LEGACY_DOC), bytesOf(LEGACY_DOC));
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/save it as \.docx/) });
  });

  it('SA2 #136: notes the item timed 09:00-10:30 in its 08:00-10:00 band, as an info', () => {
    const { meeting, findings } = analyseFile(SA2_136);
    expect(meeting.facts).toMatchObject({ body: '3GPP', group: 'SA WG2', place: 'Reno, USA', start: '2019-11-18', end: '2019-11-22' });
    const outside = findings.filter((f) => f.ruleId === 'time/outside-session');
    expect(outside[0]).toMatchObject({ severity: 'info', location: { text: '09:00 – 10:30' } });
    expect(outside[0]!.message).toMatch(/09:00-10:30 .* ends after its row's time band \(Monday Q1 08:00-10:00/);
    expect(meeting.sessions.find((s) => s.label.startsWith('Monday Q1'))).toMatchObject({ date: '2019-11-18', start: '08:00', end: '10:00' });
  });

  it('SA2 #136: reports the section numbers 1, 2, 3, 5, the heading of meeting #135 and the 8-digit number', () => {
    const { meeting, findings } = analyseFile(SA2_136);
    expect(findings.find((f) => f.ruleId === 'numbering/gap')!.message).toBe('Heading 5 follows heading 3; heading 4 is missing.');
    expect(meeting.facts.meetingNumber).toBe('136');
    expect(findings.find((f) => f.ruleId === 'text/meeting-number-mismatch')!.location.text).toBe('SA2#135');
    expect(findings.find((f) => f.ruleId === 'ref/malformed-number')!.location.text).toBe('S2-19010847');
  });

  it('SA2 #135 draft: reports the placeholder document number, TBD cells and unbalanced parentheses', () => {
    const { findings } = analyseFile(`${CORPUS}/docx/draft_S2-190xxxx_SA2-135-Agenda-v4.docx`);
    const placeholders = findings.filter((f) => f.ruleId === 'text/placeholder').map((f) => f.location.text);
    expect(placeholders).toEqual(expect.arrayContaining(['S2-190xxxx', 'TBD']));
    expect(findings.filter((f) => f.ruleId === 'text/unbalanced-parentheses').length).toBeGreaterThan(0);
  });

  it('SA2 #134: reads the per-agenda-item submission deadlines as deadlines', () => {
    const { meeting } = analyseFile(`${CORPUS}/docx/updated_S2-1906993_SA2-134-Agenda-v15.docx`);
    expect(meeting.dates.filter((d) => d.role === 'deadline').map((d) => d.date)).toEqual(['2019-06-17', '2019-06-18']);
  });

  it('SA2 #164 Tdoc list: reads ~1,700 documents and checks them as a list, without agenda-only rules', () => {
    const { meeting, findings } = analyseFile(SA2_164_LIST);
    expect(meeting.documents.length).toBeGreaterThan(1300);
    expect(meeting.documents[0]).toMatchObject({ id: 'S2-2407386', category: 'AGENDA', item: '2' });
    expect(findings.filter((f) => f.ruleId.startsWith('ref/never-cited'))).toEqual([]);
  });

  it('IETF HTTPBIS 102: reads item minutes against the session windows (140 of 150, 90 of 90)', () => {
    const { meeting, findings } = analyseFile(`${CORPUS}/ietf-httpbis-ietf102-agenda.txt`);
    const minutes = meeting.sessions.map((_, i) => meeting.agenda.filter((a) => a.session === i).reduce((sum, a) => sum + (a.minutes ?? 0), 0));
    expect(meeting.sessions.map((s) => [s.date, s.start, s.end])).toEqual([
      ['2018-07-17', '15:50', '18:20'],
      ['2018-07-18', '13:30', '15:00'],
    ]);
    expect(minutes).toEqual([140, 90]);
    expect(meeting.facts).toMatchObject({ body: 'IETF', group: 'HTTPBIS', timeZone: 'America/Toronto' });
    expect(findings.filter((f) => f.ruleId === 'time/overrun')).toEqual([]);
  });

  it('IETF HTTPBIS 70: reads both item syntaxes and times without colons', () => {
    const { meeting } = analyseFile(`${CORPUS}/ietf-httpbis-ietf70-agenda.txt`);
    expect(meeting.sessions.map((s) => [s.date, s.start, s.end])).toEqual([
      ['2007-12-03', '17:40', '19:50'],
      ['2007-12-04', '15:20', '17:20'],
    ]);
    expect(meeting.agenda.filter((a) => a.session === 1).map((a) => [a.title, a.minutes])).toEqual([
      ['Scribe selection', 1],
      ['Agenda bashing', 4],
      ['Security properties deliverable [Alexey Melnikov]', 45],
      ['Issue discussion (continued; see previous)', 60],
      ['Wrapup / next steps / AI summary', 10],
    ]);
  });
});

describe('agenda tables numbered by Word in the title column', () => {
  it('ISO/TC 211 HMMG December 2023: reads the "Agenda item | Chair" table\'s nine items, numbered by Word lists', () => {
    const { meeting } = analyseFile(`${CORPUS}/more/isotc211-hmmg__HMMG_Notice_and_Draft_Agenda_Hybrid_December2023.docx`);
    const table = meeting.agenda.filter((a) => a.location.row !== undefined);
    expect(table.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(table[0]!.title).toBe('Welcome and introduction');
    expect(table.at(-1)!.title).toBe('Close');
  });

  it('AG 10 N 68: an agenda table with its own number column is read as before (12 items, the closure unnumbered)', () => {
    const { meeting } = analyseFile(`${CORPUS}/more/isotc211-ag10__ISO-TC211-AG10_N68_NoticeOfMeeting_DraftAgenda_2025-05-21T01.00V1.1.docx`);
    expect(meeting.agenda.map((a) => a.number ?? '-')).toEqual(['1', '2', '3', '4', '5', '5.1', '5.2', '6', '6.1', '6.2', '7', '-']);
  });

  it('AG 10 N 68: the meeting date is the one under "Meeting date:" in the cover table, not the notice\'s own date', () => {
    const { meeting } = analyseFile(`${CORPUS}/more/isotc211-ag10__ISO-TC211-AG10_N68_NoticeOfMeeting_DraftAgenda_2025-05-21T01.00V1.1.docx`);
    expect(meeting.facts).toMatchObject({ start: '2025-05-21', end: '2025-05-21', location: { text: '21st May 2025' } });
  });

  it('the time-zone slips the corpus README names, and nothing else', () => {
    const zones = (file: string) => analyseFile(`${CORPUS}/more/${file}`).findings.filter((f) => f.ruleId === 'time/zone-mismatch').map((f) => f.message);
    expect(zones('oasis-sarif__2025-09-11-agenda.md')).toEqual([expect.stringMatching(/^"08:00 PT \/ 15:00 UTC" on 6 November 2025: 08:00 PT is 16:00 UTC/)]);
    expect(zones('tc39-2022__11.md')).toEqual([expect.stringMatching(/^"10:00 CEST" on 19 November 2022: CEST is UTC\+2, but Europe\/Paris is on CET/)]);
    for (const file of ['ietf-dnsop__dnsop-ietf121-agenda.md', 'ietf-dnsop__dnsop-ietf120-agenda.md', 'isotc211-hmmg__HMMG_Notice_and_Draft_Agenda_Hybrid_December2023.docx']) expect(zones(file)).toEqual([]);
  });
});
