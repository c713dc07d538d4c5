// One benchmark subject in its own process, so its peak memory is its own: Docket's core (read + extract + check,
// its zip packages inflated by Node's zlib as the command line has them), mammoth.extractRawText, or the floor (unzip +
// a regular-expression scan of the text runs), on one file. Prints one JSON line: times in ms (the median and the
// fastest of the timed runs, and the first run, cold), peak memory in MB.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import mammoth from 'mammoth';
import { analyse } from '../src/core';
import { inflateWithNode } from '../src/io/node-inflater';
import { readDocument } from '../src/io/read-document';
import { floor } from './floor';

const [subject, file, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const WARM_UP_MS = 1000;
const bytes = new Uint8Array(readFileSync(file!));
if (subject === 'docket') inflateWithNode();

async function once(): Promise<number> {
  const start = performance.now();
  if (subject === 'mammoth') {
    await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  } else if (subject === 'floor') {
    floor(bytes);
  } else {
    const read = readDocument(basename(file!), bytes);
    if (!read.ok) throw new Error(read.message);
    analyse(read.value);
  }
  return performance.now() - start;
}

// Warm-up, the same second for every subject (at least one run): V8 is still optimising Docket's reader after one
// run of it (a fifth of a second; its next four or five are slower than the rest), and has long settled within one
// of mammoth's (four seconds). The first run, cold, is printed too.
const warmUp = performance.now();
const first = await once();
while (performance.now() - warmUp < WARM_UP_MS) await once();
const times: number[] = [];
for (let i = 0; i < runs; i++) times.push(await once());
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(JSON.stringify({ subject, median, min: times[0], first, runs, peakMB: process.resourceUsage().maxRSS / 1024 }));
