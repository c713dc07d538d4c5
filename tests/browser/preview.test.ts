// The browser preview, in headless Chromium: open an agenda, check it with the real task pane, go to a finding,
// apply its fix; refuse a legacy .doc clearly; pass axe-core's accessibility checks in light and dark.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { LEGACY_DOC, SA2_164_LIST, TD514 } from '../helpers/shared';
import { serve } from '../helpers/static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const outside: string[] = [];

beforeAll(async () => {
  if (!existsSync(`${DIST}preview.html`)) throw new Error('dist/preview.html is missing: run "npm run build" first (npm test does).');
  server = await serve(DIST);
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The preview page; `bypassCSP` only to inject axe-core, which the page's own policy rightly refuses. */
async function openPreview(colorScheme: 'light' | 'dark' = 'light', bypassCSP = false): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, colorScheme, bypassCSP });
  // Nothing may leave the page: any request that is not to the preview's own server is recorded and refused.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${server.url}/preview.html`);
  return page;
}

async function openFile(page: Page, path: string) {
  await page.setInputFiles('input[type=file]', path);
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    // Tabster's focus-redirecting dummy elements (Fluent UI's keyboard navigation) are hidden and focusable by design.
    return axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
}

describe('the browser preview', () => {
  it('checks TD514, goes to the "infomration" finding, highlights its cell and applies its fix', async () => {
    const page = await openPreview();
    await openFile(page, TD514);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const finding = page.locator('li[data-rule="list/unknown-category"] button').first();
    await expect.poll(() => finding.count(), { timeout: 20_000 }).toBe(1);
    expect(await finding.textContent()).toContain('"infomration" (TD667R1) is not a document category; did you mean "Information"?');
    expect(await finding.textContent()).toContain('Annex A, row 10, Category');

    await finding.click();
    const highlighted = page.locator('[aria-current="location"]');
    await expect.poll(() => highlighted.textContent()).toBe('infomration');
    expect(await highlighted.getAttribute('data-at')).toBe('7:10:1:0');

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}preview.png`, fullPage: false });

    await page.getByRole('button', { name: 'Change the category to Information' }).click();
    await expect.poll(() => page.getByText('No problems found.').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('[data-at="7:10:1:0"]').textContent()).toBe('Information');
    await page.close();
  });

  it('says clearly that a legacy Word 97 .doc must be saved as .docx', async () => {
    const page = await openPreview();
    await openFile(page, LEGACY_DOC);
    const message = page.getByText(/save it as \.docx/);
    await expect.poll(() => message.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText('legacy-word97-S2-1811620.doc cannot be opened').count()).toBe(1);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical accessibility violations (%s)', async (scheme) => {
    const page = await openPreview(scheme, true);
    await openFile(page, TD514);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('li[data-rule]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    if (scheme === 'dark') await page.screenshot({ path: `${SCREENSHOTS}preview-dark.png` });
    await page.close();
  });

  it('turns a rule off in the settings, and the check follows them', async () => {
    const page = await openPreview();
    await openFile(page, TD514);
    await page.getByRole('button', { name: 'Checking settings' }).click();
    await page.getByRole('combobox', { name: 'Severity of list/unknown-category' }).click();
    await page.getByRole('option', { name: 'Off' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Settings saved with the document.').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText('No problems found.').count()).toBe(1);
    await page.close();
  });

  it('works from the keyboard: Check, arrow keys between findings, Enter to go to one', async () => {
    const page = await openPreview();
    await page.getByRole('button', { name: 'Open the sample agenda' }).click();
    await page.getByRole('button', { name: 'Check', exact: true }).focus();
    await page.keyboard.press('Enter');
    const references = page.getByRole('list', { name: 'Document references' });
    await expect.poll(() => references.getByRole('listitem').count(), { timeout: 20_000 }).toBe(2);
    await references.getByRole('button').first().focus();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Cite TD820');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toContain('TD838 is in the document list');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[aria-current="location"]').textContent()).toBe('TD838');
    await page.close();
  });

  it('shows progress while it reads and checks a large document list', async () => {
    const page = await openPreview();
    await openFile(page, SA2_164_LIST);
    await expect.poll(() => page.locator('[data-at="9"]').count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('progressbar').waitFor({ state: 'attached', timeout: 5_000 });
    await expect.poll(() => page.getByText('No problems found.').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('loads the bundled sample agenda, and sends nothing outside the page', async () => {
    const page = await openPreview();
    await page.getByRole('button', { name: 'Open the sample agenda' }).click();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('li[data-rule]').count(), { timeout: 20_000 }).toBe(5);
    expect(outside).toEqual([]);
    await page.close();
  });
});
