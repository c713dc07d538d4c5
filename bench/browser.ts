// The bench's browser figures, in headless Chromium on the built dist/: the preview with the sample agenda from
// navigation to a usable pane; taskpane.html from Office being ready (a stubbed Office.onReady, as no Office runs
// here) to Check enabled; and the 1,700-row SA2 #164 list opened, checked and the Generate tab opened in the preview,
// with every main-thread task longer than 50 ms seen by a PerformanceObserver (long tasks) and the page's JS heap.
import type { Browser, Page } from 'playwright-core';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Office.js as far as the pane uses it before a check: Word, every requirement set, empty document settings. */
const OFFICE_STUB = `window.Office = {
  HostType: { Word: 'Word', Excel: 'Excel' },
  context: {
    requirements: { isSetSupported: () => true },
    document: { settings: { get: () => null, set() {}, remove() {}, saveAsync(done) { if (done) done({ status: 'succeeded' }); } } },
    diagnostics: { platform: 'PC', version: 'bench' },
  },
  onReady(callback) {
    window.officeReadyAt = performance.now();
    const info = { host: 'Word', platform: 'PC' };
    if (callback) callback(info);
    return Promise.resolve(info);
  },
};`;

/** Watches the page from its start: long tasks, and when the user last changed a file input or clicked. */
const WATCH = `(() => {
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const task of list.getEntries()) window.longTasks.push({ start: task.startTime, duration: task.duration }); }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => { window.changedAt = performance.now(); }, true);
  document.addEventListener('click', () => { window.clickedAt = performance.now(); }, true);
})();`;

async function heapMB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return (metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0) / 1024 / 1024;
}

/** What the bench waits for in the page: the page's clock when it holds, else false. */
type Ready = (selector: string) => number | false;

/** Waits (polling each frame) until `ready` holds in the page, and returns the page's clock when it first did. */
async function when(page: Page, ready: Ready, selector = ''): Promise<number> {
  const handle = await page.waitForFunction(ready, selector, { polling: 'raf', timeout: 120_000 });
  return (await handle.jsonValue()) as number;
}

/** The element `selector` shown, and the Check button enabled. */
const usable: Ready = (selector) =>
  (selector === '' || document.querySelector(selector) !== null) && [...document.querySelectorAll('button')].some((b) => b.textContent === 'Check' && !b.disabled) && performance.now();

/** Milliseconds from navigation to a usable preview: the sample agenda shown and Check enabled. */
export async function previewWithSample(browser: Browser, url: string): Promise<{ ms: number; heapMB: number }> {
  const page = await browser.newPage();
  await page.goto(`${url}/preview.html?sample`);
  const ms = await when(page, usable, '[data-at="0"]');
  const heap = await heapMB(page);
  await page.close();
  return { ms, heapMB: heap };
}

/** Milliseconds from Office being ready (a stubbed Office.onReady) to taskpane.html with Check enabled. */
export async function taskpaneReady(browser: Browser, url: string): Promise<{ ms: number; heapMB: number }> {
  const page = await browser.newPage();
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB }));
  await page.goto(`${url}/taskpane.html`);
  const enabled = await when(page, usable);
  const ready = await page.evaluate<number>('window.officeReadyAt');
  const heap = await heapMB(page);
  await page.close();
  return { ms: enabled - ready, heapMB: heap };
}

export interface LargeList {
  /** From choosing the file to the document shown and Check enabled. */
  openMs: number;
  /** From clicking Check to the result said. */
  checkMs: number;
  /** From clicking the Generate tab to its Annex A section ready to write (its plan made: no section busy). */
  generateMs: number;
  /** The longest main-thread task while opening, checking and generating. */
  longestTaskMs: number;
  heapMB: number;
}

/** Opens a large document list in the preview, checks it, and opens the Generate tab. */
export async function largeList(browser: Browser, url: string, file: string): Promise<LargeList> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(WATCH);
  await page.goto(`${url}/preview.html`);
  await when(page, (selector) => document.querySelector(selector) !== null && performance.now(), 'input[type=file]');
  const start = await page.evaluate<number>('performance.now()');
  await page.setInputFiles('[role=toolbar][aria-label="Document"] input[type=file]', file);
  const opened = await when(page, usable, '[data-at="0"]');
  const openMs = opened - (await page.evaluate<number>('window.changedAt'));
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const checked = await when(page, () => /No problems found\.|\d+ findings?\./.test(document.querySelector('[role=status]')?.textContent ?? '') && performance.now());
  const checkMs = checked - (await page.evaluate<number>('window.clickedAt'));
  await page.getByRole('tab', { name: 'Generate' }).click();
  const generated = await when(
    page,
    () => [...document.querySelectorAll('button')].some((b) => /^Write Annex A/.test(b.textContent ?? '')) && document.querySelector('section[aria-busy="true"]') === null && performance.now(),
  );
  const generateMs = generated - (await page.evaluate<number>('window.clickedAt'));
  const tasks = await page.evaluate<{ start: number; duration: number }[]>('window.longTasks');
  const longestTaskMs = Math.max(0, ...tasks.filter((t) => t.start >= start).map((t) => t.duration));
  const heap = await heapMB(page);
  await page.close();
  return { openMs, checkMs, generateMs, longestTaskMs, heapMB: heap };
}
