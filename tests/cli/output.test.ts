// Where the command line writes: outputs refused before any work, and writes that leave every existing file as it was
// whichever file-system call fails (a property test over injected failures) and under a real file-size limit.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { outputProblem, writeAtomically, WriteError, type FileSystem } from '../../src/cli/output';
import { WP2, bytesOf } from '../helpers/shared';

const dir = () => mkdtempSync(join(tmpdir(), 'docket-output-'));
const workbook = () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });

describe('outputProblem', () => {
  it('refuses an output whose extension is not the command’s', () => {
    const folder = dir();
    expect(outputProblem(join(folder, 'actions.docx'), 'xlsx', [WP2])).toBe(`${join(folder, 'actions.docx')}: this command writes an Excel workbook (.xlsx); name the output *.xlsx.`);
    expect(outputProblem(join(folder, 'out.xlsx'), 'docx', [WP2])).toMatch(/writes a Word document \(\.docx\)/);
    expect(outputProblem(join(folder, 'meetings.txt'), 'ics', [WP2])).toMatch(/writes a calendar \(\.ics\)/);
    expect(outputProblem(join(folder, 'actions.XLSX'), 'xlsx', [WP2])).toBeUndefined();
  });

  it('refuses an existing file whose content is of another kind: an agenda named .xlsx, a CSV, a calendar', () => {
    const folder = dir();
    const agenda = join(folder, 'agenda.xlsx');
    writeFileSync(agenda, bytesOf(WP2));
    expect(outputProblem(agenda, 'xlsx', [WP2])).toBe(`${agenda} exists and is a Word document (.docx), not an Excel workbook (.xlsx): Docket will not write over it; choose another file.`);
    const csv = join(folder, 'register.xlsx');
    writeFileSync(csv, 'Action,Agenda item\nWP2-1,4.10\n');
    expect(outputProblem(csv, 'xlsx', [WP2])).toMatch(/exists and is a file of another kind/);
    const book = join(folder, 'book.docx');
    writeFileSync(book, workbook());
    expect(outputProblem(book, 'docx', [WP2])).toMatch(/exists and is an Excel workbook \(\.xlsx\), not a Word document/);
    const calendar = join(folder, 'cal.ics');
    writeFileSync(calendar, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(outputProblem(calendar, 'ics', [WP2])).toBeUndefined();
    writeFileSync(join(folder, 'old.xlsx'), workbook());
    expect(outputProblem(join(folder, 'old.xlsx'), 'xlsx', [WP2])).toBeUndefined();
  });

  it('refuses the input itself, also through a symbolic or a hard link', () => {
    const folder = dir();
    const agenda = join(folder, 'agenda.docx');
    writeFileSync(agenda, bytesOf(WP2));
    symlinkSync(agenda, join(folder, 'link.docx'));
    linkSync(agenda, join(folder, 'hard.docx'));
    for (const output of [agenda, join(folder, 'link.docx'), join(folder, 'hard.docx'), join(folder, '.', 'agenda.docx')]) {
      expect(outputProblem(output, 'docx', [agenda]), output).toBe(`${output} is the input ${agenda}: Docket never writes over what it reads; choose another output file.`);
    }
    expect(outputProblem(join(folder, 'other.docx'), 'docx', [agenda])).toBeUndefined();
  });

  it('refuses a folder, a device, a missing folder and a link to nothing', () => {
    const folder = dir();
    mkdirSync(join(folder, 'sub.xlsx'));
    expect(outputProblem(join(folder, 'sub.xlsx'), 'xlsx', [])).toBe(`${join(folder, 'sub.xlsx')} is a folder, not a file.`);
    expect(outputProblem(join(folder, 'missing', 'a.xlsx'), 'xlsx', [])).toBe(`The folder ${join(folder, 'missing')} does not exist.`);
    writeFileSync(join(folder, 'file'), 'x');
    expect(outputProblem(join(folder, 'file', 'a.xlsx'), 'xlsx', [])).toBe(`${join(folder, 'file')} is not a folder.`);
    symlinkSync(join(folder, 'nowhere.ics'), join(folder, 'dangling.ics'));
    expect(outputProblem(join(folder, 'dangling.ics'), 'ics', [])).toMatch(/is a link to a file that does not exist/);
    if (fs.existsSync('/dev/null')) {
      symlinkSync('/dev/null', join(folder, 'null.ics'));
      expect(outputProblem(join(folder, 'null.ics'), 'ics', [])).toMatch(/is not a regular file/);
    }
  });
});

/** Node's fs, failing with `code` at the n-th call a write makes (0-based), counting calls in `log`. */
function failingAt(n: number, code: string, log: string[], short: boolean): FileSystem {
  const call = <T>(name: string, run: () => T): T => {
    log.push(name);
    if (log.length - 1 === n) throw Object.assign(new Error(`${code}: injected failure, ${name}`), { code });
    return run();
  };
  return {
    openSync: (path, flags, mode) => call('open', () => fs.openSync(path, flags, mode)),
    // Writes at most 1000 bytes at a time when `short`: a write that is cut short must be continued, not trusted.
    writeSync: (fd, buffer, offset, length) => call('write', () => fs.writeSync(fd, buffer, offset, short ? Math.min(length, 1000) : length)),
    fsyncSync: (fd) => call('fsync', () => fs.fsyncSync(fd)),
    fchmodSync: (fd, mode) => call('fchmod', () => fs.fchmodSync(fd, mode)),
    closeSync: (fd) => call('close', () => fs.closeSync(fd)),
    renameSync: (from, to) => call('rename', () => fs.renameSync(from, to)),
    unlinkSync: (path) => fs.unlinkSync(path),
  };
}

function contents(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name)).toString('base64')]));
}

describe('writeAtomically', () => {
  it('writes the file, keeps an existing file’s permissions, and leaves nothing else behind', () => {
    const folder = dir();
    const target = join(folder, 'a.ics');
    writeAtomically(target, 'BEGIN:VCALENDAR\r\n');
    expect(readFileSync(target, 'utf8')).toBe('BEGIN:VCALENDAR\r\n');
    const umask = process.umask(0o022);
    try {
      writeAtomically(join(folder, 'b.ics'), 'x');
      expect(statSync(join(folder, 'b.ics')).mode & 0o777).toBe(0o644);
    } finally {
      process.umask(umask);
    }
    fs.unlinkSync(join(folder, 'b.ics'));
    chmodSync(target, 0o640);
    writeAtomically(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['a.ics']);
  });

  it('writes through a symbolic link to the file it points to, and keeps the link', () => {
    const folder = dir();
    writeFileSync(join(folder, 'real.xlsx'), 'old');
    symlinkSync(join(folder, 'real.xlsx'), join(folder, 'link.xlsx'));
    writeAtomically(join(folder, 'link.xlsx'), 'new');
    expect(fs.lstatSync(join(folder, 'link.xlsx')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, 'real.xlsx'), 'utf8')).toBe('new');
  });

  it('for a failure injected at any file-system call, leaves every existing file byte for byte as it was and no temp file', () => {
    const codes = ['ENOSPC', 'EIO', 'EFBIG', 'EDQUOT', 'EACCES', 'EINTR'];
    fc.assert(
      fc.property(
        fc.option(fc.uint8Array({ maxLength: 3000 }), { nil: undefined }),
        fc.uint8Array({ maxLength: 5000 }),
        fc.nat(12),
        fc.constantFrom(...codes),
        fc.boolean(),
        (old, data, n, code, short) => {
          const folder = dir();
          writeFileSync(join(folder, 'neighbour.docx'), 'the agenda beside it');
          const target = join(folder, 'out.xlsx');
          if (old) writeFileSync(target, old);
          const before = contents(folder);
          const log: string[] = [];
          let failure: unknown;
          try {
            writeAtomically(target, data, failingAt(n, code, log, short));
          } catch (error) {
            failure = error;
          }
          const writeCalls = log.length;
          if (failure) {
            expect(failure).toBeInstanceOf(WriteError);
            const message = (failure as Error).message;
            expect(message).not.toContain('\n');
            expect(message).toMatch(new RegExp(`^Cannot write ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*\\(${code}\\); (the file was left as it was|nothing was written)\\.$`));
            expect(contents(folder)).toEqual(before);
          } else {
            // Only a failure at the folder's flush, after the rename, is not one: the file is written.
            expect(n).toBeGreaterThanOrEqual(writeCalls - 3);
            expect(contents(folder)).toEqual({ ...before, 'out.xlsx': Buffer.from(data).toString('base64') });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fails at every step in turn: open, each write, fchmod, fsync, close, rename', () => {
    const steps: string[] = [];
    const probe = join(dir(), 'probe.xlsx');
    writeFileSync(probe, 'old');
    writeAtomically(probe, new Uint8Array(2500), failingAt(-1, 'EIO', steps, true));
    expect(steps).toEqual(['open', 'write', 'write', 'write', 'fchmod', 'fsync', 'close', 'rename', 'open', 'fsync', 'close']);
    for (let n = 0; n < 8; n++) {
      const folder = dir();
      writeFileSync(join(folder, 'out.xlsx'), 'kept');
      expect(() => writeAtomically(join(folder, 'out.xlsx'), new Uint8Array(2500), failingAt(n, 'ENOSPC', [], true)), steps[n]).toThrow(WriteError);
      expect(contents(folder)).toEqual({ 'out.xlsx': Buffer.from('kept').toString('base64') });
    }
  });
});

describe('a real failure through the command line', () => {
  const bin = fileURLToPath(new URL('../../bin/docket.js', import.meta.url));

  const docket = (args: string[], limitKb?: number) =>
    limitKb === undefined
      ? spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' })
      : spawnSync('bash', ['-c', `ulimit -f ${limitKb}; exec "$0" "$@"`, process.execPath, bin, ...args], { encoding: 'utf8' });

  it('under a file-size limit, annex and register say so in one line, exit 2 and leave the existing files as they were', () => {
    const folder = dir();
    const annex = join(folder, 'out.docx');
    expect(docket(['annex', WP2, '-o', annex]).status).toBe(0);
    const before = contents(folder);
    // Writing over the annex again, and a new register, with a limit far below their size.
    const over = docket(['annex', WP2, '-o', annex], 1);
    expect([over.status, over.stderr]).toEqual([2, `docket: Cannot write ${annex}: the file would be larger than this system allows (a file-size limit) (EFBIG); the file was left as it was.\n`]);
    const register = join(folder, 'actions.xlsx');
    const fresh = docket(['register', WP2, '-o', register], 1);
    expect([fresh.status, fresh.stderr]).toEqual([2, `docket: Cannot write ${register}: the file would be larger than this system allows (a file-size limit) (EFBIG); nothing was written.\n`]);
    expect(contents(folder)).toEqual(before);
  });
});
