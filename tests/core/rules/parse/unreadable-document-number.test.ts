import { describe, expect, it } from 'vitest';
import { findingsOf, quoted } from '../../../helpers/rules';

const rule = 'parse/unreadable-document-number';

describe(rule, () => {
  it('fires for a document-list row whose number is not a document number', () => {
    const findings = findingsOf(rule, '# | Category | TD/C # | Title\n1 | Admin | see below | Agenda');
    expect(quoted(findings)).toEqual(['see below']);
    expect(findings[0]!.message).toMatchInlineSnapshot(`""see below" in the document list is not a document number."`);
  });

  it.each([
    ['placeholders (another rule)', '# | Category | TD/C # | Title\n1 | Admin | TDxxx | Agenda'],
    ['heading rows of a Tdoc list', 'AI | TD# | Type | Subject\n4.1 | - | - | Common issues\n4.1 | S2-2001783 | LS In | LS'],
  ])('is silent for %s', (_, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
