import { describe, expect, it } from 'vitest';
import { describeLocation } from '../../src/core';
import { analyseFile } from '../helpers/analyse';
import { CORPUS, TD514, WP2 } from '../helpers/shared';

describe('locations in the user’s words', () => {
  it('names a document-list cell by its annex, row and column', () => {
    const { snapshot, meeting, findings } = analyseFile(TD514);
    expect(describeLocation(findings[0]!.location, snapshot, meeting)).toBe('Annex A, row 10, Category');
  });

  it('names an agenda cell by its item and column', () => {
    const { snapshot, meeting } = analyseFile(TD514);
    const citation = meeting.citations.find((c) => c.id === 'TD526')!;
    expect(describeLocation(citation.location, snapshot, meeting)).toBe('Agenda, item 1.4, Docs');
  });

  it('names paragraphs by the agenda item they are under, and e-meeting plans by their group', () => {
    const { snapshot, meeting, findings } = analyseFile(WP2);
    const where = findings.map((f) => describeLocation(f.location, snapshot, meeting));
    expect(where).toEqual(['Under item 4.2', 'Under item 4.2', 'RG-IEM e-meeting plan, row 2, Contribution Deadline', 'RG-DT e-meeting plan, header']);
  });

  it('gives line numbers for text agendas', () => {
    const { snapshot, meeting } = analyseFile(`${CORPUS}/ietf-httpbis-ietf70-agenda.txt`);
    expect(describeLocation(meeting.sessions[0]!.location, snapshot, meeting)).toBe('Line 4');
  });

  it("names a time grid's column by its day, not by the entries its header cell also holds", () => {
    const { snapshot, meeting, findings } = analyseFile(`${CORPUS}/docx/S2-1911962_SA2-136-Agenda_v7.docx`);
    const friday = findings.find((f) => f.message.startsWith('13:00 starts before'))!;
    expect(describeLocation(friday.location, snapshot, meeting)).toBe('Time grid, row 8, Friday (revisions only)');
  });
});
