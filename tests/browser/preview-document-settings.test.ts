// The preview opens a .docx that Word saved with Docket's settings as the pane in Word would: its checking settings
// and ignored findings are where it starts; what the user changes in the preview is kept for that file in the browser
// and wins after a reload.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, IGNORES_KEY, SETTINGS_KEY } from '../../src/core';
import { openAgenda, usePreview } from '../helpers/preview';
import { bytesOf } from '../helpers/shared';
import { withAddinSettings } from '../helpers/webextension';

const SAMPLE = fileURLToPath(new URL('../../samples/rg-wm-draft-agenda.docx', import.meta.url));
const preview = usePreview();

const rules = (page: Page) => page.locator('li[data-rule]').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));

async function check(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.locator('[data-focus="summary"]').waitFor({ timeout: 20_000 });
}

describe('a document saved with Docket’s settings, in the preview', () => {
  it('starts from the settings and ignores Word saved in it; what is changed in the preview wins after a reload', async () => {
    // The sample's five findings: ref/revision-mismatch, ref/never-cited, text/placeholder, list/unknown-category, date/weekend.
    const agenda = join(mkdtempSync(join(tmpdir(), 'docket-preview-settings-')), 'agenda.docx');
    writeFileSync(
      agenda,
      withAddinSettings(bytesOf(SAMPLE), { [SETTINGS_KEY]: { rules: { 'date/weekend': 'off' }, categories: DEFAULT_CATEGORIES }, [IGNORES_KEY]: [{ rule: 'ref/never-cited' }] }),
    );
    const page = await preview.open();
    await openAgenda(page, agenda);
    await page.getByRole('button', { name: '1 ignored rule or finding' }).waitFor({ timeout: 20_000 });
    await check(page);
    expect(await rules(page)).toEqual(['ref/revision-mismatch', 'text/placeholder', 'list/unknown-category']);
    expect(await page.getByText('3 findings. 1 ignored.').count()).toBe(1);

    await page.getByRole('button', { name: '1 ignored' }).click();
    await page.getByRole('button', { name: 'Restore Every ref/never-cited finding in this document' }).click();
    await expect.poll(() => rules(page)).toEqual(['ref/revision-mismatch', 'ref/never-cited', 'text/placeholder', 'list/unknown-category']);

    // Opened again after a reload: the browser's list (nothing ignored) wins over the file's; its settings still apply.
    await page.reload();
    await openAgenda(page, agenda);
    await check(page);
    expect(await rules(page)).toEqual(['ref/revision-mismatch', 'ref/never-cited', 'text/placeholder', 'list/unknown-category']);
    expect(await page.getByRole('button', { name: /ignored/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Checking settings' }).click();
    expect(await page.getByRole('combobox', { name: 'Severity of date/weekend' }).innerText()).toBe('Off');
    await page.close();
  }, 90_000);
});
