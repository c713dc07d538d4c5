// The Quick start's first command checks the bundled sample; what it shows must stay what the README says.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../helpers/analyse';

const SAMPLE = fileURLToPath(new URL('../../samples/rg-wm-draft-agenda.docx', import.meta.url));

describe('the bundled sample agenda', () => {
  const { meeting, findings } = analyseFile(SAMPLE);

  it('is read as a full TSAG rapporteur-group agenda', () => {
    expect(meeting.facts).toMatchObject({ group: 'TSAG', place: 'Geneva', start: '2026-01-26', end: '2026-01-30', timeZone: 'Europe/Zurich' });
    expect(meeting.sessions).toMatchObject([{ date: '2026-01-27', start: '09:30', end: '12:30' }]);
    expect(meeting.documents).toHaveLength(12);
    expect(meeting.actions.map((a) => a.id)).toEqual(['RG-WM-1', 'RG-WM-2', 'RG-WM-3']);
    expect(meeting.interimMeetings.map((m) => [m.group, m.date, m.deadline])).toEqual([
      ['RG-WM', '2026-03-17', '2026-03-08'],
      ['RG-WM', '2026-05-12', '2026-05-04'],
    ]);
  });

  it('shows the five warnings the README describes, and no error', () => {
    expect(findings.map((f) => [f.ruleId, f.severity, f.location.text])).toEqual([
      ['ref/revision-mismatch', 'warning', 'TD820-R1'],
      ['text/placeholder', 'warning', '<TBD>'],
      ['list/unknown-category', 'warning', 'Informaton'],
      ['ref/never-cited', 'warning', 'TD838'],
      ['date/weekend', 'warning', '8 March 2026'],
    ]);
  });
});
