// The command line's promises on hostile input: a file past the input cap is refused from its size, a device or a
// pipe that never ends is read no further than the cap, what a reader guessed is said on stderr, and whatever goes
// wrong inside Docket is one line and exit 2.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { MAX_INPUT_BYTES } from '../../src/io/limits';
import { windows1252 } from '../helpers/encodings';
import { TD514 } from '../helpers/shared';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = () => mkdtempSync(join(tmpdir(), 'docket-limits-'));

describe('docket check on inputs past the cap', () => {
  it('refuses a file larger than the cap from its size, without reading it', async () => {
    const file = join(dir(), 'huge.docx');
    writeFileSync(file, '');
    truncateSync(file, MAX_INPUT_BYTES + 1); // sparse: nothing is written, so nothing could be read quickly either
    const { code, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err).toBe(`docket: ${file}: The file is larger than 200 MB, the most Docket reads: refused.\n`);
  });

  it('stops reading a device that never ends at the cap', async () => {
    const { code, err } = await run('check', '/dev/zero');
    expect(code).toBe(2);
    expect(err).toMatch(/^docket: \/dev\/zero: The file is larger than 200 MB/);
  });

  it('stops reading a pipe that never ends at the cap', async () => {
    const fifo = join(dir(), 'agenda.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `yes 'TD514 is on the agenda' > '${fifo}'`], { stdio: 'ignore' });
    try {
      const { code, err } = await run('check', fifo);
      expect(code).toBe(2);
      expect(err).toContain('The file is larger than 200 MB');
    } finally {
      writer.kill();
    }
  });
});

describe('what the readers say, and what goes wrong', () => {
  it('says on stderr which encoding a CSV list or a text agenda was read in', async () => {
    const folder = dir();
    writeFileSync(join(folder, 'list.csv'), windows1252('TD/C #,Title\nTD514,Réunion – agenda\n'));
    writeFileSync(join(folder, 'agenda.txt'), windows1252('Réunion – agenda\n1 Opening TD514\n'));
    const { code, err } = await run('check', join(folder, 'list.csv'), join(folder, 'agenda.txt'));
    expect(code).toBe(0);
    expect(err.split('\n').filter(Boolean)).toEqual([
      `note: ${join(folder, 'list.csv')}: Read as Windows-1252: the file is not valid UTF-8. If letters look wrong, save it as UTF-8.`,
      `note: ${join(folder, 'agenda.txt')}: Read as Windows-1252: the file is not valid UTF-8. If letters look wrong, save it as UTF-8.`,
    ]);
    expect((await run('extract', join(folder, 'agenda.txt'))).err).toMatch(/^note: .*agenda\.txt: Read as Windows-1252/);
  });

  it('turns an error inside Docket into one line and exit 2, never a stack trace', async () => {
    let err = '';
    const code = await main(['check', TD514], {
      out: () => {
        throw new RangeError('Invalid string length\n    at JSON.stringify (<anonymous>)');
      },
      err: (t) => (err += t),
    });
    expect(code).toBe(2);
    expect(err).toBe('docket: internal error (Invalid string length at JSON.stringify (<anonymous>)); please report it with the file that caused it.\n');
  });
});
