// Run the whole pipeline on an agenda written in the test (plain text or Markdown) and keep one rule's findings.
import { strToU8 } from 'fflate';
import { analyse, Config, type Finding } from '../../src/core';
import { readDocument } from '../../src/io/read';

export function findingsOf(ruleId: string, text: string, options: { name?: string; config?: Partial<Config> } = {}): Finding[] {
  const read = readDocument(options.name ?? 'agenda.txt', strToU8(text));
  if (!read.ok) throw new Error(read.message);
  const { findings } = analyse(read.value, Config.parse(options.config ?? {}));
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
