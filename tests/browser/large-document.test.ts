// What keeps the pane responsive on any machine, proved on the 1,700-row SA2 #164 document list in the preview:
// opening and checking it runs no reading, extraction or rule code on the page's main thread (the core counts each
// run of them on the thread's global object: the main thread's stays empty, the pipeline worker's fills), progress
// says the stage and how far reading has come, and the document view mounts only the rows in view. How fast it is
// is measured by `npm run bench`, never here.
import { describe, expect, it } from 'vitest';
import { openAgenda, usePreview } from '../helpers/preview';
import { SA2_164_LIST } from '../helpers/shared';

const preview = usePreview();

type Counts = Partial<Record<'read' | 'extract' | 'check', number>>;

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

    const onMain = await page.evaluate(() => (globalThis as { docketWork?: Counts }).docketWork);
    expect(onMain).toBeUndefined();
    const pipeline = page.workers();
    expect(pipeline).toHaveLength(1);
    const inWorker = await pipeline[0]!.evaluate(() => (globalThis as { docketWork?: Counts }).docketWork);
    // Read on opening and again on checking; extracted and checked once.
    expect(inWorker).toEqual({ read: 2, extract: 1, check: 1 });

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
});
