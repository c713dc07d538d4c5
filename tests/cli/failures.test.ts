// Every way the command line can fail is one line on stderr and exit 2, nothing on stdout, never a stack trace: a
// missing or unwritable output, a folder as output, a missing input, an unknown option or command (answered with
// the one meant), an option of another command, a bad configuration value (naming the allowed values).
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { TD514 } from '../helpers/shared';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = () => mkdtempSync(join(tmpdir(), 'docket-failures-'));

/** A folder nobody may write to: one made read-only, or, for root (who writes anywhere), /proc/sys, which the kernel keeps from root too. */
function readOnlyFolder(): string {
  if (process.getuid?.() === 0) return '/proc/sys';
  const folder = dir();
  chmodSync(folder, 0o555);
  return folder;
}

describe('each failure is one line and exit 2', () => {
  const config = (json: unknown) => {
    const file = join(dir(), 'docket.config.json');
    writeFileSync(file, JSON.stringify(json));
    return file;
  };
  const folderAsOutput = join(dir(), 'out.docx');
  mkdirSync(folderAsOutput);
  const unwritable = readOnlyFolder();
  const missingFolder = join(dir(), 'missing');
  const badSeverity = config({ rules: { 'date/weekend': 'warn' } });
  const unknownSetting = config({ rule: {} });

  it.each([
    ['no output given', ['fix', TD514], 'fix needs -o <file> to write to.'],
    ['an output in a folder that does not exist', ['fix', TD514, '-o', join(missingFolder, 'out.docx')], `The folder ${missingFolder} does not exist.`],
    ['an output in a folder that cannot be written', ['fix', TD514, '-o', join(unwritable, 'out.docx')], `The folder ${unwritable} cannot be written to (permission denied).`],
    ['a folder as output', ['fix', TD514, '-o', folderAsOutput], `${folderAsOutput} is a folder, not a file.`],
    ['a missing input to check', ['check', TD514, 'agenda-v2.docx'], 'agenda-v2.docx: no such file or folder.'],
    ['a missing input to fix', ['fix', 'agenda-v2.docx', '-o', join(dir(), 'out.docx')], 'agenda-v2.docx: no such file.'],
    ['--fix on check', ['check', '--fix', TD514], 'unknown option --fix; did you mean `docket fix`?'],
    ['a command written as an option', ['--annex', TD514], 'unknown option --annex; did you mean `docket annex`?'],
    ['a misspelt option', ['check', TD514, '--max-warning', '3'], 'unknown option --max-warning; did you mean --max-warnings?'],
    ['an unknown option', ['check', TD514, '--zzzzzz'], 'unknown option --zzzzzz (see docket --help).'],
    ['an option of another command', ['check', TD514, '-o', 'out.docx'], 'check does not take -o; register, annex, agenda, interim, fix and ics do.'],
    ['an option without its value', ['check', TD514, '--format'], '--format needs a value.'],
    ['a misspelt command', ['chek', TD514], 'unknown command "chek"; did you mean check?'],
    ['a bad --max-warnings', ['check', TD514, '--max-warnings', 'some'], '--max-warnings must be a whole number (0 or more), not "some".'],
    ['a bad severity in the configuration', ['check', TD514, '--config', badSeverity], `configuration ${badSeverity}: "rules.date/weekend" must be one of off, info, warning, error.`],
    ['an unknown setting in the configuration', ['check', TD514, '--config', unknownSetting], `configuration ${unknownSetting}: "rule" is not a setting (the settings are rules, categories, timeZone).`],
    ['a folder with nothing to check', ['check', dir()], expect.stringMatching(/^\/.* holds no agenda or document list \(\.docx, \.docm, \.txt, \.md, \.markdown, \.xlsx, \.csv\)\.$/)],
  ])('%s', async (_, args, line) => {
    const { code, out, err } = await run(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.endsWith('\n') && err.split('\n').length).toBe(2);
    expect(err.slice('docket: '.length, -1)).toEqual(line);
    expect(err.startsWith('docket: ')).toBe(true);
  });
});
