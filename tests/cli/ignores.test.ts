// The command line honours the findings ignored in the pane: it reads them from the add-in settings Office saved in
// the .docx (word/webextensions/webextension1.xml), leaves them out, and says how many it left out.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IGNORES_KEY } from '../../src/core';
import { main } from '../../src/cli/main';
import { readAddinSettings } from '../../src/io/docx/addin-settings';
import { TD514, WP2, bytesOf } from '../helpers/shared';
import { withAddinSettings } from '../helpers/webextension';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function saved(source: string, settings: Record<string, unknown>): string {
  const path = join(mkdtempSync(join(tmpdir(), 'docket-ignores-')), source.split('/').pop()!);
  writeFileSync(path, withAddinSettings(bytesOf(source), settings));
  return path;
}

describe('findings ignored in the pane, on the command line', () => {
  it('reads the settings Office keeps in the webextension part, each value from its JSON', () => {
    const ignores = [{ rule: 'list/unknown-category', text: 'a “quoted” <text> & more' }];
    const settings = readAddinSettings(withAddinSettings(bytesOf(TD514), { [IGNORES_KEY]: ignores, 'docket.settings': { rules: {} } }));
    expect(settings.get(IGNORES_KEY)).toEqual(ignores);
    expect(settings.get('docket.settings')).toEqual({ rules: {} });
    expect(readAddinSettings(bytesOf(TD514)).size).toBe(0);
  });

  it('leaves out a finding ignored here, and says one was left out', async () => {
    const before = await run('check', TD514);
    expect(before.out).toContain('list/unknown-category');
    const agenda = saved(TD514, { [IGNORES_KEY]: [{ rule: 'list/unknown-category', text: 'infomration' }] });
    const { code, out, err } = await run('check', agenda);
    expect(code).toBe(0);
    expect(out).not.toContain('list/unknown-category');
    expect(out).toContain('✔ No problems in 1 file.');
    expect(err).toBe(`note: ${agenda}: 1 finding ignored in the Docket pane was left out (restore it there under "ignored").\n`);
  });

  it('leaves out every finding of a rule ignored in the document, and only those', async () => {
    const before = await run('check', WP2, '--format', 'json');
    const all = (JSON.parse(before.out) as { files: { findings: { ruleId: string }[] }[] }).files[0]!.findings;
    const empty = all.filter((f) => f.ruleId === 'text/placeholder').length;
    expect(empty).toBeGreaterThan(1);
    const agenda = saved(WP2, { [IGNORES_KEY]: [{ rule: 'text/placeholder' }] });
    const { out, err } = await run('check', agenda, '--format', 'json');
    const left = (JSON.parse(out) as { files: { findings: { ruleId: string }[] }[] }).files[0]!.findings;
    expect(left.map((f) => f.ruleId)).toEqual(all.map((f) => f.ruleId).filter((id) => id !== 'text/placeholder'));
    expect(err).toContain(`${empty} findings ignored in the Docket pane were left out`);
  });

  it('says so, and leaves nothing out, when what the document keeps is not a list of ignores', async () => {
    const agenda = saved(TD514, { [IGNORES_KEY]: [{ rule: 'Not a rule' }] });
    const { out, err } = await run('check', agenda);
    expect(out).toContain('list/unknown-category');
    expect(err).toMatch(/the ignored findings kept in the document cannot be used \("0\.rule" .*\); none were left out\./);
  });

  it('does not fix an ignored finding', async () => {
    const agenda = saved(TD514, { [IGNORES_KEY]: [{ rule: 'list/unknown-category' }] });
    const { code, err, out } = await run('fix', agenda, '-o', join(mkdtempSync(join(tmpdir(), 'docket-ignores-')), 'fixed.docx'));
    expect(code).toBe(0);
    expect(`${out}${err}`).toContain('No finding of');
  });
});
