// The browser preview, in headless Chromium: open an agenda, check it with the real task pane, go to a finding,
// apply its fix; refuse a legacy .doc clearly; pass axe-core's accessibility checks in light and dark.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEGACY_DOC, SA2_164_LIST, TD514 } from '../helpers/shared';
import { SCREENSHOTS, axeViolations, openAgenda, usePreview } from '../helpers/preview';

const preview = usePreview();

describe('the browser preview', () => {
  it('checks TD514, goes to the "infomration" finding, highlights its cell and applies its fix', async () => {
    const page = await preview.open();
    await openAgenda(page, TD514);
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
    const page = await preview.open();
    await openAgenda(page, LEGACY_DOC);
    const message = page.getByText(/save it as \.docx/);
    await expect.poll(() => message.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText('legacy-word97-S2-1811620.doc cannot be opened').count()).toBe(1);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical accessibility violations (%s)', async (scheme) => {
    const page = await preview.open({ colorScheme: scheme, bypassCSP: true });
    await openAgenda(page, TD514);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('li[data-rule]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    if (scheme === 'dark') await page.screenshot({ path: `${SCREENSHOTS}preview-dark.png` });
    await page.close();
  });

  it('turns a rule off in the settings, and the check follows them', async () => {
    const page = await preview.open();
    await openAgenda(page, TD514);
    await page.getByRole('button', { name: 'Checking settings' }).click();
    await page.getByRole('combobox', { name: 'Severity of list/unknown-category' }).click();
    await page.getByRole('option', { name: 'Off' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Settings saved with the document.').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText('No problems found.').count()).toBe(1);
    await page.close();
  });

  it('works from the keyboard: Check, arrow keys between findings, Enter to go to one', async () => {
    const page = await preview.open();
    await page.getByRole('button', { name: 'Open the sample agenda' }).click();
    // The sample is checked as it opens; Check again from the keyboard, and the focus lands on the summary.
    await expect.poll(() => page.locator('li[data-rule]').count(), { timeout: 20_000 }).toBe(5);
    await page.getByRole('button', { name: 'Check', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focus), { timeout: 20_000 }).toBe('summary');
    const references = page.getByRole('list', { name: 'Document references' });
    expect(await references.getByRole('listitem').count()).toBe(2);
    await references.getByRole('button').first().focus();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Cite TD820');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Ignore');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toContain('TD838 is in the document list');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[aria-current="location"]').textContent()).toBe('TD838');
    await page.close();
  });

  it('shows progress while it reads and checks a large document list', async () => {
    const page = await preview.open();
    await openAgenda(page, SA2_164_LIST);
    await expect.poll(() => page.locator('[data-at="9"]').count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('progressbar').waitFor({ state: 'attached', timeout: 5_000 });
    await expect.poll(() => page.getByText('No problems found.').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('loads the bundled sample agenda, and sends nothing outside the page', async () => {
    const page = await preview.open();
    await page.getByRole('button', { name: 'Open the sample agenda' }).click();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('li[data-rule]').count(), { timeout: 20_000 }).toBe(5);
    expect(preview.outside).toEqual([]);
    await page.close();
  });
});
