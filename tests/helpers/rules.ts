// Run the whole pipeline on an agenda written in the test (plain text or Markdown) and keep one rule's findings;
// against document registers written the same way, read by the real register reader.
import { strToU8 } from 'fflate';
import { analyse, Config, readDocumentRegister, type DocumentRegister, type Finding } from '../../src/core';
import { readDocument } from '../../src/io/read-document';

export function findingsOf(ruleId: string, text: string, options: { name?: string; config?: Partial<Config>; registers?: readonly DocumentRegister[] } = {}): Finding[] {
  const read = readDocument(options.name ?? 'agenda.txt', strToU8(text));
  if (!read.ok) throw new Error(read.message);
  const { findings } = analyse(read.value, Config.parse(options.config ?? {}), options.registers ?? []);
  return findings.filter((f) => f.ruleId === ruleId);
}

/** The quoted text of each finding. */
export function quoted(findings: Finding[]): string[] {
  return findings.map((f) => f.location.text);
}

/** A document list in the TD template's layout, as text-table rows. */
export function annexA(rows: [category: string, id: string][]): string {
  return ['Annex A', '# | Category | TD/C # | Source | Title', ...rows.map(([category, id], i) => `${i + 1} | ${category} | ${id} | Chair | Title ${i + 1}`)].join('\n');
}

/** Rows of the OData v3 editors' work plan (../shared/corpus/more/odata-v3__Schedule.xlsx) under its header. */
export function odataPlan(...rows: string[]): string {
  return ['Item | Author | Draft ETA | Reviewer | Reviewer ETA | Ready for Editor ETA | Status', ...rows].join('\n');
}

/** A document register written as "a | b | c" rows (header first), read by the register reader and named `name`. */
export function registerOf(rows: readonly string[], name = 'register.txt'): DocumentRegister {
  const read = readDocument('register.txt', strToU8(rows.join('\n')));
  if (!read.ok) throw new Error(read.message);
  return readDocumentRegister(read.value, name);
}
