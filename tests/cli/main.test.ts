import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Finding, Meeting } from '../../src/core';
import { main } from '../../src/cli/main';
import { CORPUS, LEGACY_DOC, TD514, WP2 } from '../helpers/shared';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const JsonOutput = z.object({
  files: z.array(
    z.union([
      z.object({ path: z.string(), findings: z.array(Finding), meeting: Meeting }).strict(),
      z.object({ path: z.string(), error: z.string(), findings: z.array(Finding).length(0) }).strict(),
    ]),
  ),
});

describe('docket check', () => {
  it('groups the findings under each file, the place in the user’s words beside the short one, then a summary', async () => {
    const { code, out } = await run('check', TD514);
    expect(code).toBe(0);
    expect(out).toBe(
      `\n${TD514}\n` +
        '  Annex A, row 10, Category  (table 3:r11c2)  warning  "infomration" (TD667R1) is not a document category; did you mean "Information"?  list/unknown-category\n' +
        '\n✖ 1 problem (0 errors, 1 warning, 0 info) in 1 file.\n' +
        '  1 problem can be fixed with `docket fix <agenda.docx> -o <copy.docx>`.\n',
    );
  });

  it('writes JSON that the Meeting and Finding schemas accept, with canonical citations', async () => {
    const { code, out } = await run('check', TD514, WP2, '--format', 'json');
    expect(code).toBe(0);
    const json = JsonOutput.parse(JSON.parse(out));
    const first = json.files[0]!;
    expect('meeting' in first && first.meeting.citations.find((c) => c.id === 'TD526')).toMatchObject({ raw: 'TD526', parenthesized: true, location: { block: 4, row: 6 } });
    expect('meeting' in first && first.meeting.documents).toHaveLength(12);
    expect(json.files[1]!.findings.map((f) => f.ruleId)).toContain('table/empty');
  });

  it('exits 1 when an error is found', async () => {
    const agenda = join(mkdtempSync(join(tmpdir(), 'docket-')), 'agenda.txt');
    writeFileSync(agenda, 'Timing | # | Agenda Item\nThursday, 1 August 2024 / 14:30 - 15:45 hours |  | RG-SOP session\n14:00 hours | 1 | Opening\n');
    const { code, out } = await run('check', agenda);
    expect(code).toBe(1);
    expect(out).toMatch(/\(line 3\) {2}error {2}14:00 \(item 1\) starts before its session .* {2}time\/outside-session$/m);
  });

  it('exits 0 on the SA2 #136 agenda: its grid entries past their row bands are infos, its real defects warnings', async () => {
    const { code, out } = await run('check', join(CORPUS, 'docx/S2-1911962_SA2-136-Agenda_v7.docx'));
    expect(code).toBe(0);
    expect(out).toMatch(/^ {2}Time grid, row 1, Monday {2}\(table 2:r2c2p3\) +info +09:00-10:30 .* ends after its row's time band .* {2}time\/outside-session$/m);
  });

  it('exits 2 when a named file cannot be read, saying so in one line, and still checks the others', async () => {
    const { code, out, err } = await run('check', LEGACY_DOC, TD514);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`^docket: ${LEGACY_DOC}: This is a Word 97-2003 \\.doc file.*\n$`));
    expect(out).toContain('list/unknown-category');
    expect(out).toContain('✖ 1 problem (0 errors, 1 warning, 0 info) in 1 file; 1 could not be read.');
  });

  it('never says "no problems" when the only file could not be read', async () => {
    const { code, out } = await run('check', LEGACY_DOC);
    expect(code).toBe(2);
    expect(out).toBe('✖ 0 problems (0 errors, 0 warnings, 0 info) in 0 files; 1 could not be read.\n');
  });

  it('gives line numbers for text agendas', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docket-'));
    const file = join(dir, 'agenda.txt');
    writeFileSync(file, 'Agenda\n1 Opening\n2 Reports\n4 AOB <TBD>\n');
    const { out } = await run('check', file);
    expect(out).toContain(`${file}\n  Item 4 (line 4)  warning  Item 4 follows item 2; item 3 is missing.`);
    expect(out).toMatch(/^ {2}Item 4 \(line 4\) {2}warning {2}"<TBD>" is a placeholder.* {2}text\/placeholder$/m);
  });

  it('reads the configuration given with --config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docket-'));
    const config = join(dir, 'docket.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'list/unknown-category': 'error' } }));
    const { code, out } = await run('check', TD514, '--config', config);
    expect(code).toBe(1);
    expect(out).toContain('  error  "infomration"');
  });

  it('explains a bad configuration in one line and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docket-'));
    const config = join(dir, 'bad.json');
    writeFileSync(config, JSON.stringify({ rules: { 'ref/typo': 'off' } }));
    expect(await run('check', TD514, '--config', config)).toMatchObject({ code: 2, err: `docket: configuration ${config}: unknown rule id "ref/typo".\n` });
    writeFileSync(config, '{ not json');
    expect((await run('check', TD514, '--config', config)).err).toMatch(/^docket: cannot read the configuration .*bad\.json: .*\n$/);
  });

  it('explains bad usage', async () => {
    expect(await run('check')).toMatchObject({ code: 2, err: 'docket: check needs at least one file or folder.\n' });
    expect((await run('check', TD514, '--format', 'xml')).err).toBe('docket: --format must be one of text, json, sarif, not "xml".\n');
    expect((await run('frobnicate')).err).toBe('docket: unknown command "frobnicate"; the commands are check, extract, register, annex, agenda, interim, fix, ics, rules.\n');
    expect(await run('--help')).toMatchObject({ code: 0, out: expect.stringContaining('docket check <files or folders...>') });
  });
});

describe('docket extract and docket rules', () => {
  it('prints the Meeting as JSON', async () => {
    const { code, out } = await run('extract', WP2);
    expect(code).toBe(0);
    const meeting = Meeting.parse(JSON.parse(out));
    expect(meeting.actions).toHaveLength(13);
  });

  it('fails cleanly on an unreadable file', async () => {
    expect(await run('extract', LEGACY_DOC)).toMatchObject({ code: 2, err: expect.stringContaining('save it as .docx') });
  });

  it('lists the rules with their default severities', async () => {
    expect((await run('rules')).out).toMatch(/^ref\/not-in-document-list +error +A meeting document cited/m);
  });
});

describe('the installed bin', () => {
  const bin = fileURLToPath(new URL('../../bin/docket.js', import.meta.url));
  // Output without colour, whatever the environment the tests run in asks for.
  const env = { ...process.env, FORCE_COLOR: '0' };

  it('runs the built command line and sets the exit code', () => {
    const ok = spawnSync(process.execPath, [bin, 'check', TD514], { encoding: 'utf8', env });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('list/unknown-category');
    const unreadable = spawnSync(process.execPath, [bin, 'check', LEGACY_DOC], { encoding: 'utf8', env });
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toMatch(/^docket: .*legacy-word97-S2-1811620\.doc: This is a Word 97-2003 \.doc file[^\n]*\n$/);
  });

  it('says how to build it when the command line is not built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docket-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(bin, join(dir, 'bin', 'docket.js'));
    const result = spawnSync(process.execPath, [join(dir, 'bin', 'docket.js'), 'rules'], { encoding: 'utf8' });
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe('docket: the command line is not built yet: run `npm ci` or `npm run build` in the Docket folder.\n');
  });

  it('reads docket.config.json from the working folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docket-'));
    writeFileSync(join(dir, 'docket.config.json'), JSON.stringify({ rules: { 'list/unknown-category': 'off' } }));
    const result = spawnSync(process.execPath, [bin, 'check', TD514], { encoding: 'utf8', cwd: dir, env });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✔ No problems in 1 file.');
  });

  it('prints no stack trace for a file that is not a document', () => {
    const out = execFileSync(process.execPath, [bin, 'check', bin], { encoding: 'utf8', env }).toString();
    expect(out).not.toMatch(/at .*\.ts:\d+/);
  });
});
