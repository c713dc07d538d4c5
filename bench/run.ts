// `npm run bench`: Docket's time to read, extract and check a large document list beside mammoth.extractRawText on
// the same file, for the 3GPP SA2 #164 Tdoc list (~1,700 rows) and for a generated list ten times larger.
// Goals: at most 0.1× mammoth's time; ten times the rows at most twelve times the time. Prints peak memory too,
// and the time from page load to a usable task pane in the browser preview.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { launch } from '../tests/helpers/browser';
import { serve } from '../tests/helpers/static-server';

const SHARED = process.env.DOCKET_SHARED ?? fileURLToPath(new URL('../../shared/', import.meta.url));
const SA2_164 = join(SHARED, 'corpus/docx/SA2-164-TdocsByAgenda.docx');
const measure = fileURLToPath(new URL('./measure.ts', import.meta.url));

interface Result {
  median: number;
  min: number;
  peakMB: number;
}

function run(subject: 'docket' | 'mammoth', file: string, runs: number): Result {
  const child = spawnSync(process.execPath, ['--max-old-space-size=16384', '--import', 'tsx', measure, subject, file, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`${subject} on ${file} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Result;
}

/** The SA2 #164 list with its rows repeated `times` times, each copy renumbered so every Tdoc stays unique. */
function largerList(times: number): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(SA2_164)));
  const xml = strFromU8(files['word/document.xml']!);
  const start = xml.indexOf('<w:tr>', xml.lastIndexOf('<w:tbl>'));
  const end = xml.lastIndexOf('</w:tbl>');
  const header = xml.indexOf('</w:tr>', start) + '</w:tr>'.length;
  const rows = xml.slice(header, end);
  const copies = Array.from({ length: times }, (_, copy) => rows.replace(/S2-24(\d{5})/g, (_, n: string) => `S2-${String(24 + copy * 2).padStart(2, '0')}${n}`));
  files['word/document.xml'] = strToU8(xml.slice(0, header) + copies.join('') + xml.slice(end));
  return zipSync(files);
}

function line(label: string, docket: Result, mammoth: Result): string {
  const ratio = docket.median / mammoth.median;
  return (
    `${label.padEnd(34)} docket ${docket.median.toFixed(0).padStart(6)} ms (peak ${docket.peakMB.toFixed(0)} MB)   ` +
    `mammoth ${mammoth.median.toFixed(0).padStart(7)} ms (peak ${mammoth.peakMB.toFixed(0)} MB)   ratio ${ratio.toFixed(3)}×`
  );
}

/** Milliseconds from navigation to a usable pane: the sample agenda shown and the Check button enabled. */
async function paneLoadTimes(runs: number): Promise<number[]> {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  if (!existsSync(`${dist}preview.html`)) execSync('npm run build', { stdio: 'ignore' });
  const server = await serve(dist);
  const browser = await launch();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/preview.html?sample`);
      await page.locator('[data-at="0"]').waitFor();
      await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    return times.sort((a, b) => a - b);
  } finally {
    await browser.close();
    await server.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'docket-bench-'));
try {
  const large = join(dir, 'SA2-164-x10.docx');
  writeFileSync(large, largerList(10));

  const small = { docket: run('docket', SA2_164, 7), mammoth: run('mammoth', SA2_164, 3) };
  const big = { docket: run('docket', large, 3), mammoth: run('mammoth', large, 1) };

  console.log('Read + extract + check a document list, beside mammoth.extractRawText on the same file (median of runs)');
  console.log(line('SA2-164 Tdoc list (~1,700 rows)', small.docket, small.mammoth));
  console.log(line('generated list, 10× the rows', big.docket, big.mammoth));

  const ratio = Math.max(small.docket.median / small.mammoth.median, big.docket.median / big.mammoth.median);
  const scaling = big.docket.median / small.docket.median;
  console.log('');
  console.log(`Goal: at most 0.1× mammoth's time ............ ${ratio.toFixed(3)}× ${ratio <= 0.1 ? 'met' : 'MISSED'}`);
  console.log(`Goal: 10× the rows in at most 12× the time .... ${scaling.toFixed(1)}× ${scaling <= 12 ? 'met' : 'MISSED'}`);

  const load = await paneLoadTimes(7);
  console.log('');
  console.log(`Browser preview, page load to a usable pane with the sample agenda: median ${load[3]!.toFixed(0)} ms (best ${load[0]!.toFixed(0)} ms, worst ${load[6]!.toFixed(0)} ms)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
