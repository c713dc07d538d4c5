// The document register in the browser preview, as a person uses it: open TD514, pick its meeting's TD list with
// "Check against a document register…", see the register findings and where the register came from; reload the page
// and open the same agenda: still applied; Forget: the findings go, and stay gone after another reload.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { SCREENSHOTS, axeViolations, openAgenda, usePreview } from '../helpers/preview';
import { TD514 } from '../helpers/shared';
import { TD_LIST, csvOf } from '../helpers/td-list';

const preview = usePreview();

const registerRules = (page: Page) => page.locator('li[data-rule^="register/"]').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));

async function checked(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect.poll(() => page.locator('li[data-rule]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
}

describe('the document register in the preview', () => {
  it('is picked, applied, still applied after a reload, and forgotten', async () => {
    const list = join(mkdtempSync(join(tmpdir(), 'docket-browser-')), 'TSAG TD list.csv');
    writeFileSync(list, csvOf(TD_LIST));
    const page = await preview.open({ bypassCSP: true });
    await openAgenda(page, TD514);
    await checked(page);
    expect(await registerRules(page)).toEqual([]);

    await page.setInputFiles('input[type=file][aria-label="Check against a document register…"]', list);
    const applied = page.getByText(/Checked against the document register TSAG TD list\.csv: 11 documents, read /);
    await expect.poll(() => applied.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByText('Checked against the document register TSAG TD list.csv (11 documents), kept with the document.').count(), { timeout: 20_000 }).toBe(1);
    const expected = ['register/not-in-register', 'register/superseded', 'register/not-on-agenda', 'register/withdrawn', 'register/wrong-item'];
    expect((await registerRules(page)).sort()).toEqual([...expected].sort());
    expect(await page.locator('li[data-rule="register/superseded"]').first().textContent()).toContain('TD667R1 is cited in item 2.2, but in the document register (TSAG TD list.csv) its latest revision is TD667R2.');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}preview-document-register.png` });
    // Generate describes Annex A from the same register.
    await page.getByRole('tab', { name: 'Generate' }).click();
    await expect.poll(() => page.getByText('TSAG TD list.csv: 11 documents').count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Findings' }).click();

    await page.reload();
    await openAgenda(page, TD514);
    await expect.poll(() => applied.count(), { timeout: 20_000 }).toBe(1);
    await checked(page);
    expect((await registerRules(page)).sort()).toEqual([...expected].sort());

    await page.getByRole('button', { name: 'Forget' }).click();
    await expect.poll(() => page.getByText(/Docket no longer checks against the document register TSAG TD list\.csv/).count(), { timeout: 20_000 }).toBe(1);
    expect(await registerRules(page)).toEqual([]);
    expect(await page.locator('li[data-rule]').count()).toBeGreaterThan(0);

    await page.reload();
    await openAgenda(page, TD514);
    await checked(page);
    expect(await registerRules(page)).toEqual([]);
    expect(await page.getByText('Check against a document register…').count()).toBe(1);
    await page.close();
  }, 120_000);

  it('says so when a register is too large to keep with the document, uses it until the pane closes, and keeps nothing of it', async () => {
    // 12,000 TDs with long titles: about 2.6 MB of settings, past the 2 MB Office keeps.
    const rows = Array.from({ length: 12_000 }, (_, i) => [`TD${1000 + i}`, '', 'Rapporteur, RG-SOP', `A long title of a temporary document number ${i} ${'x'.repeat(120)}`, '9.9', '']);
    const list = join(mkdtempSync(join(tmpdir(), 'docket-browser-')), 'all TDs.csv');
    writeFileSync(list, csvOf([TD_LIST[0]!, ...TD_LIST.slice(1), ...rows]));
    const page = await preview.open();
    await openAgenda(page, TD514);
    await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
    await page.setInputFiles('input[type=file][aria-label="Check against a document register…"]', list);
    const warning = page.getByText(/^The document register all TDs\.csv is too large to keep with the document: its 12011 documents take 2\.\d MB, and Office keeps at most 2\.0 MB of settings in a document\./);
    await expect.poll(() => warning.count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByText('Too large to keep with the document: used until the pane is closed.').count()).toBe(1);
    expect((await registerRules(page)).sort()).toEqual(['register/not-in-register', 'register/not-on-agenda', 'register/superseded', 'register/withdrawn', 'register/wrong-item']);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':documentRegister')))).toEqual([]);

    await page.reload();
    await openAgenda(page, TD514);
    await checked(page);
    expect(await registerRules(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('takes a sheet of the workbook as the document register, as Excel does, and refreshes it from the sheet', async () => {
    const book = join(mkdtempSync(join(tmpdir(), 'docket-browser-')), 'TSAG documents.xlsx');
    const sheet = (rows: string[][]) => rows.map((row) => row.map((value) => ({ value })));
    await writeXlsxFile([
      { data: sheet([['#', 'Category', 'TD/C #', 'Source', 'Title'], ['1', 'Admin', 'TD514', 'Rapporteur, RG-SOP', 'Draft agenda'], ['2', 'Information', 'TD599', 'Rapporteur, RG-IEM', 'Report of Industry Engagement Workshop']]), sheet: 'Annex A' },
      { data: sheet(TD_LIST), sheet: 'Document register' },
    ]).toFile(book);
    const page = await preview.open();
    await openAgenda(page, book);
    await page.getByRole('combobox', { name: 'Use a sheet of this workbook as the document register' }).click();
    await page.getByRole('option', { name: 'Document register' }).click();
    await expect.poll(() => page.getByText('Checked against the document register the sheet “Document register”: 11 documents', { exact: false }).count(), { timeout: 20_000 }).toBe(1);
    const mismatch = page.locator('li[data-rule="register/title-mismatch"]');
    await expect.poll(() => mismatch.count(), { timeout: 20_000 }).toBe(1);
    expect(await mismatch.textContent()).toContain('gives TD514 the title "Draft agenda", but the document register (Document register) has "Agenda, RG-SOP".');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => page.getByText(/^Checked against the document register Document register \(11 documents\), kept with the document\.$/).count(), { timeout: 20_000 }).toBe(1);
    expect(await mismatch.count()).toBe(1);
    await page.close();
  }, 60_000);
});
