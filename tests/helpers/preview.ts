// The browser preview in headless Chromium, for the browser tests: the built page served locally, nothing allowed
// to leave it (every other request is recorded and refused), and axe-core's accessibility check.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser';
import { serve } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

export interface Preview {
  /** A fresh preview page; `bypassCSP` only to inject axe-core, which the page's own policy rightly refuses. */
  open(options?: { colorScheme?: 'light' | 'dark'; bypassCSP?: boolean; viewport?: { width: number; height: number } }): Promise<Page>;
  /** Every request made outside the preview's own server. */
  readonly outside: string[];
}

/** Serves dist/ and starts Chromium for the calling test file, and stops both after it. */
export function usePreview(): Preview {
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
  return {
    outside,
    async open({ colorScheme = 'light', bypassCSP = false, viewport = { width: 1400, height: 900 } } = {}) {
      const page = await browser.newPage({ viewport, colorScheme, bypassCSP, acceptDownloads: true });
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        outside.push(url);
        return route.abort();
      });
      await page.goto(`${server.url}/preview.html`);
      return page;
    },
  };
}

/** Opens an agenda in the preview through its own file input. */
export async function openAgenda(page: Page, path: string): Promise<void> {
  await page.setInputFiles('[role=toolbar][aria-label="Document"] input[type=file]', path);
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    // Tabster's focus-redirecting dummy elements (Fluent UI's keyboard navigation) are hidden and focusable by design.
    // Colour contrast (WCAG 2.2 AA, 4.5:1) named on, so no configuration can leave it out.
    return axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: true } } });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
}
