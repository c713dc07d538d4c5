// The corpus report as a test: each real document reads as the person who read it expects (what must be found, what
// must not, what is extracted), and every document of the corpus has such an expectation.
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers/shared';
import { compare, corpusFiles, expectationFiles, expectationName, hasExpectation, reportFile } from './report';

const files = corpusFiles(CORPUS);

describe('the corpus report', () => {
  it('has an expectation file in tests/corpus/ for every corpus document', () => {
    const missing = files.filter((file) => !hasExpectation(file)).map(expectationName);
    expect(missing, `No expectation file for:\n${missing.join('\n')}`).toEqual([]);
  });

  it('keeps no expectation file for a document the corpus does not have', () => {
    const named = new Set(files.map(expectationName));
    expect(expectationFiles().filter((name) => !named.has(name))).toEqual([]);
  });

  it('finds the corpus and its more/ folder', () => {
    expect(files).toEqual(expect.arrayContaining(['docx/S2-1911962_SA2-136-Agenda_v7.docx', 'more/odata-v3__Schedule.xlsx', 'ietf-quic-ietf102-agenda.txt']));
  });

  it.each(files)('%s reads as its expectation says', async (file) => {
    const report = await reportFile(CORPUS, file);
    if (report.expectation === undefined) return;
    expect(report.differences, `${file}:\n${report.differences.join('\n')}`).toEqual([]);
  });
});

// The comparison itself, on a report built in the test: a finding nobody listed, a listed one not found, a trap that
// fires and a count that differs are each said.
describe('comparing a report with its expectation', () => {
  const finding = (ruleId: string, text: string, severity: 'error' | 'warning' | 'info' = 'warning') =>
    ({ ruleId, messageId: 'test', severity, message: `about ${text}`, location: { block: 0, text } }) as const;
  const report = (findings: ReturnType<typeof finding>[]) => ({ file: 'x.docx', extracted: { sessions: 1, items: 2, citations: 0, documents: 0, actions: 0 }, findings, differences: [] });
  const expectation = {
    file: 'x.docx',
    reading: 'two items',
    extracted: { sessions: 1, items: 2, citations: 0, documents: 0, actions: 0 },
    findings: [{ rule: 'text/placeholder', quote: 'TBD', count: 2, why: 'two TBD cells' }],
    mustNotFind: [{ rule: 'time/outside-session', severity: 'error' as const, why: 'grid bands are not limits' }],
  };

  it('is silent when every finding is listed, with its count', () => {
    expect(compare(report([finding('text/placeholder', 'TBD'), finding('text/placeholder', 'TBD')]), expectation)).toEqual([]);
  });

  it('says what is missing, unexpected, trapped and miscounted', () => {
    const differences = compare(
      { ...report([finding('text/placeholder', 'TBD'), finding('numbering/gap', '5'), finding('time/outside-session', '09:00', 'error')]), extracted: { sessions: 1, items: 3, citations: 0, documents: 0, actions: 0 } },
      expectation,
    );
    expect(differences).toEqual([
      'extracted items: 3, expected 2',
      'missing: text/placeholder "TBD" (1 of 2 found) — two TBD cells',
      'unexpected: numbering/gap warning "5": about 5',
      'unexpected: time/outside-session error "09:00": about 09:00',
      'trap fired: time/outside-session error "09:00": about 09:00 — grid bands are not limits',
    ]);
  });

  it('expects a refused file to be refused with its message', () => {
    const refused = { file: 'old.doc', reading: 'Word 97', refused: 'save it as .docx' };
    expect(compare({ file: 'old.doc', refused: 'This is a Word 97-2003 .doc file: save it as .docx.', findings: [], differences: [] }, refused)).toEqual([]);
    expect(compare(report([]), refused)).toEqual(['read, but expected to be refused with "save it as .docx"']);
  });
});
