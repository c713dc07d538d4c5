// `docket check` and `docket extract`: read each file, extract and check it (against the meeting's document registers
// when given), and print the findings as ESLint-style lines or as JSON. An unreadable file is reported in one line and
// the others are still checked.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyse, type Config, type DocumentRegister, type Finding, type Meeting, type Snapshot } from '../core';
import { readAnyFile } from '../io/read';
import { where } from './where';

export interface FileResult {
  path: string;
  error?: string;
  snapshot?: Snapshot;
  meeting?: Meeting;
  findings: Finding[];
}

/** Reads a file as a Snapshot: Word documents and text agendas, and spreadsheets (.xlsx, .csv) of document lists. */
export async function readFile(path: string): Promise<{ ok: true; snapshot: Snapshot } | { ok: false; error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'No such file.' : code === 'EISDIR' ? 'This is a folder, not a file.' : `Cannot open the file (${code}).` };
  }
  const name = basename(path);
  const read = await readAnyFile(name, bytes);
  return read.ok ? { ok: true, snapshot: read.value } : { ok: false, error: read.message };
}

export async function checkFile(path: string, config: Config, documentRegisters: readonly DocumentRegister[] = []): Promise<FileResult> {
  const read = await readFile(path);
  if (!read.ok) return { path, error: read.error, findings: [] };
  const { meeting, findings } = analyse(read.snapshot, config, documentRegisters);
  return { path, snapshot: read.snapshot, meeting, findings };
}

/** One line per finding: file, location, severity, message, rule id; then a summary. */
export function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    if (result.error) {
      lines.push(`${result.path}  -  error  ${result.error}  (unreadable)`);
      continue;
    }
    for (const finding of result.findings) {
      counts[finding.severity]++;
      lines.push(`${result.path}  ${where(finding.location, result.snapshot!)}  ${finding.severity}  ${finding.message}  ${finding.ruleId}`);
    }
  }
  const unreadable = results.filter((r) => r.error).length;
  const total = counts.error + counts.warning + counts.info;
  const summary =
    total === 0 && unreadable === 0
      ? `✔ No problems in ${plural(results.length, 'file')}.`
      : `${total === 0 ? '✔' : '✖'} ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${plural(results.length, 'file')}` +
        (unreadable > 0 ? `; ${unreadable} could not be read.` : '.');
  if (lines.length > 0) lines.push('');
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}

/** The findings and meetings of every file; with --register, each document register as read (`{ path, documents, notes }`). */
export function formatJson(results: FileResult[], registers: readonly { path: string; register: DocumentRegister }[] = []): string {
  const files = results.map((r) =>
    r.error ? { path: r.path, error: r.error, findings: [] } : { path: r.path, findings: r.findings, meeting: r.meeting },
  );
  const register = registers.map(({ path, register: { documents, notes } }) => ({ path, documents, notes }));
  return `${JSON.stringify(register.length > 0 ? { files, register } : { files }, null, 2)}\n`;
}

/** 2 when a file could not be read, 1 when an error was found, else 0. */
export function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
