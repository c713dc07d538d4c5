// The corpus report: every real document in ../shared/corpus (and more/) checked with Docket's own pipeline (the
// command line's reader, extraction and rules), counted, and compared with the expectation a person wrote after
// reading the document: tests/corpus/<path with "/" as "__" and its extension after a "-">.expected.json. `npm run corpus` prints it; corpus.test.ts fails on
// any difference.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { checkFile } from '../../src/cli/check';
import { NO_CONFIG_FILE } from '../../src/cli/config';
import { type Finding, type Meeting } from '../../src/core';

const EXPECTATIONS = new URL('./', import.meta.url);

const Listed = z.object({
  rule: z.string(),
  /** A substring of the finding's quoted text or of its message. */
  quote: z.string().optional(),
  severity: z.enum(['error', 'warning', 'info']).optional(),
  /** How many findings this entry stands for (1 when absent). */
  count: z.number().int().positive().optional(),
  why: z.string().min(1),
});
type Listed = z.infer<typeof Listed>;

const Extracted = z.object({ sessions: z.number(), items: z.number(), citations: z.number(), documents: z.number(), actions: z.number() }).strict();
type Extracted = z.infer<typeof Extracted>;

export const Expectation = z.union([
  z
    .object({
      file: z.string(),
      reading: z.string().min(1),
      extracted: Extracted,
      findings: z.array(Listed),
      mustNotFind: z.array(Listed.omit({ count: true })),
      /** Defects the reader sees that Docket does not find yet: said, not asserted. */
      notYetFound: z.array(z.object({ rule: z.string().optional(), what: z.string().min(1) }).strict()).optional(),
    })
    .strict(),
  z.object({ file: z.string(), reading: z.string().min(1), refused: z.string().min(1) }).strict(),
]);
export type Expectation = z.infer<typeof Expectation>;

export interface FileReport {
  file: string;
  /** The refusal, for a file Docket does not read. */
  refused?: string;
  extracted?: Extracted;
  findings: Finding[];
  expectation?: Expectation;
  /** Each way the file differs from its expectation, one line each; empty when it matches. */
  differences: string[];
}

/** Every file of the corpus, relative to it ("docx/S2-….docx", "more/….md"), the README apart. */
export function corpusFiles(root: string): string[] {
  const list = (folder: string) =>
    existsSync(join(root, folder)) ? readdirSync(join(root, folder), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => (folder ? `${folder}/${e.name}` : e.name)) : [];
  return ['', 'docx', 'more'].flatMap(list).filter((f) => f !== 'README.md').sort();
}

/** tests/corpus/<file with "/" as "__" and its extension after a "-">.expected.json: "docx/x.docx" → docx__x-docx.expected.json */
export function expectationName(file: string): string {
  return `${file.replaceAll('/', '__').replace(/\.(\w+)$/, '-$1')}.expected.json`;
}

/** The expectation files kept in tests/corpus/. */
export function expectationFiles(): string[] {
  return readdirSync(EXPECTATIONS).filter((name) => name.endsWith('.expected.json'));
}

export function hasExpectation(file: string): boolean {
  return existsSync(new URL(expectationName(file), EXPECTATIONS));
}

function readExpectation(file: string): Expectation | undefined {
  if (!hasExpectation(file)) return undefined;
  return Expectation.parse(JSON.parse(readFileSync(new URL(expectationName(file), EXPECTATIONS), 'utf8')));
}

function counts(meeting: Meeting): Extracted {
  return {
    sessions: meeting.sessions.length,
    items: meeting.agenda.length,
    citations: meeting.citations.length,
    documents: meeting.documents.length,
    actions: meeting.actions.length,
  };
}

export async function reportFile(root: string, file: string): Promise<FileReport> {
  const result = await checkFile(join(root, file), NO_CONFIG_FILE);
  const expectation = readExpectation(file);
  const report: FileReport = result.error
    ? { file, refused: result.error, findings: [], differences: [] }
    : { file, extracted: counts(result.meeting!), findings: result.findings, differences: [] };
  if (expectation) report.expectation = expectation;
  report.differences = !expectation ? ['no expectation file'] : expectation.file !== file ? [`the expectation file is for ${expectation.file}`] : compare(report, expectation);
  return report;
}

const matches = (entry: Omit<Listed, 'count'>, finding: Finding) =>
  entry.rule === finding.ruleId &&
  (entry.severity === undefined || entry.severity === finding.severity) &&
  (entry.quote === undefined || finding.location.text.includes(entry.quote) || finding.message.includes(entry.quote));

const describe = (f: Finding) => `${f.ruleId} ${f.severity} "${f.location.text}": ${f.message}`;

/** Each difference between what Docket found and what the reader expects. */
export function compare(report: FileReport, expectation: Expectation): string[] {
  if ('refused' in expectation) {
    if (report.refused === undefined) return [`read, but expected to be refused with "${expectation.refused}"`];
    return report.refused.includes(expectation.refused) ? [] : [`refused with "${report.refused}", expected "${expectation.refused}"`];
  }
  if (report.refused !== undefined) return [`refused: ${report.refused}`];
  const differences: string[] = [];
  for (const [key, value] of Object.entries(expectation.extracted) as [keyof Extracted, number][]) {
    const actual = report.extracted![key];
    if (actual !== value) differences.push(`extracted ${key}: ${actual}, expected ${value}`);
  }
  const unclaimed = [...report.findings];
  for (const entry of expectation.findings) {
    const wanted = entry.count ?? 1;
    let found = 0;
    for (let i = 0; i < unclaimed.length && found < wanted; ) {
      if (matches(entry, unclaimed[i]!)) {
        unclaimed.splice(i, 1);
        found++;
      } else i++;
    }
    if (found < wanted) differences.push(`missing: ${entry.rule}${entry.severity ? ` ${entry.severity}` : ''} "${entry.quote ?? ''}" (${found} of ${wanted} found) — ${entry.why}`);
  }
  for (const finding of unclaimed) differences.push(`unexpected: ${describe(finding)}`);
  for (const trap of expectation.mustNotFind) {
    for (const finding of report.findings.filter((f) => matches(trap, f))) differences.push(`trap fired: ${describe(finding)} — ${trap.why}`);
  }
  return differences;
}

/** The printed table: one row per file with what was extracted and the findings by rule, then the differences. */
export function formatReport(reports: FileReport[]): string {
  const rows = reports.map((r) => {
    const byRule = new Map<string, number>();
    for (const f of r.findings) byRule.set(`${f.ruleId} ${f.severity}`, (byRule.get(`${f.ruleId} ${f.severity}`) ?? 0) + 1);
    const e = r.extracted;
    const expectation = r.expectation && 'findings' in r.expectation ? r.expectation : undefined;
    const notYet = expectation?.notYetFound?.length ?? 0;
    return [
      r.differences.length === 0 ? 'ok' : 'DIFF',
      `${r.file}${notYet ? ` (${notYet} not yet found)` : ''}`,
      e ? `${e.sessions}/${e.items}/${e.citations}/${e.documents}/${e.actions}` : 'refused',
      [...byRule].map(([rule, n]) => `${rule}×${n}`).join(', ') || '-',
    ];
  });
  const header = ['', 'file', 'sess/items/cit/docs/act', 'findings by rule'];
  const widths = header.slice(0, 3).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ');
  const differences = reports
    .filter((r) => r.differences.length > 0)
    .map((r) => `\n${r.file}:\n${r.differences.map((d) => `  ${d}`).join('\n')}`);
  const failed = reports.filter((r) => r.differences.length > 0).length;
  return [
    line(header),
    ...rows.map(line),
    ...differences,
    `\n${failed === 0 ? `All ${reports.length} files read as their expectations say.` : `${failed} of ${reports.length} files differ from their expectations.`}\n`,
  ].join('\n');
}
