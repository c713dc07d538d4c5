// How `docket check` prints its findings. Text, grouped by file as ESLint's default ("stylish") formatter does: the
// file's path, then one aligned line per finding (the place in the user's words beside the short location, severity,
// message, rule id), then a summary, red when the check failed, and how many findings `docket fix` would fix. Colour
// only when asked for or on a terminal that shows it (see colourFor). JSON: the findings and meetings as the schemas
// describe them.
import { createColors } from 'picocolors';
import type { DocumentRegister } from '../core';
import { exitCode, isEditable, type FileResult, type Tally } from './check';
import { placeOf } from './where';

/**
 * Whether to colour what goes to this stream: FORCE_COLOR decides when set ("0" and "false" turn colour off), else
 * only a terminal that shows colour (Node's hasColors honours NO_COLOR and TERM=dumb).
 */
export function colourFor(stream: { isTTY?: boolean; hasColors?: () => boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stream.isTTY === true && stream.hasColors?.() === true;
}

/** The findings of each file that has any, grouped under its path; then the summary. */
export function formatText(results: readonly FileResult[], tally: Tally, colour: boolean): string {
  const c = createColors(colour);
  const blocks: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0 || !result.snapshot || !result.meeting) continue;
    const rows = result.findings.map((f) => [placeOf(f.location, result.snapshot!, result.meeting!, result.sheets), f.severity, f.message, f.ruleId] as const);
    const width = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
    const severityColour = { error: c.red, warning: c.yellow, info: c.blue };
    const lines = rows.map(
      ([place, severity, message, ruleId]) =>
        `  ${place.padEnd(width[0]!)}  ${severityColour[severity](severity.padEnd(width[1]!))}  ${message.padEnd(width[2]!)}  ${c.dim(ruleId)}`.trimEnd(),
    );
    blocks.push(`${c.underline(result.path)}\n${lines.join('\n')}\n`);
  }
  const summary = summaryOf(tally);
  const failed = exitCode(tally) !== 0;
  const paint = failed ? c.red : tally.warning + tally.info > 0 ? c.yellow : c.green;
  // As ESLint says what `--fix` would fix: the findings `docket fix` fixes in a copy of each Word agenda.
  const fixable = results.filter((r) => isEditable(r.path)).flatMap((r) => r.findings.filter((f) => f.fix)).length;
  const fixes = fixable > 0 ? `\n${paint(`  ${plural(fixable, 'problem')} can be fixed with \`docket fix <agenda.docx> -o <copy.docx>\`.`)}` : '';
  return `${blocks.map((b) => `\n${b}`).join('')}${blocks.length > 0 ? '\n' : ''}${c.bold(paint(summary))}${fixes}\n`;
}

function summaryOf(tally: Tally): string {
  const total = tally.error + tally.warning + tally.info;
  const files = plural(tally.files - tally.unreadable, 'file');
  const skipped = tally.skipped > 0 ? ` (${tally.skipped} skipped)` : '';
  const unreadable = tally.unreadable > 0 ? `; ${tally.unreadable} could not be read` : '';
  if (total === 0 && tally.unreadable === 0) return `✔ No problems in ${files}${skipped}.`;
  const counts = `${plural(tally.error, 'error')}, ${plural(tally.warning, 'warning')}, ${tally.info} info`;
  return `✖ ${plural(total, 'problem')} (${counts}) in ${files}${skipped}${unreadable}.`;
}

/** The findings and meetings of every file; with --register, each document register as read (`{ path, documents, notes }`). */
export function formatJson(results: readonly FileResult[], registers: readonly { path: string; register: DocumentRegister }[] = []): string {
  const files = results.map((r) =>
    r.error ? { path: r.path, error: r.error, findings: [] } : { path: r.path, findings: r.findings, meeting: r.meeting },
  );
  const register = registers.map(({ path, register: { documents, notes } }) => ({ path, documents, notes }));
  return `${JSON.stringify(register.length > 0 ? { files, register } : { files }, null, 2)}\n`;
}

/** ESLint's words when --max-warnings is passed, for stderr. */
export function tooManyWarningsLine(tally: Tally): string {
  return `Docket found too many warnings (maximum: ${tally.maxWarnings}).\n`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
