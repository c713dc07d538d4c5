// The Generate tab in the browser preview, with the real task pane: Annex A written into the document and checked
// again, the user's edits shown before they are replaced, the timing table retimed, the register downloaded as .xlsx
// and the calendar as .ics — each result read back and compared with what the core makes of the same agenda; and a
// spreadsheet opened as in Excel, its list checked and the Action register built beside it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { registerRows } from '../../src/core';
import { readSpreadsheet } from '../../src/io/xlsx/read';
import { analyseFile } from '../helpers/analyse';
import { axeViolations, openAgenda, usePreview } from '../helpers/preview';
import { TD514, WP2 } from '../helpers/shared';

const preview = usePreview();

async function generateTab(path: string, options?: Parameters<typeof preview.open>[0]): Promise<Page> {
  const page = await preview.open(options);
  await openAgenda(page, path);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect.poll(() => page.getByText(/finding|No problems found/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.getByRole('tab', { name: 'Generate' }).click();
  await page.getByRole('heading', { name: 'Document list (Annex A)' }).waitFor();
  return page;
}

/** The cell texts of the table Docket generated with this tag, as the preview shows it. */
function generatedTable(page: Page, tag: string): Promise<string[][]> {
  return page.locator(`table[data-generated="${tag}"] tr`).evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.innerText.trim())));
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(await download.path())) };
}

describe('generating in the preview', () => {
  it('writes TD514’s Annex A in place of its list, the 12 documents in order, with the category typo kept and still flagged', async () => {
    const page = await generateTab(TD514);
    await expect.poll(() => page.getByText('"infomration" is not in the vocabulary', { exact: false }).count()).toBe(1);
    await page.getByRole('button', { name: 'Write Annex A' }).click();
    await expect.poll(() => page.getByText('Annex A: written in place of the existing table.').count(), { timeout: 20_000 }).toBe(1);

    const rows = await generatedTable(page, 'docket:annex');
    const { meeting } = analyseFile(TD514);
    expect(rows).toHaveLength(13);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(rows.slice(1).map((r) => r[2])).toEqual(meeting.documents.map((d) => d.raw));
    expect(rows[10]![1]).toBe('infomration');
    expect(await page.locator('table[data-generated]').count()).toBe(1);

    await page.getByRole('tab', { name: 'Check' }).click();
    await expect.poll(() => page.locator('li[data-rule="list/unknown-category"]').count()).toBe(1);
    await page.close();
  });

  it('shows what the user changed inside Annex A and replaces it only when told to', async () => {
    const page = await generateTab(TD514);
    await page.getByRole('button', { name: 'Write Annex A' }).click();
    await expect.poll(() => page.getByText('Annex A: written in place of the existing table.').count(), { timeout: 20_000 }).toBe(1);
    // The user's edit: the category typo fixed inside Docket's block.
    await page.getByRole('tab', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Change the category to Information' }).click();
    await expect.poll(() => page.getByText('No problems found.').count(), { timeout: 20_000 }).toBe(1);

    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.getByRole('button', { name: 'Write Annex A' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'You changed Annex A since Docket wrote it' });
    await dialog.waitFor();
    const changes = await dialog.getByRole('list', { name: 'Your changes' }).innerText();
    expect(changes).toContain('infomration');
    expect(changes).toContain('Information');
    await dialog.getByRole('button', { name: 'Keep my changes' }).click();
    await expect.poll(() => page.getByText('Annex A left as it is: nothing was written.').count()).toBe(1);
    expect((await generatedTable(page, 'docket:annex'))[10]![1]).toBe('Information');

    await page.getByRole('button', { name: 'Write Annex A' }).click();
    await dialog.getByRole('button', { name: 'Replace them' }).click();
    await expect.poll(() => page.getByText('Annex A: written again over the previous one.').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('table[data-generated="docket:annex"]').count()).toBe(1);
    await page.close();
  });

  it('retimes the agenda: a longer item moves every later time, and running past the session is said before writing', async () => {
    const page = await generateTab(TD514);
    const minutes = page.getByRole('spinbutton', { name: /^Minutes for 2 Review of the report/ });
    await minutes.fill('35');
    await minutes.press('Enter');
    await expect.poll(() => page.getByText('The items take 85 min from 14:30 and run past the end of the session (15:45).').count()).toBe(1);
    await page.getByRole('button', { name: 'Write timing table' }).click();
    await expect.poll(() => page.getByText('The agenda timing table: written in place of the existing table.').count(), { timeout: 20_000 }).toBe(1);
    const times = (await generatedTable(page, 'docket:agenda')).map((r) => r[0]).filter((t) => t?.endsWith(' hours'));
    expect(times).toEqual(['14:30 hours', '14:35 hours', '15:10 hours', '15:40 hours', '15:50 hours', '15:55 hours']);
    await page.getByRole('tab', { name: 'Check' }).click();
    await expect.poll(() => page.locator('li[data-rule^="time/"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('downloads the register of the WP2 agenda’s 13 actions as .xlsx, the same rows the core makes', async () => {
    const page = await generateTab(WP2);
    await expect.poll(() => page.getByText('13 actions.').count()).toBe(1);
    const file = await downloaded(page, 'Download register (.xlsx)');
    expect(file.name).toMatch(/actions\.xlsx$/);
    const read = await readSpreadsheet(file.name, file.bytes);
    if (!read.ok) throw new Error(read.message);
    const table = read.value.blocks.find((b) => b.kind === 'table');
    const ids = table?.kind === 'table' ? table.rows.slice(1).map((r) => r.cells[0]!.paragraphs[0]!.text) : [];
    expect(ids).toEqual(registerRows(analyseFile(WP2).meeting).map((r) => r.id));
    await page.close();
  });

  it('plans the RG-IEM e-meetings with the user’s deadline rule, writes the plan and downloads the calendar', async () => {
    const page = await generateTab(WP2);
    const days = page.getByRole('spinbutton', { name: 'Deadline: calendar days before the e-meeting' });
    await days.fill('12');
    await days.press('Enter');
    const plan = page.getByRole('table', { name: 'RG-IEM e-meetings' });
    await expect.poll(() => plan.innerText()).toContain('30 January 2025');
    expect(await plan.innerText()).toContain('2 April 2025');

    const calendar = await downloaded(page, 'Download calendar (.ics)');
    const ics = new TextDecoder().decode(calendar.bytes);
    expect(ics).toContain('DTSTART;TZID=Europe/Zurich:20250211T130000');
    expect(ics).toContain('DTEND;TZID=Europe/Zurich:20250211T150000');
    expect(ics).toContain('DTSTART;VALUE=DATE:20250130');

    await page.getByRole('button', { name: 'Write RG-IEM plan' }).click();
    await expect.poll(() => page.getByText('The RG-IEM e-meeting plan: written in place of the existing table.').count(), { timeout: 20_000 }).toBe(1);
    const rows = await generatedTable(page, 'docket:interim:RG-IEM');
    expect(rows.slice(1).map((r) => r[2])).toEqual(['30 January 2025', '2 April 2025']);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical accessibility violations on the Generate tab (%s)', async (colorScheme) => {
    const page = await generateTab(WP2, { colorScheme, bypassCSP: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a spreadsheet in the preview, as in Excel', () => {
  it('checks a document list kept as a sheet, and builds the Action register from an agenda picked beside it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'docket-sheet-'));
    const list = join(folder, 'TD list.xlsx');
    const rows = [
      ['#', 'Category', 'TD/C #', 'Source', 'Title'],
      ['1', 'Information', 'TD514', 'Rapporteur, RG-SOP', 'Draft agenda'],
      ['2', 'infomration', 'TD667R1', 'Rapporteur, RG-IEM', 'Proposed actions'],
    ];
    const blob = await writeXlsxFile(rows.map((cells) => cells.map((value) => ({ value }))), { sheet: 'TD list' }).toBlob();
    writeFileSync(list, new Uint8Array(await blob.arrayBuffer()));

    const page = await preview.open();
    await openAgenda(page, list);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const finding = page.locator('li[data-rule="list/unknown-category"] button').first();
    await expect.poll(() => finding.count(), { timeout: 20_000 }).toBe(1);

    await page.getByRole('tab', { name: 'Generate' }).click();
    expect(await page.getByRole('button', { name: 'Write Annex A' }).count()).toBe(0);
    await page.setInputFiles('input[type=file][aria-label="Import actions from an agenda…"]', WP2);
    await expect.poll(() => page.getByText('The Action register sheet has 13 actions: 13 new, 0 updated. Status, Due and Notes were kept.').count(), { timeout: 20_000 }).toBe(1);
    const register = await generatedTable(page, 'docket:register');
    expect(register.slice(1).map((r) => r[0])).toEqual(registerRows(analyseFile(WP2).meeting).map((r) => r.id));

    await page.setInputFiles('input[type=file][aria-label="Import actions from an agenda…"]', WP2);
    await expect.poll(() => page.getByText('The Action register sheet has 13 actions: 0 new, 0 updated. Status, Due and Notes were kept.').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('table[data-generated="docket:register"]').count()).toBe(1);
    await page.close();
  });
});
