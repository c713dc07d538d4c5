// What `docket check` prints: findings grouped by file (cells of a sheet named as Excel names them), a summary
// coloured only when colour is wanted, --max-warnings as ESLint has it, SARIF 2.1.0 valid against the schema, whole
// folders (files that cannot be read skipped with a note), and --version.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { RULES } from '../../src/core';
import { checkFile } from '../../src/cli/check';
import { NO_CONFIG_FILE } from '../../src/cli/config';
import { colourFor } from '../../src/cli/format';
import { main } from '../../src/cli/main';
import { formatSarif } from '../../src/cli/sarif';
import { LEGACY_DOC, TD514, WP2 } from '../helpers/shared';
import schema from './sarif-2.1.0.schema.json' with { type: 'json' };

async function run(args: string[], colour = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), colour });
  return { code, out, err };
}

const dir = () => mkdtempSync(join(tmpdir(), 'docket-check-output-'));
const ESC = '\u001b[';

/** A text agenda with two warnings (a gap in the numbering, a placeholder) and nothing else. */
function textAgenda(): string {
  const file = join(dir(), 'agenda.txt');
  writeFileSync(file, 'Agenda\n1 Opening\n2 Reports\n4 AOB <TBD>\n');
  return file;
}

describe('grouped output', () => {
  it('lists each file with findings under its path, skips clean files, and counts them all in the summary', async () => {
    const clean = join(dir(), 'clean.txt');
    writeFileSync(clean, 'Agenda\n1 Opening\n2 Closing\n');
    const agenda = textAgenda();
    const { code, out } = await run(['check', TD514, clean, agenda]);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      '',
      TD514,
      '  Annex A, row 10, Category  (table 3:r11c2)  warning  "infomration" (TD667R1) is not a document category; did you mean "Information"?  list/unknown-category',
      '',
      agenda,
      '  Item 4 (line 4)  warning  Item 4 follows item 2; item 3 is missing.                                            numbering/gap',
      '  Item 4 (line 4)  warning  "<TBD>" is a placeholder; replace it with the real text before the agenda goes out.  text/placeholder',
      '',
      '✖ 3 problems (0 errors, 3 warnings, 0 info) in 3 files.',
      // Only the Word document's finding has a fix; `docket fix` writes into .docx agendas only.
      '  1 problem can be fixed with `docket fix <agenda.docx> -o <copy.docx>`.',
      '',
    ]);
  });

  it('names a sheet’s cell as Excel does, the sheet quoted when its name needs it', async () => {
    const folder = dir();
    const book = join(folder, 'TDs.xlsx');
    const cells = (rows: (string | null)[][]) => rows.map((row) => row.map((value) => (value === null ? null : { value })));
    // Another library writes the workbook: an empty first row and column, a title, then the list on its second sheet.
    await writeXlsxFile([
      { sheet: 'Notes', data: cells([['Nothing to check here']]) },
      {
        sheet: 'TD list',
        data: cells([
          [],
          [null, 'Temporary documents, TSAG'],
          [null, 'TD #', 'Category', 'Source', 'Title'],
          [null, 'TD514', 'Information', 'Rapporteur', 'Agenda'],
          [null, 'TD599', 'Information', 'Rapporteur', 'Report'],
          [null, 'TD667R1', 'infomration', 'Rapporteur', 'Actions'],
        ]),
      },
    ]).toFile(book);
    const csv = join(folder, 'tds.csv');
    writeFileSync(csv, 'TD #,Category,Title\nTD1,Information,A\nTD2,infomration,B\n');
    const { out } = await run(['check', book, csv]);
    expect(out).toContain(`${book}\n  Document list, row 3, Category  ('TD list'!C6)  warning  "infomration" (TD667R1) is not a document category`);
    // A CSV file opens in Excel as one sheet named after the file.
    expect(out).toContain(`${csv}\n  Document list, row 2, Category  (tds!B3)  warning  "infomration" (TD2) is not a document category`);
  });
});

describe('colour', () => {
  it('paints the summary red when the check failed, yellow for warnings only, green when clean; none unless asked', async () => {
    const failed = await run(['check', TD514, '--max-warnings', '0'], true);
    expect(failed.out).toContain(`${ESC}31m✖ 1 problem`);
    expect(failed.out).toContain(`${ESC}33mwarning${ESC}39m`);
    expect((await run(['check', TD514], true)).out).toContain(`${ESC}33m✖ 1 problem`);
    const clean = join(dir(), 'clean.txt');
    writeFileSync(clean, 'Agenda\n1 Opening\n2 Closing\n');
    expect((await run(['check', clean], true)).out).toContain(`${ESC}32m✔ No problems in 1 file.`);
    expect((await run(['check', TD514, '--max-warnings', '0'])).out).not.toContain(ESC);
  });

  it('follows FORCE_COLOR first, then whether stdout is a terminal that shows colour', () => {
    const terminal = { isTTY: true, hasColors: () => true };
    const pipe = { isTTY: false };
    expect(colourFor(terminal, {})).toBe(true);
    expect(colourFor(pipe, {})).toBe(false);
    expect(colourFor({ isTTY: true, hasColors: () => false }, {})).toBe(false);
    expect(colourFor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourFor(pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(colourFor(terminal, { FORCE_COLOR: '0' })).toBe(false);
    expect(colourFor(terminal, { FORCE_COLOR: 'false' })).toBe(false);
  });
});

describe('--max-warnings', () => {
  it('fails (exit 1) with ESLint’s words when the warnings are more than allowed, in every format', async () => {
    const agenda = textAgenda(); // two warnings
    expect(await run(['check', agenda, '--max-warnings', '2'])).toMatchObject({ code: 0, err: '' });
    const over = await run(['check', agenda, '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.err).toBe('Docket found too many warnings (maximum: 1).\n');
    expect(await run(['check', agenda, '--max-warnings', '1', '--format', 'json'])).toMatchObject({ code: 1, err: 'Docket found too many warnings (maximum: 1).\n' });
  });

  it('counts warnings only, not info', async () => {
    // WP2: three warnings and one info.
    expect((await run(['check', WP2, '--max-warnings', '3'])).code).toBe(0);
    expect((await run(['check', WP2, '--max-warnings', '2'])).code).toBe(1);
  });
});

describe('--format sarif', () => {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('writes a SARIF 2.1.0 log the schema accepts: rules, levels, files relative to the working folder, places', async () => {
    const agenda = textAgenda();
    const { code, out } = await run(['check', TD514, WP2, agenda, '--format', 'sarif']);
    expect(code).toBe(0);
    const log = JSON.parse(out) as Sarif.Log;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run0 = log.runs[0]!;
    expect(run0.tool.driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run0.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    const results = run0.results!;
    expect(results).toHaveLength(1 + 4 + 2);
    for (const result of results) expect(run0.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
    expect(results[0]).toEqual({
      ruleId: 'list/unknown-category',
      ruleIndex: RULES.findIndex((r) => r.id === 'list/unknown-category'),
      level: 'warning',
      message: {
        text: '"infomration" (TD667R1) is not a document category; did you mean "Information"? (Annex A, row 10, Category, table 3:r11c2)',
        id: 'misspelt',
        arguments: ['infomration', 'TD667R1', 'Information'],
      },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: expect.stringMatching(/TSAG-RG-SOP-agenda-TD514\.docx$/) } },
          logicalLocations: [{ name: 'Annex A, row 10, Category', fullyQualifiedName: 'table 3:r11c2', kind: 'element' }],
        },
      ],
    });
    expect(results.find((r) => r.ruleId === 'table/empty')?.level).toBe('note');
    // A text file's findings have their line, and the message as the check gives it.
    const gap = results.find((r) => r.ruleId === 'numbering/gap')!;
    expect(gap.message).toEqual({ text: 'Item 4 follows item 2; item 3 is missing.', id: 'itemFollows', arguments: ['4', '2', 'item 3 is'] });
    // Each rule's messages are its message strings, with SARIF's positional placeholders, which the arguments fill.
    const gapRule = run0.tool.driver.rules![gap.ruleIndex!]!;
    expect(gapRule.messageStrings!.itemFollows).toEqual({ text: 'Item {0} follows item {1}; {2} missing.' });
    const filled = gap.message.arguments!.reduce((text, argument, i) => text.replace(`{${i}}`, argument), gapRule.messageStrings!.itemFollows!.text);
    expect(filled).toBe(gap.message.text);
    // Outside the working folder, a file is named by its file: URL.
    expect(gap.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: pathToFileURL(agenda).href }, region: { startLine: 4 } });
  });

  it('names a file inside the working folder relative to it, as CI systems match files to the repository', async () => {
    const folder = dir();
    mkdirSync(join(folder, 'TSAG meeting'));
    const agenda = join(folder, 'TSAG meeting', 'agenda #2.txt');
    writeFileSync(agenda, 'Agenda\n1 Opening\n3 AOB\n');
    const log = JSON.parse(formatSarif([await checkFile(agenda, NO_CONFIG_FILE)], folder)) as Sarif.Log;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(folder).href}/` } });
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'TSAG%20meeting/agenda%20%232.txt', uriBaseId: '%SRCROOT%' });
  });

  it('reports a file that could not be read as a failed invocation, still valid', async () => {
    const { code, out } = await run(['check', LEGACY_DOC, '--format', 'sarif']);
    expect(code).toBe(2);
    const log = JSON.parse(out) as Sarif.Log;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const invocation = log.runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications![0]).toMatchObject({ level: 'error', message: { text: expect.stringContaining('Word 97-2003') } });
  });

  it('the schema refuses what SARIF forbids', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Docket' } }, results: [{ ruleId: 'x' }] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Docket' } }, results: [{ message: { text: 'x' }, level: 'info' }] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Docket' } }, results: [{ message: { text: 'x' }, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Docket' } }, results: [{ message: { text: 'x' } }] }] })).toBe(true);
  });
});

describe('a folder', () => {
  it('checks every agenda and list in it and its subfolders, skipping with a note what it cannot read', async () => {
    const folder = join(dir(), 'meeting');
    mkdirSync(join(folder, 'lists'), { recursive: true });
    copyFileSync(TD514, join(folder, 'agenda.docx'));
    writeFileSync(join(folder, 'lists', 'tds.csv'), 'TD #,Category,Title\nTD1,Information,A\n');
    copyFileSync(LEGACY_DOC, join(folder, 'old.doc'));
    writeFileSync(join(folder, '~$agenda.docx'), 'Word’s lock file');
    writeFileSync(join(folder, '.notes.txt'), 'hidden');
    writeFileSync(join(folder, 'minutes.pdf'), '%PDF-1.7');
    writeFileSync(join(folder, 'photo.png'), 'png');
    // A link to a file is followed; a link to a folder is not (this one leads back up, round and round).
    symlinkSync(TD514, join(folder, 'lists', 'linked.docx'));
    symlinkSync(folder, join(folder, 'lists', 'loop'));
    const { code, out, err } = await run(['check', folder]);
    expect(code).toBe(0);
    expect(err.split('\n')).toEqual([
      `note: ${folder}: 2 files of other kinds not checked (.pdf, .png).`,
      expect.stringMatching(new RegExp(`^note: ${join(folder, 'old.doc')}: skipped: This is a Word 97-2003 \\.doc file`)),
      '',
    ]);
    expect(out).toContain(`${join(folder, 'agenda.docx')}\n  Annex A, row 10, Category`);
    expect(out).toContain(`${join(folder, 'lists', 'linked.docx')}\n  Annex A, row 10, Category`);
    expect(out).toContain('✖ 2 problems (0 errors, 2 warnings, 0 info) in 3 files (1 skipped).');
  });

  it('fails when nothing in it could be read, rather than saying there are no problems', async () => {
    const folder = dir();
    copyFileSync(LEGACY_DOC, join(folder, 'old.doc'));
    const { code, out, err } = await run(['check', folder]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n').at(-2)).toBe('docket: no file could be read (1 skipped).');
  });
});

describe('docket --version', () => {
  it('prints the version package.json gives', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, out: `${version}\n`, err: '' });
    expect((await run(['-v'])).out).toBe(`${version}\n`);
  });
});
