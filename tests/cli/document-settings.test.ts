// The command line checks a document with the checking settings the pane saved in it (docket.settings, in the add-in
// settings Office keeps in the .docx or .xlsx), a configuration file given or found in the folder laid over them and
// winning where both set something; one note says what each file was checked with, and settings that are not valid
// are named and the defaults used.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, SETTINGS_KEY } from '../../src/core';
import { main } from '../../src/cli/main';
import { TD514, bytesOf } from '../helpers/shared';
import { withAddinSettings } from '../helpers/webextension';
import { sharedRow, workbook } from '../helpers/xlsx';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const folder = () => mkdtempSync(join(tmpdir(), 'docket-settings-'));

/** TD514 as the pane would have saved it with these checking settings. */
function saved(settings: unknown, name = 'agenda.docx'): string {
  const path = join(folder(), name);
  writeFileSync(path, withAddinSettings(bytesOf(TD514), { [SETTINGS_KEY]: settings }));
  return path;
}

function configFile(config: unknown): string {
  const path = join(folder(), 'docket.config.json');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

/** What the pane's Settings dialog saves: the rules changed from their defaults, the categories, the time zone when set. */
const paneSettings = (rules: Record<string, string>, categories = DEFAULT_CATEGORIES) => ({ rules, categories });

describe('checking settings saved in the document, on the command line', () => {
  it('checks with them, and says so in one note', async () => {
    // Without settings TD514 has one warning, the misspelt category "infomration".
    expect((await run('check', TD514)).out).toContain('list/unknown-category');

    const off = saved(paneSettings({ 'list/unknown-category': 'off' }));
    const quiet = await run('check', off);
    expect(quiet).toMatchObject({ code: 0, err: `note: ${off}: checked with the checking settings saved in the document (list/unknown-category off).\n` });
    expect(quiet.out).toContain('✔ No problems in 1 file.');

    const error = saved(paneSettings({ 'list/unknown-category': 'error' }));
    const loud = await run('check', error);
    expect(loud.code).toBe(1);
    expect(loud.out).toMatch(/error {2}"infomration" .* list\/unknown-category/);
    expect(loud.err).toBe(`note: ${error}: checked with the checking settings saved in the document (list/unknown-category error).\n`);
  });

  it('takes the categories and time zone saved in the document', async () => {
    const agenda = saved({ rules: {}, categories: [...DEFAULT_CATEGORIES, 'Infomration'], timeZone: 'Europe/Zurich' });
    const { code, out, err } = await run('check', agenda);
    expect([code, out]).toEqual([0, expect.stringContaining('✔ No problems in 1 file.')]);
    expect(err).toBe(`note: ${agenda}: checked with the checking settings saved in the document (its own ${DEFAULT_CATEGORIES.length + 1} categories; time zone Europe/Zurich).\n`);
  });

  it('lays a configuration file given with --config over them: the file wins where both set something', async () => {
    const agenda = saved(paneSettings({ 'list/unknown-category': 'off', 'date/weekend': 'error' }));
    const config = configFile({ rules: { 'list/unknown-category': 'warning' } });
    const { code, out, err } = await run('check', agenda, '--config', config, '--format', 'json');
    expect(code).toBe(0);
    const findings = (JSON.parse(out) as { files: { findings: { ruleId: string; severity: string }[] }[] }).files[0]!.findings;
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'list/unknown-category', severity: 'warning' })]);
    expect(err).toBe(
      `note: ${agenda}: checked with the checking settings saved in the document (date/weekend error, list/unknown-category off), ${config} over them (${config} decides list/unknown-category).\n`,
    );
  });

  it('keeps what the document sets that the configuration file does not', async () => {
    const agenda = saved({ rules: { 'list/unknown-category': 'error' }, categories: ['Admin'] });
    const config = configFile({ categories: [...DEFAULT_CATEGORIES] });
    const { code, out, err } = await run('check', agenda, '--config', config, '--format', 'json');
    // The document's severity is kept; its categories are the file's, so only "infomration" is unknown.
    expect(code).toBe(1);
    const findings = (JSON.parse(out) as { files: { findings: { ruleId: string; severity: string }[] }[] }).files[0]!.findings;
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['list/unknown-category error']);
    expect(err).toContain(`${config} over them (${config} decides categories).`);
  });

  it('lets docket.config.json in the working folder win too', () => {
    const bin = fileURLToPath(new URL('../../bin/docket.js', import.meta.url));
    const agenda = saved(paneSettings({ 'list/unknown-category': 'error' }));
    const dir = folder();
    writeFileSync(join(dir, 'docket.config.json'), JSON.stringify({ rules: { 'list/unknown-category': 'off' } }));
    const result = spawnSync(process.execPath, [bin, 'check', agenda], { encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✔ No problems in 1 file.');
    expect(result.stderr).toBe(
      `note: ${agenda}: checked with the checking settings saved in the document (list/unknown-category error), docket.config.json over them (docket.config.json decides list/unknown-category).\n`,
    );
  });

  it('names settings that are not valid in one note and checks with the defaults, or with the configuration file', async () => {
    const bad = saved({ rules: { 'list/unknown-category': 'loud' } });
    const defaults = await run('check', bad);
    expect(defaults.code).toBe(0);
    expect(defaults.out).toContain('list/unknown-category');
    expect(defaults.err).toBe(
      `note: ${bad}: the checking settings saved in the document are not valid ("rules.list/unknown-category" must be one of off, info, warning, error); checked with the defaults instead.\n`,
    );

    const notAnObject = saved('quiet please');
    expect((await run('check', notAnObject)).err).toBe(`note: ${notAnObject}: the checking settings saved in the document are not valid (must be an object); checked with the defaults instead.\n`);

    const config = configFile({ rules: { 'list/unknown-category': 'error' } });
    const withFile = await run('check', saved({ rules: { 'ref/no-such-rule': 'off' } }), '--config', config);
    expect(withFile.code).toBe(1);
    expect(withFile.err).toMatch(/the checking settings saved in the document are not valid \(unknown rule id "ref\/no-such-rule"\); checked with .*docket\.config\.json instead\.\n$/);
  });

  it('reads them from a workbook too', async () => {
    const list = workbook(sharedRow(1, [0, 1, 2]) + sharedRow(2, [3, 4, 5]), ['TD #', 'Title', 'Category', 'TD101', 'A report', 'Infomration']);
    const path = join(folder(), 'TD list.xlsx');
    writeFileSync(path, list);
    expect((await run('check', path)).out).toContain('list/unknown-category');
    writeFileSync(path, withAddinSettings(list, { [SETTINGS_KEY]: paneSettings({ 'list/unknown-category': 'off' }) }));
    const { out, err } = await run('check', path);
    expect(out).toContain('✔ No problems in 1 file.');
    expect(err).toBe(`note: ${path}: checked with the checking settings saved in the document (list/unknown-category off).\n`);
  });

  it('fixes only what the document’s settings leave on', async () => {
    const agenda = saved(paneSettings({ 'list/unknown-category': 'off' }));
    const output = join(folder(), 'fixed.docx');
    const { code, out, err } = await run('fix', agenda, '-o', output);
    expect(code).toBe(0);
    expect(out).toBe(`No finding of ${agenda} has a fix: ${output} was not written.\n`);
    // One agenda: its note, as the writing commands' notes, names no file.
    expect(err).toBe('note: checked with the checking settings saved in the document (list/unknown-category off).\n');
    // Without the setting, the category is fixed.
    expect((await run('fix', TD514, '-o', output)).out).toContain('"infomration" → "Information"');
  });
});
