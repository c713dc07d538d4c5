// The task pane as it runs in Word (dist/taskpane.html), over the Word fake and the Office.Settings fake served where
// the page loads Office.js: its pipeline worker started once Office is ready, before the first Check; ignoring a
// finding here and a rule in the document, listing and restoring them, each kept in the document's settings with
// saveAsync and read back when the pane opens again — and what the pane saved is what the command line reads from the
// .docx Word would write.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { IGNORES_KEY } from '../../src/core';
import { main } from '../../src/cli/main';
import { useBuiltPage, workInWorker, workOnMain } from '../helpers/built-page';
import { TD514, bytesOf } from '../helpers/shared';
import { withAddinSettings } from '../helpers/webextension';

const FAKE = fileURLToPath(new URL('../office/word/office-js.ts', import.meta.url));
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const pane = useBuiltPage('taskpane.html');
let officeJs: string;

beforeAll(async () => {
  const bundled = await build({ entryPoints: [FAKE], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent' });
  officeJs = bundled.outputFiles[0]!.text;
}, 60_000);

/** A document open in Word: its .docx and the add-in settings saved in it (name → JSON), which each saveAsync replaces. */
interface WordDocument {
  docx: Uint8Array;
  settings: Record<string, string>;
}

/** The task pane opened in Word on the document; reloading the page opens the pane again on the document as saved. */
async function openPane(document: WordDocument): Promise<Page> {
  const page = await pane.open({
    viewport: { width: 360, height: 800 },
    prepare: (loading) =>
      loading.exposeFunction('fakeWordSaved', (settings: Record<string, string>) => {
        document.settings = settings;
      }),
    // Office.js: the Word fake, given the document as it is saved now.
    answer: (url) => {
      if (url !== OFFICE_JS) return undefined;
      const given = { docx: Buffer.from(document.docx).toString('base64'), settings: document.settings };
      return { contentType: 'text/javascript', body: `window.fakeWordDocument = ${JSON.stringify(given)};\n${officeJs}` };
    },
  });
  await page.getByRole('button', { name: 'Check', exact: true }).waitFor({ timeout: 20_000 });
  return page;
}

const rules = (page: Page) => page.locator('li[data-rule]').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));
const ignoresKept = (document: WordDocument): unknown => (document.settings[IGNORES_KEY] === undefined ? undefined : JSON.parse(document.settings[IGNORES_KEY]));

async function check(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.locator('[data-focus="summary"]').waitFor({ timeout: 20_000 });
}

async function ignore(page: Page, rule: string, how: 'Ignore here' | 'Ignore this rule in this document'): Promise<void> {
  await page.locator(`li[data-rule="${rule}"]`).first().getByRole('button', { name: /^Ignore: / }).click();
  await page.getByRole('menuitem', { name: how }).click();
}

describe('the task pane in Word, opened', () => {
  it('starts its pipeline worker once Office is ready, before the first Check, which then runs in it', async () => {
    const page = await openPane({ docx: bytesOf(TD514), settings: {} });
    // Nothing asked of it yet: started, idle.
    await expect.poll(() => page.workers().length, { timeout: 20_000 }).toBe(1);
    expect(await workInWorker(page)).toBeUndefined();
    await check(page);
    expect(page.workers()).toHaveLength(1);
    expect(await workOnMain(page)).toBeUndefined();
    expect(await workInWorker(page)).toMatchObject({ read: 1, extract: 1, check: 1 });
    await page.close();
  }, 60_000);
});

describe('the task pane in Word, ignoring findings', () => {
  it('keeps what is ignored in the document’s settings with saveAsync, finds it again when the pane opens anew, and restores it', async () => {
    const document: WordDocument = { docx: bytesOf(TD514), settings: {} };
    let page = await openPane(document);
    await check(page);
    await expect.poll(() => rules(page)).toEqual(['list/unknown-category']);
    // A document without Docket's settings (Office gives null for them) is checked with the defaults and no register,
    // without a warning about either.
    expect(await page.getByText('are not valid', { exact: false }).count()).toBe(0);
    expect(await page.getByText('cannot be used', { exact: false }).count()).toBe(0);

    await ignore(page, 'list/unknown-category', 'Ignore here');
    await expect.poll(() => rules(page)).toEqual([]);
    expect(await page.getByText('No problems found. 1 ignored.').count()).toBe(1);
    await expect.poll(() => ignoresKept(document)).toEqual([{ rule: 'list/unknown-category', text: 'infomration' }]);

    // The pane opened again: Office loads the settings saved in the document.
    await page.reload();
    await page.getByRole('button', { name: '1 ignored rule or finding' }).waitFor({ timeout: 20_000 });
    await check(page);
    expect(await page.getByText('No problems found. 1 ignored.').count()).toBe(1);
    expect(await rules(page)).toEqual([]);
    await page.getByRole('button', { name: '1 ignored' }).click();
    const list = page.getByRole('region', { name: 'Ignored findings' });
    expect(await list.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('“infomration” (list/unknown-category)')]);
    await list.getByRole('button', { name: 'Restore “infomration” (list/unknown-category)' }).click();
    await expect.poll(() => rules(page)).toEqual(['list/unknown-category']);
    await expect.poll(() => ignoresKept(document)).toEqual([]);

    await ignore(page, 'list/unknown-category', 'Ignore this rule in this document');
    await expect.poll(() => ignoresKept(document)).toEqual([{ rule: 'list/unknown-category' }]);
    await page.close();

    page = await openPane(document);
    await check(page);
    expect(await page.getByText('No problems found. 1 ignored.').count()).toBe(1);
    await page.getByRole('button', { name: '1 ignored' }).click();
    expect(await page.getByRole('region', { name: 'Ignored findings' }).getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('Every list/unknown-category finding in this document'),
    ]);
    await page.close();

    // The .docx Word saves with these settings: the command line leaves the same finding out.
    const saved = join(mkdtempSync(join(tmpdir(), 'docket-word-pane-')), 'agenda.docx');
    writeFileSync(saved, withAddinSettings(document.docx, Object.fromEntries(Object.entries(document.settings).map(([name, json]) => [name, JSON.parse(json) as unknown]))));
    let err = '';
    const code = await main(['check', saved], { out: () => undefined, err: (text) => (err += text) });
    expect(code).toBe(0);
    expect(err).toBe(`note: ${saved}: 1 finding ignored in the Docket pane was left out (restore it there under "ignored").\n`);
    expect(pane.outside).toEqual([]);
  }, 120_000);
});
