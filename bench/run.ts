// `npm run bench`: every speed goal of Docket (issue 11) measured in one run, each printed with its goal and
// met/MISSED, as a ratio where a peer or a floor exists, with peak memory, and a last line that sums them up:
// - the command line as whole processes, in paired runs (A B A B…, the ratio taken pair by pair, so a machine whose
//   speed drifts does not move it): `docket rules` beside a bare `node -e 0`; `docket check` on the 1,700-row SA2 #164
//   list beside the floor process (unzip + a regular-expression scan of the text runs, bundled like the command
//   line); the same list ten times longer beside the list itself;
// - the core in process: read + extract + check of SA2 #164 beside the floor and beside mammoth.extractRawText;
// - the task pane and the preview in headless Chromium: SA2 #164 opened, checked and the Generate tab opened, the
//   longest main-thread task meanwhile; taskpane.html from Office ready to Check enabled; the preview with the sample.
// Peak memory of a process is the operating system's (GNU time's maximum resident set); in the browser, the page's
// JS heap. Times are medians; the machine's load moves them, so read the ratios.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildCli } from '../scripts/build-cli';
import { launch } from '../tests/helpers/browser';
import { serve } from '../tests/helpers/static-server';
import { largeList, previewWithSample, taskpaneReady, type LargeList } from './browser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = process.env.DOCKET_SHARED ?? join(ROOT, '../shared/');
const SA2_164 = join(SHARED, 'corpus/docx/SA2-164-TdocsByAgenda.docx');
const DOCKET = join(ROOT, 'bin/docket.js');
const TIME = '/usr/bin/time';

interface Process {
  ms: number;
  cpuMs: number;
  peakMB: number;
}

interface InProcess {
  median: number;
  /** The first run, cold. */
  first: number;
  peakMB: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One whole process, timed from outside: wall time, CPU time and peak memory (GNU time's accounting). */
function timed(command: string[], scratch: string): Process {
  const report = join(scratch, 'time.txt');
  const start = performance.now();
  const child = spawnSync(TIME, ['-f', '%U %S %M', '-o', report, ...command], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  // docket check exits 1 when it finds errors; anything else is a failure of the bench.
  if (child.status !== 0 && child.status !== 1) throw new Error(`${command.join(' ')} failed (${child.status}): ${child.stderr}`);
  const [user, system, kilobytes] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { ms, cpuMs: (user! + system!) * 1000, peakMB: kilobytes! / 1024 };
}

/** A against B in turn, after one warm-up each: each one's median, and the median of the pairs' ratios A/B. */
function paired(a: string[], b: string[], pairs: number, scratch: string): { a: Process; b: Process; ratio: number } {
  timed(a, scratch);
  timed(b, scratch);
  const as: Process[] = [];
  const bs: Process[] = [];
  for (let i = 0; i < pairs; i++) {
    as.push(timed(a, scratch));
    bs.push(timed(b, scratch));
  }
  const summary = (runs: Process[]): Process => ({ ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), peakMB: Math.max(...runs.map((r) => r.peakMB)) });
  return { a: summary(as), b: summary(bs), ratio: median(as.map((run, i) => run.ms / bs[i]!.ms)) };
}

/** A subject of bench/measure.ts in its own process: its median over `runs` after a warm-up, and its peak memory. */
function inProcess(subject: 'docket' | 'mammoth' | 'floor', file: string, runs: number): InProcess {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/measure.ts'), subject, file, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`${subject} on ${file} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as InProcess;
}

/** The SA2 #164 list with its rows repeated `times` times, each copy renumbered so every Tdoc stays unique. */
function longerList(times: number): Uint8Array {
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

const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
const times = (value: number, digits = 2) => `${value.toFixed(digits)}×`;

/** One figure: what, the measurement, the goal and whether it is met. */
function figure(what: string, measured: string, goal: string, met: boolean, detail: string): void {
  console.log(`${what.padEnd(46)} ${measured.padStart(9)}   goal ${goal.padEnd(9)} ${verdict(met).padEnd(6)}   ${detail}`);
}

async function browserFigures(): Promise<{ list: LargeList; taskpane: { ms: number; heapMB: number }; sample: { ms: number; heapMB: number } }> {
  const dist = join(ROOT, 'dist/');
  // The command line is built at the start of the run; only the add-in's pages may be missing.
  if (!existsSync(`${dist}preview.html`)) execSync('npx webpack --mode production', { cwd: ROOT, stdio: 'ignore' });
  const server = await serve(dist);
  const browser = await launch();
  try {
    const lists: LargeList[] = [];
    for (let i = 0; i < 3; i++) lists.push(await largeList(browser, server.url, SA2_164));
    const panes = [];
    for (let i = 0; i < 5; i++) panes.push(await taskpaneReady(browser, server.url));
    const samples = [];
    for (let i = 0; i < 5; i++) samples.push(await previewWithSample(browser, server.url));
    const pick = <T>(runs: T[], value: (run: T) => number) => median(runs.map(value));
    return {
      list: {
        openMs: pick(lists, (l) => l.openMs),
        checkMs: pick(lists, (l) => l.checkMs),
        generateMs: pick(lists, (l) => l.generateMs),
        longestTaskMs: Math.max(...lists.map((l) => l.longestTaskMs)),
        heapMB: Math.max(...lists.map((l) => l.heapMB)),
      },
      taskpane: { ms: pick(panes, (p) => p.ms), heapMB: Math.max(...panes.map((p) => p.heapMB)) },
      sample: { ms: pick(samples, (s) => s.ms), heapMB: Math.max(...samples.map((s) => s.heapMB)) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (!existsSync(TIME)) throw new Error(`The bench reads each process's peak memory with GNU time at ${TIME}: apt-get install -y time`);
await buildCli();
const scratch = mkdtempSync(join(tmpdir(), 'docket-bench-'));
try {
  const longer = join(scratch, 'SA2-164-x10.docx');
  writeFileSync(longer, longerList(10));
  const floorProcess = join(scratch, 'floor.mjs');
  await build({ entryPoints: [join(ROOT, 'bench/floor.ts')], outfile: floorProcess, bundle: true, minify: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });

  console.log('Command line: whole processes, median of paired runs (wall time; CPU time and peak memory beside)');
  const start = paired(['node', DOCKET, 'rules'], ['node', '-e', '0'], 10, scratch);
  const check = paired(['node', DOCKET, 'check', SA2_164], ['node', floorProcess, SA2_164], 5, scratch);
  const scale = paired(['node', DOCKET, 'check', longer], ['node', DOCKET, 'check', SA2_164], 2, scratch);
  const proc = (p: Process) => `${ms(p.ms)} (CPU ${ms(p.cpuMs)}, peak ${mb(p.peakMB)})`;
  figure('docket rules, beside node -e 0', times(start.ratio), '≤ 2×', start.ratio <= 2, `docket ${proc(start.a)}; node ${proc(start.b)}`);
  figure('docket check SA2 #164, beside the floor process', times(check.ratio), '≤ 2×', check.ratio <= 2, `docket ${proc(check.a)}; floor ${proc(check.b)}`);
  figure('docket check, 10× the rows, beside SA2 #164', times(scale.ratio, 1), '≤ 12×', scale.ratio <= 12, `10× ${proc(scale.a)}; SA2 #164 ${proc(scale.b)}`);
  figure('peak memory of docket check, 10× the rows', mb(scale.a.peakMB), '< 600 MB', scale.a.peakMB < 600, '');

  console.log('');
  console.log('Core in process: read + extract + check of SA2 #164, median of runs after a warm-up of a second (cold: the first run)');
  const core = inProcess('docket', SA2_164, 7);
  const floor = inProcess('floor', SA2_164, 7);
  const mammoth = inProcess('mammoth', SA2_164, 3);
  const side = (r: InProcess) => `${ms(r.median)} (cold ${ms(r.first)}, peak ${mb(r.peakMB)})`;
  figure('core, beside the floor in process', times(core.median / floor.median), '≤ 5×', core.median / floor.median <= 5, `core ${side(core)}; floor ${side(floor)}`);
  figure('core, beside mammoth.extractRawText', times(core.median / mammoth.median, 3), '≤ 0.05×', core.median / mammoth.median <= 0.05, `mammoth ${side(mammoth)}`);

  console.log('');
  console.log('Task pane and preview: headless Chromium on dist/, median of runs (peak: the page’s JS heap)');
  const { list, taskpane, sample } = await browserFigures();
  const openCheck = list.openMs + list.checkMs;
  figure('SA2 #164 opened and checked in the preview', ms(openCheck), '≤ 2000 ms', openCheck <= 2000, `open ${ms(list.openMs)}, check ${ms(list.checkMs)}; JS heap ${mb(list.heapMB)}`);
  figure('longest main-thread task (open, check, Generate)', ms(list.longestTaskMs), '≤ 100 ms', list.longestTaskMs <= 100, 'the longest of all runs');
  figure('Generate tab usable on SA2 #164', ms(list.generateMs), '≤ 500 ms', list.generateMs <= 500, '');
  figure('taskpane.html: Check enabled after Office ready', ms(taskpane.ms), '≤ 500 ms', taskpane.ms <= 500, `JS heap ${mb(taskpane.heapMB)}`);
  figure('preview with the sample: navigation to usable', ms(sample.ms), '≤ 1000 ms', sample.ms <= 1000, `JS heap ${mb(sample.heapMB)}`);

  console.log('');
  console.log(
    `bench: cli-start=${start.ratio.toFixed(2)} check=${check.ratio.toFixed(2)} core=${(core.median / floor.median).toFixed(2)} core-vs-mammoth=${(core.median / mammoth.median).toFixed(3)} ` +
      `scale10=${scale.ratio.toFixed(1)} longest-task-ms=${list.longestTaskMs.toFixed(0)} open-check-ms=${openCheck.toFixed(0)} pane-ready-ms=${taskpane.ms.toFixed(0)}`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
