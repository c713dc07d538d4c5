// The Generate tab in the browser preview, with the real task pane: every write listed change by change and made only
// when confirmed — Annex A brought up to date, the timing retimed, the deadlines set, a new Annex A where there was
// none — the written document downloaded and read back, the register as .xlsx and the calendar as .ics compared with
// what the core makes of the same agenda; and a spreadsheet opened as in Excel, its list checked, the Action
// register written into it on a sheet of its own (merged and read again in the pipeline worker, never on the page's
// main thread), and the workbook downloaded with it; a workbook that cannot take the register refused, saying why.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/universal';
import { DEFAULT_CATEGORIES, analyse, annexPlan, registerRows } from '../../src/core';
import { readDocx } from '../../src/io/docx/read';
import { writePlan } from '../../src/io/docx/rewrite';
import { meetingCalendar, withoutStamps } from '../../src/io/ics';
import { readSpreadsheet } from '../../src/io/xlsx/read';
import { analyseFile } from '../helpers/analyse';
import { workInWorker, workOnMain } from '../helpers/built-page';
import { axeViolations, openAgenda, usePreview } from '../helpers/preview';
import { readCalendar } from '../helpers/ical';
import { SA2_136, TD514, WP2, bytesOf } from '../helpers/shared';
import { tableWorkbook } from '../helpers/workbooks';

const SAMPLE = new URL('../../samples/rg-wm-draft-agenda.docx', import.meta.url).pathname;
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

/** The cell texts of a table of the document view: the one Docket tagged, or the one at a Snapshot block. */
function tableRows(page: Page, which: string | number): Promise<string[][]> {
  const selector = typeof which === 'string' ? `table[data-generated="${which}"] tr` : `table[data-at="${which}"] tr`;
  return page.locator(selector).evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.innerText.trim())));
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(await download.path())) };
}

/** Confirms the dialog that lists a plan's changes, and returns what it listed, as a screen reader reads each change. */
async function confirm(page: Page, what: string): Promise<string[]> {
  const dialog = page.getByRole('alertdialog', { name: `Write ${what}?` });
  await dialog.waitFor();
  const changes = await dialog.getByRole('list', { name: 'Changes' }).locator('li').allTextContents();
  await dialog.getByRole('button', { name: /^Write \d+ changes?$/ }).click();
  await expect.poll(() => page.getByText(`Wrote ${what}.`).count(), { timeout: 20_000 }).toBe(1);
  return changes;
}

describe('generating in the preview', () => {
  it('brings the sample’s Annex A up to date after showing the one change, keeps TD838 and "TD820-R1", and downloads the written .docx', async () => {
    const page = await generateTab(SAMPLE);
    await expect.poll(() => page.getByText('1 change to write.').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'Drop the row of the document nobody cites: TD838 (row 12)' }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Write Annex A…' }).click();
    const changes = await confirm(page, 'Annex A');
    expect(changes).toEqual(['Annex A, row 4, TD/C #: was TD820 → becomes TD820-R1']);

    const list = await tableRows(page, 11);
    expect(list.map((r) => r[2])).toEqual(['TD/C #', 'TD812', 'TD813', 'TD815', 'TD820-R1', 'C45', 'C48', 'C51', 'TD826', 'TD827', 'TD831', 'TD835', 'TD838']);
    await page.getByRole('tab', { name: 'Findings' }).click();
    await expect.poll(() => page.locator('li[data-rule="ref/revision-mismatch"]').count(), { timeout: 20_000 }).toBe(0);
    expect(await page.locator('li[data-rule="ref/style-mixed"]').count()).toBe(0);

    const file = await downloaded(page, 'Download the document');
    expect(file.name).toBe('rg-wm-draft-agenda.docx');
    const { snapshot, meeting } = analyseFile(SAMPLE);
    const expected = readDocx(writePlan(bytesOf(SAMPLE), annexPlan(meeting, snapshot, { categories: DEFAULT_CATEGORIES })).bytes);
    expect(analyse(readDocx(file.bytes)).meeting).toEqual(analyse(expected).meeting);
    await page.close();
  });

  it('retimes nothing when nothing changed, and after a longer item rewrites only the times after it', async () => {
    const page = await generateTab(TD514);
    await expect.poll(() => page.getByText('The times are as the agenda writes them: nothing to write.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Write the timing…' }).isDisabled()).toBe(true);
    const before = await tableRows(page, 4);

    const minutes = page.getByRole('spinbutton', { name: /^Minutes for 2 Review of the report/ });
    await minutes.fill('35');
    await minutes.press('Enter');
    await expect.poll(() => page.getByText('The items take 85 min from 14:30 and run past the end of the session (15:45).').count()).toBe(1);
    await page.getByRole('button', { name: 'Write the timing…' }).click();
    const changes = await confirm(page, 'the agenda timing');
    expect(changes).toEqual([
      'Agenda, item 3, Timing: was 15:00 hours → becomes 15:10 hours',
      'Agenda, item 4, Timing: was 15:30 hours → becomes 15:40 hours',
      'Agenda, item 5, Timing: was 15:40 hours → becomes 15:50 hours',
      'Agenda, item 7, Timing: was 15:45 hours → becomes 15:55 hours',
    ]);

    const after = await tableRows(page, 4);
    const changed = after.flatMap((row, r) => row.flatMap((cell, c) => (cell === before[r]![c] ? [] : [[r, c, cell]])));
    expect(changed).toEqual([
      [11, 0, '15:10 hours'],
      [15, 0, '15:40 hours'],
      [19, 0, '15:50 hours'],
      [21, 0, '15:55 hours'],
    ]);
    await page.close();
  });

  it('writes an Annex A where the agenda has none, after listing it', async () => {
    const page = await generateTab(WP2);
    await page.getByRole('button', { name: 'Write Annex A…' }).click();
    const changes = await confirm(page, 'Annex A');
    expect(changes).toEqual(['A new table after the cursor: becomes # | Category | TD/C # | Source | Title (12 rows)']);
    const rows = await tableRows(page, 'docket:annex');
    expect(rows.slice(1).map((r) => r[2])).toEqual(['TD523', 'TD598', 'TD521', 'TD624-R2', 'TD667-R1', 'TD599', 'TD671', 'TD666-R2', 'TD525', 'TD670', 'TD673', 'TD513']);
    await page.close();
  });

  it('says there is no Annex A to write for an agenda that cites no meeting documents (SA2 #136), and writes none', async () => {
    const page = await generateTab(SA2_136);
    await page.getByText('The agenda cites no meeting documents: there is no Annex A to write.').waitFor();
    expect(await page.getByText('Annex A already lists every document').count()).toBe(0);
    // Nor does it promise a new list, or ask how to order one.
    expect(await page.getByText('The agenda has no document list.', { exact: true }).count()).toBe(1);
    expect(await page.getByText('a new one, of every document it cites, is added').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Order of the new list' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Write Annex A…' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('writes the new Annex A in the order the user chooses, the one the core makes in that order', async () => {
    const page = await generateTab(WP2);
    const order = page.getByRole('combobox', { name: 'Order of the new list' });
    expect(await order.innerText()).toBe('By first citation in the agenda');
    await order.click();
    await page.getByRole('option', { name: 'By category, then number' }).click();
    expect(await order.innerText()).toBe('By category, then number');
    await page.getByRole('button', { name: 'Write Annex A…' }).click();
    await confirm(page, 'Annex A');
    const { snapshot, meeting } = analyseFile(WP2);
    const byCategory = annexPlan(meeting, snapshot, { categories: DEFAULT_CATEGORIES, order: 'category' }).table!.spec.rows.map((r) => r.cells[2]!.text);
    expect(byCategory).not.toEqual(annexPlan(meeting, snapshot, { categories: DEFAULT_CATEGORIES }).table!.spec.rows.map((r) => r.cells[2]!.text));
    expect((await tableRows(page, 'docket:annex')).slice(1).map((r) => r[2])).toEqual(byCategory);
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

  it('sets the e-meeting deadlines by the user’s rule (starting from the agenda’s own), writes them and downloads the calendar', async () => {
    const page = await generateTab(WP2);
    await expect.poll(() => page.getByText("The agenda's deadlines are 8 calendar days before each e-meeting.").count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Deadlines already follow the rule' }).isDisabled()).toBe(true);
    const days = page.getByRole('spinbutton', { name: 'Deadline: calendar days before the e-meeting' });
    await days.fill('12');
    await days.press('Enter');
    const plan = page.getByRole('table', { name: 'E-meetings and their deadlines' });
    await expect.poll(() => plan.innerText()).toContain('Thursday 30 January 2025');
    expect(await plan.innerText()).toContain('Wednesday 2 April 2025');

    const calendar = await downloaded(page, 'Download calendar (.ics)');
    const ics = new TextDecoder().decode(calendar.bytes);
    expect(ics).toContain('DTSTART;TZID=Europe/Zurich:20250211T130000');
    expect(ics).toContain('DTEND;TZID=Europe/Zurich:20250211T150000');
    expect(ics).toContain('DTSTART;VALUE=DATE:20250130');

    await page.getByRole('button', { name: 'Write the deadlines…' }).click();
    const changes = await confirm(page, 'the e-meeting deadlines');
    expect(changes).toEqual([
      'RG-IEM e-meeting plan, row 1, Contribution Deadline: was 3 February 2025 → becomes 30 January 2025',
      'RG-IEM e-meeting plan, row 2, Contribution Deadline: was 6 April 2025 → becomes 2 April 2025',
    ]);
    const rows = await tableRows(page, 46);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['30 January 2025', '2 April 2025']);
    await page.close();
  });

  it('downloads the SA2 #136 time grid as one event per slot and room, the calendar the command line writes', async () => {
    const page = await generateTab(SA2_136);
    const calendar = await downloaded(page, 'Download calendar (.ics)');
    const ics = new TextDecoder().decode(calendar.bytes);
    expect(withoutStamps(ics)).toBe(withoutStamps(meetingCalendar(analyseFile(SA2_136).meeting)));
    const events = readCalendar(ics);
    expect(events).toHaveLength(68);
    expect(new Set(events.map((e) => e.uid)).size).toBe(68);
    expect(events.filter((e) => e.start === '2019-11-19T13:00:00').map((e) => [e.location, e.summary])).toEqual([
      ['Naples 4 (Breakout room 2)', 'SA WG2: ATSSS drafting'],
      ['Naples 6/7 (Main meeting room)', 'SA WG2: Vertical_LAN – TSN'],
    ]);
    expect(events.filter((e) => e.start === '2019-11-19T08:00:00').map((e) => [e.location, e.summary])).toEqual([
      ['Naples 6/7 (Main meeting room)', 'SA WG2: Vertical_LAN (7.7.2) TSN'],
      ['Naples 2/3 (Breakout room 1)', 'SA WG2: 5G (6.8) Services Support; IMS & related maint (5.4)'],
      ['Naples 4 (Breakout room 2)', 'SA WG2: eNS (7.10.2); xBDT (7.10.7); ETSUN (7.10.6)'],
    ]);
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
    expect(await page.getByRole('button', { name: 'Write Annex A…' }).count()).toBe(0);
    await page.setInputFiles('input[type=file][aria-label="Import actions from an agenda…"]', WP2);
    await expect.poll(() => page.getByText('The Action register sheet has 13 actions: 13 new, 0 updated. Status, Due and Notes were kept.').count(), { timeout: 20_000 }).toBe(1);
    const register = await tableRows(page, 'docket:register');
    expect(register.slice(1).map((r) => r[0])).toEqual(registerRows(analyseFile(WP2).meeting).map((r) => r.id));

    await page.setInputFiles('input[type=file][aria-label="Import actions from an agenda…"]', WP2);
    await expect.poll(() => page.getByText('The Action register sheet has 13 actions: 0 new, 0 updated. Status, Due and Notes were kept.').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('table[data-generated="docket:register"]').count()).toBe(1);
    // Both merges ran in the worker, and the workbook written was read again there (the list, the agenda twice, the
    // workbook once: the second merge changed nothing); none of it on the page's main thread.
    expect(await workOnMain(page)).toBeUndefined();
    expect(await workInWorker(page)).toMatchObject({ register: 2, read: 4 });

    // The workbook downloaded holds the list as it was and the register on a sheet of its own, as read-excel-file reads it.
    expect(await page.getByRole('button', { name: 'Download the document' }).count()).toBe(0);
    const file = await downloaded(page, 'Download the workbook');
    expect(file.name).toBe('TD list.xlsx');
    const sheets = await readXlsxFile(Buffer.from(file.bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['TD list', 'Action register']);
    expect(sheets[0]!.data).toEqual(rows);
    expect(sheets[1]!.data.slice(1).map((r) => r[0])).toEqual(registerRows(analyseFile(WP2).meeting).map((r) => r.id));
    await page.close();
  });

  it('refuses to merge into a register table with a total row, saying what to change, and keeps the workbook as it was', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'docket-sheet-'));
    const path = join(folder, 'Actions.xlsx');
    const workbook = tableWorkbook(registerRows(analyseFile(WP2).meeting)[0]!, { totals: true });
    writeFileSync(path, workbook);

    const page = await preview.open();
    await openAgenda(page, path);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.getByText(/finding|No problems found/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.setInputFiles('input[type=file][aria-label="Import actions from an agenda…"]', WP2);
    const problem = page.locator('[data-focus="problem"]');
    await expect.poll(() => problem.count(), { timeout: 20_000 }).toBe(1);
    expect(await problem.textContent()).toBe(
      'That did not work' +
        'Actions.xlsx: the register table on sheet "Action register" has a total row, below which Docket cannot add rows: turn the total row off (Table Design > Total Row), merge, then turn it back on. ' +
        'Change the workbook as this says, open it again, and import the actions again.',
    );
    expect(await workOnMain(page)).toBeUndefined();
    expect(await workInWorker(page)).toMatchObject({ register: 1 });
    const file = await downloaded(page, 'Download the workbook');
    expect(file.bytes).toEqual(workbook);
    await page.close();
  });
});
