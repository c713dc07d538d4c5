// One benchmark subject in its own process, so its peak memory is its own: Docket's core (read + extract + check,
// its zip packages inflated by Node's zlib as the command line has them), mammoth.extractRawText, or the floor (unzip +
// a regular-expression scan of the text runs), on one file. Prints one JSON line: times in ms, peak memory in MB.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import mammoth from 'mammoth';
import { analyse } from '../src/core';
import { inflateWithNode } from '../src/io/node-inflater';
import { readDocument } from '../src/io/read-document';
import { floor } from './floor';

const [subject, file, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
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

await once(); // warm-up: compile and caches
const times: number[] = [];
for (let i = 0; i < runs; i++) times.push(await once());
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(JSON.stringify({ subject, median, min: times[0], runs, peakMB: process.resourceUsage().maxRSS / 1024 }));
