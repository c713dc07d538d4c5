// LibreOffice as the independent reader of what Docket writes: `soffice --headless --convert-to` on a file, with a
// profile of its own per call (two instances sharing one profile refuse to start), failing on any error it prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Every sheet of a workbook as CSV (UTF-8, cells as shown: dates as their format draws them). */
export const ALL_SHEETS_AS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Converts `bytes` (a file named `name`) to `format`; returns each file written, by name, as text. */
export function convertWithLibreOffice(name: string, bytes: Uint8Array, format: string): Record<string, string> {
  const folder = mkdtempSync(join(tmpdir(), 'docket-soffice-'));
  const input = join(folder, name);
  writeFileSync(input, bytes);
  const out = join(folder, 'out');
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--headless', '--convert-to', format, '--outdir', out, input],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const errors = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => /error/i.test(line));
  if (result.status !== 0 || errors.length > 0) throw new Error(`LibreOffice could not convert ${name}: ${errors.join(' ') || `exit ${result.status}`}`);
  const files = readdirSync(out, { withFileTypes: true }).filter((f) => f.isFile());
  if (files.length === 0) throw new Error(`LibreOffice wrote nothing for ${name}.`);
  return Object.fromEntries(files.map((f) => [f.name, readFileSync(join(out, f.name), 'utf8')]));
}

/**
 * The ranges LibreOffice filters in a workbook (each sheet's filter, as it reads the filter and the hidden name Excel
 * keeps its range in), as addresses: "'Action register'.A1:'Action register'.J14".
 */
export function filterRangesInLibreOffice(name: string, bytes: Uint8Array): string[] {
  const [ods] = Object.values(convertWithLibreOffice(name, bytes, 'fods'));
  return [...ods!.matchAll(/<table:database-range [^>]*table:target-range-address="([^"]*)"[^>]*table:display-filter-buttons="true"/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
}
