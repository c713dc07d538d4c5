// The acceptance test: both seed fixtures give exactly the results in ../shared/fixtures/seeds/README.md.
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../helpers/analyse';
import { TD514, WP2 } from '../../helpers/shared';

describe('TSAG-RG-SOP-agenda-TD514.docx', () => {
  const { meeting, findings } = analyseFile(TD514);

  it('reads the meeting: TSAG, Geneva, 29 July - 2 August 2024, Geneva time', () => {
    expect(meeting.facts).toMatchObject({ body: 'ITU-T', group: 'TSAG', place: 'Geneva', start: '2024-07-29', end: '2024-08-02', timeZone: 'Europe/Zurich' });
  });

  it('reads the session: Thursday 1 August 2024, 14:30-15:45, Europe/Zurich (year from the meeting dates)', () => {
    expect(meeting.sessions).toHaveLength(1);
    expect(meeting.sessions[0]).toMatchObject({ date: '2024-08-01', start: '14:30', end: '15:45', timeZone: 'Europe/Zurich' });
    expect(meeting.dates.find((d) => d.raw === '18 June')).toMatchObject({ date: '2024-06-18', yearInferred: true });
  });

  it('reads the agenda: numbers, start times and citations, parentheses meaning "not expected to be introduced"', () => {
    const expected: [string, string | undefined, string[]][] = [
      ['1', '14:30', []],
      ['1.1', undefined, ['TD514']],
      ['1.2', undefined, []],
      ['1.3', undefined, []],
      ['1.4', undefined, ['(TD526)']],
      ['2', '14:35', []],
      ['2.1', undefined, ['(TD599)']],
      ['2.2', undefined, ['TD667R1']],
      ['2.3', undefined, ['(TD624R2)']],
      ['3', '15:00', []],
      ['3.1', undefined, ['TD672']],
      ['3.2', undefined, ['C103']],
      ['3.3', undefined, ['TD665']],
      ['4', '15:30', []],
      ['4.1', undefined, ['(TD497)']],
      ['4.2', undefined, ['TD625']],
      ['4.3', undefined, ['(TD552)']],
      ['5', '15:40', []],
      ['6', undefined, []],
      ['7', '15:45', ['TD515']],
    ];
    const actual = meeting.agenda.map((item) => [
      item.number,
      item.start,
      meeting.citations.filter((c) => c.item === item.number).map((c) => (c.parenthesized ? `(${c.id})` : c.id)),
    ]);
    expect(actual).toEqual(expected);
    expect(meeting.agenda[0]).toMatchObject({ title: 'Opening and welcome', session: 0 });
    expect(meeting.agenda[5]!.title).toBe('Review of the report of Industry Engagement Workshop in relation to strategic and operational planning');
  });

  it('keeps Council, PP and TSAG-report references external', () => {
    const external = (item: string) => meeting.externalReferences.filter((r) => r.item === item).map((r) => r.raw);
    expect(external('1.3')).toEqual(['TSAG-R4(2024-01)']);
    expect(external('3.1')).toEqual(['PP-22 Res. 71', 'C24/59 Rev.1']);
    expect(external('3.3')).toContain('C24/139');
    expect(meeting.citations.map((c) => c.id)).not.toContain('C24');
  });

  it('reads the future meeting written "1400-1530" as a meeting day', () => {
    expect(meeting.dates.find((d) => d.date === '2024-09-04')).toMatchObject({ role: 'meeting' });
  });

  it('reads Annex A: 12 documents numbered 1 to 12 by Word list numbering', () => {
    expect(meeting.documents.map((d) => [d.number, d.category, d.id])).toEqual([
      ['1', 'Admin', 'TD514'],
      ['2', 'Admin', 'TD526'],
      ['3', 'Report', 'TD515'],
      ['4', 'Information', 'TD497'],
      ['5', 'Information (to review)', 'TD625'],
      ['6', 'Information', 'TD599'],
      ['7', 'Information', 'TD552'],
      ['8', 'Contribution', 'C103'],
      ['9', 'Information', 'TD665'],
      ['10', 'infomration', 'TD667R1'],
      ['11', 'Information', 'TD624R2'],
      ['12', 'Information', 'TD672'],
    ]);
    expect(meeting.tables.find((t) => t.kind === 'document-list')).toMatchObject({ title: 'Annex A', rows: 12 });
  });

  it('finds exactly one problem: the category "infomration", with "Information" suggested and a fix', () => {
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'list/unknown-category',
      severity: 'warning',
      location: { block: 7, row: 10, col: 1, text: 'infomration' },
      fix: { edits: [{ find: 'infomration', replace: 'Information' }] },
    });
    expect(findings[0]!.message).toContain('"Information"');
  });
});

describe('TSAG-WP2-closing-plenary-agenda.docx', () => {
  const { meeting, findings } = analyseFile(WP2);

  it('reads the meeting: WP2/TSAG closing plenary, Geneva, 1 August 2024', () => {
    expect(meeting.facts).toMatchObject({ body: 'ITU-T', group: 'WP2/TSAG', place: 'Geneva', start: '2024-08-01', end: '2024-08-01' });
    expect(meeting.facts.title).toBe('Agenda for the closing plenary of Working Party 2/TSAG');
  });

  it('reads the numbered text agenda and the bullet lists under its items', () => {
    expect(meeting.agenda.map((i) => i.number)).toEqual(['1', '2', '3', '3.1', '3.2', '3.3', '4', '4.1', '4.2', '5', '6', '7']);
    expect(meeting.agenda[3]!.notes).toEqual(['Report – TD523', 'Joint WP between SGs 2 and 3']);
    expect(meeting.agenda[8]!.notes).toEqual(['<TBD>']);
    expect(meeting.agenda[3]!.title).toBe('TSAG RG-WPR “Rapporteur Group on Work Programme and Restructuring, SG work, SG Coordination”');
  });

  it('reads the 13 actions with their agenda items', () => {
    expect(meeting.actions.map((a) => [a.id, a.item])).toEqual([
      ['WP2-1', '3.1'], ['WP2-2', '3.1'], ['WP2-3', '3.1'],
      ['WP2-4', '3.2'], ['WP2-5', '3.2'], ['RG-IEM-1', '3.2'], ['WP2-6', '3.2'], ['WP2-7', '3.2'],
      ['WP2-8', '3.3'], ['WP2-9', '3.3'],
      ['WP2-10', '4.1'], ['WP2-11', '4.1'],
      ['WP2-X', '4.2'],
    ]);
    expect(meeting.actions[3]).toMatchObject({ text: 'Approve Action plan for a vibrant engagement of the industry, TD624-R2.', citations: ['TD624R2'] });
  });

  it('reads the citations, with the writer’s spelling beside the canonical id', () => {
    const ids = [...new Set(meeting.citations.map((c) => (c.parenthesized ? `(${c.id})` : c.id)))];
    expect(ids).toEqual(['TD523', 'TD598', 'TD521', 'TD624R2', 'TD667R1', '(TD599)', 'TD671', 'TD666R2', 'TD525', 'TD670', 'TD673', 'TD513']);
    expect(meeting.citations.find((c) => c.id === 'TD624R2')!.raw).toBe('TD624-R2');
    expect(meeting.citations.find((c) => c.id === 'TD666R2')!.raw).toBe('TD666-R2');
  });

  it('keeps WTSA-24, resolutions and Recommendations external', () => {
    const raws = new Set(meeting.externalReferences.map((r) => r.raw));
    for (const raw of ['WTSA-24', 'Resolution 22', 'Resolution 68', 'J.185', 'J.186']) expect(raws).toContain(raw);
  });

  it('reads the RG-IEM interim e-meetings in Geneva time, and the empty RG-DT plan', () => {
    expect(meeting.interimMeetings.map((m) => [m.group, m.date, m.start, m.end, m.timeZone, m.deadline])).toEqual([
      ['RG-IEM', '2025-02-11', '13:00', '15:00', 'Europe/Zurich', '2025-02-03'],
      ['RG-IEM', '2025-04-14', '13:00', '15:00', 'Europe/Zurich', '2025-04-06'],
    ]);
    expect(meeting.tables.filter((t) => t.kind === 'interim-meetings').map((t) => t.rows)).toEqual([2, 0]);
  });

  it('finds the placeholders, the Sunday deadline and the empty plan, and no error', () => {
    const found = findings.map((f) => `${f.ruleId} ${f.location.text}`);
    expect(found).toEqual(expect.arrayContaining(['text/placeholder <TBD>', 'text/placeholder WP2-X', 'date/weekend 6 April 2025']));
    expect(findings.find((f) => f.ruleId === 'table/empty')!.message).toContain('RG-DT');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.ruleId.startsWith('ref/'))).toEqual([]);
  });
});
