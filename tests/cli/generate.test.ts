// docket register and ics, end to end on the seed fixtures.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerRows } from '../../src/core';
import { main } from '../../src/cli/main';
import { registerWorkbook } from '../../src/io/xlsx/register-file';
import { readSpreadsheet } from '../../src/io/xlsx/read';
import { analyseFile } from '../helpers/analyse';
import { TD514, WP2 } from '../helpers/shared';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = () => mkdtempSync(join(tmpdir(), 'docket-generate-'));

describe('docket register', () => {
  it('writes the register of the WP2 agenda’s 13 actions', async () => {
    const output = join(dir(), 'actions.xlsx');
    expect(await run('register', WP2, '-o', output)).toMatchObject({ code: 0, out: `Wrote 13 actions to ${output} (13 new, 0 updated; Status, Due and Notes kept).\n` });
    const read = await readSpreadsheet('actions.xlsx', new Uint8Array(readFileSync(output)));
    expect(read.ok).toBe(true);
  });

  it('merges into an existing register without touching what the user typed', async () => {
    const output = join(dir(), 'actions.xlsx');
    const kept = registerRows(analyseFile(WP2).meeting).slice(0, 2).map((row, i) => (i === 0 ? { ...row, status: 'Agreed', due: '2024-10-01', notes: 'Sent by TSB' } : row));
    writeFileSync(output, await registerWorkbook(kept));
    expect((await run('register', WP2, '-o', output)).out).toContain('(11 new, 0 updated');
    const read = await readSpreadsheet('actions.xlsx', new Uint8Array(readFileSync(output)));
    if (!read.ok) throw new Error(read.message);
    expect(JSON.stringify(read.value)).toContain('Sent by TSB');
  });

  it('says so when there are no actions', async () => {
    expect(await run('register', TD514, '-o', join(dir(), 'a.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('no "Anticipated action" paragraphs') });
  });
});

describe('docket ics', () => {
  it('writes the RG-IEM e-meetings and deadlines', async () => {
    const output = join(dir(), 'meetings.ics');
    expect(await run('ics', WP2, '-o', output)).toMatchObject({ code: 0, out: `Wrote 4 events to ${output}.\n` });
    expect(readFileSync(output, 'utf8')).toContain('DTSTART;TZID=Europe/Zurich:20250211T130000');
  });

  it('needs somewhere to write', async () => {
    expect(await run('ics', WP2)).toMatchObject({ code: 2, err: 'docket: ics needs -o <file> to write to.\n' });
  });
});
