// What keeps the pane responsive on any machine, proved on the 1,700-row SA2 #164 document list in the preview:
// opening, checking it and opening the Generate tab runs no reading (of the document or of the settings kept in it),
// extraction, rule, placing in words or plan code on the page's main thread (the core counts each run of them on the
// thread's global object: the main thread's stays empty, the pipeline worker's fills), the file is read once,
// progress says the stage and how far reading has come, the document view mounts only the rows in view, and so does
// the list of its 1,372 findings (with a category vocabulary of one), each saying its place in its group to screen
// readers and reached from the keyboard however far it is; writing a plan into the sample agenda runs no plan or
// writing code there either. How fast it is is measured by `npm run bench`, never here.
import { describe, expect, it } from 'vitest';
import { workInWorker as inWorker, workOnMain as onMain } from '../helpers/built-page';
import { openAgenda, usePreview } from '../helpers/preview';
import { SA2_164_LIST } from '../helpers/shared';

const preview = usePreview();

describe('a 1,700-row document list in the preview', () => {
  it('is read, extracted and checked in the worker only, says how far reading is, and mounts only the rows in view', async () => {
    const page = await preview.open();
    // Every progress text the pane and the page show, as they show it.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[role="progressbar"]')) {
          const text = el.closest('.fui-Field')?.textContent;
          if (text && !seen.includes(text)) seen.push(text);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await openAgenda(page, SA2_164_LIST);
    const table = page.locator('table:has(tbody[data-rows])');
    await expect.poll(() => table.count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.getByText('No problems found.').count(), { timeout: 30_000 }).toBe(1);

    expect(await onMain(page)).toBeUndefined();
    expect(page.workers()).toHaveLength(1);
    // Read once, on opening, with the settings kept in the file (Check takes that reading); extracted and checked once.
    expect(await inWorker(page)).toEqual({ read: 1, settings: 1, extract: 1, check: 1 });

    // The Generate tab's plans and their changes are made in the worker too, from that check.
    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.getByRole('button', { name: 'Write Annex A…' }).waitFor();
    await expect.poll(() => page.locator('section[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.getByText(/Annex A already lists every document|\d+ changes? to write\./).count()).toBe(1);
    expect(await onMain(page)).toBeUndefined();
    const planned = await inWorker(page);
    expect(planned).toMatchObject({ read: 1, settings: 1, extract: 1, check: 1 });
    expect(planned?.plan).toBeGreaterThan(0);
    expect(planned?.changes).toBe(planned?.plan);
    await page.getByRole('tab', { name: 'Findings' }).click();

    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    const percents = seen.map((text) => /Reading the document… (\d+) %/.exec(text)?.[1]).filter((p) => p !== undefined).map(Number);
    expect(percents.some((p) => p > 0 && p < 100), seen.join(' | ')).toBe(true);
    expect(seen).toContain('Checking…');

    const rows = Number(await table.locator('tbody').getAttribute('data-rows'));
    expect(rows).toBeGreaterThan(1_600);
    const mounted = () => table.locator('tr[data-index]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-index'))));
    const first = await mounted();
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(100);
    // Scrolled to its end, the table mounts its last rows instead, as few.
    await page.locator('section[aria-label="Document view"]').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(async () => (await mounted()).includes(rows - 1)).toBe(true);
    const last = await mounted();
    expect(last.length).toBeLessThan(100);
    expect(last).not.toContain(first[0]);
    expect(await table.locator(`[data-at="${await table.getAttribute('data-at')}:${rows - 1}:0"]`).count()).toBe(1);
    await page.close();
  }, 90_000);

  it('mounts only the findings in view of 1,372, says each one\'s place in its group, and reaches the last with End', async () => {
    const page = await preview.open();
    await openAgenda(page, SA2_164_LIST);
    await page.locator('table:has(tbody[data-rows])').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Checking settings' }).click();
    await page.getByLabel('Document categories').fill('Agenda');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText(/\d+ findings?\./).textContent(), { timeout: 30_000 }).toBe('1372 findings.');

    const list = page.getByRole('list', { name: 'Document list' });
    const mounted = () => list.locator('li[data-rule]').evaluateAll((items) => items.map((li) => Number(li.getAttribute('aria-posinset'))));
    const first = await mounted();
    expect(first[0]).toBe(1);
    expect(first.length).toBeGreaterThan(3);
    expect(first.length).toBeLessThan(40);
    expect(await list.locator('li[data-rule]').first().getAttribute('aria-setsize')).toBe('1372');
    expect(await onMain(page)).toBeUndefined();
    expect((await inWorker(page))?.describe).toBe(1_372);

    // End, from the first finding: the last is mounted, focused and said as 1,372 of 1,372; the first is gone.
    const place = () => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'));
    await list.locator('li[data-rule] > button').first().focus();
    await page.keyboard.press('End');
    await expect.poll(place).toBe('1372');
    const last = await mounted();
    expect(last.length).toBeLessThan(40);
    expect(last).not.toContain(1);
    // The arrow keys go through its buttons (the finding, Ignore), then to the finding before it.
    await page.keyboard.press('ArrowUp');
    expect(await place()).toBe('1371');
    await page.close();
  }, 90_000);

  it('writes a plan into the sample agenda in the worker: made, listed and written there, none of it on the main thread', async () => {
    const page = await preview.open();
    await page.getByRole('button', { name: 'Open the sample agenda' }).click();
    await expect.poll(() => page.getByText(/\d+ findings?\./).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Generate' }).click();
    await expect.poll(() => page.getByText('1 change to write.').count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Write Annex A…' }).click();
    await page.getByRole('alertdialog', { name: 'Write Annex A?' }).getByRole('button', { name: 'Write 1 change' }).click();
    await expect.poll(() => page.getByText('Wrote Annex A.').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.locator('table[data-at="11"] td', { hasText: 'TD820-R1' }).count()).toBe(1);

    expect(await onMain(page)).toBeUndefined();
    const counts = await inWorker(page);
    // The .docx written and the Snapshot shown written; read again and checked again after it; every finding placed
    // in words there, and the settings kept in the file read there on opening.
    expect(counts).toMatchObject({ write: 2, check: 2, settings: 1 });
    expect(counts?.describe).toBeGreaterThanOrEqual(5);
    expect(counts?.plan).toBeGreaterThan(0);
    expect(counts?.changes).toBeGreaterThan(0);
    await page.close();
  }, 90_000);
});
