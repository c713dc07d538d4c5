// A page of the built add-in (dist/) in headless Chromium, for the browser tests: served locally, nothing allowed to
// leave it (every other request is recorded and refused, but for those the test answers itself, as Office.js); and the
// heavy steps run on its main thread and in its pipeline worker.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { WorkStep } from '../../src/core';
import { launch } from './browser';
import { serve } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  /** Only to inject axe-core, which the page's own policy rightly refuses. */
  bypassCSP?: boolean;
  viewport?: { width: number; height: number };
  /** What to answer for an address outside the server (undefined: refused), as Office's CDN would answer Office.js. */
  answer?: (url: string) => { contentType: string; body: string } | undefined;
  /** Made ready before the page loads: functions exposed to it. */
  prepare?: (page: Page) => Promise<unknown>;
}

export interface BuiltPage {
  /** The page, fresh. */
  open(options?: PageOptions): Promise<Page>;
  /** Every request made outside the server that was not answered. */
  readonly outside: string[];
}

/** Serves dist/ and starts Chromium for the calling test file, and stops both after it; `open` loads dist/`file`. */
export function useBuiltPage(file: string): BuiltPage {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  const outside: string[] = [];
  beforeAll(async () => {
    if (!existsSync(`${DIST}${file}`)) throw new Error(`dist/${file} is missing: run "npm run build" first (npm test does).`);
    server = await serve(DIST);
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    outside,
    async open({ colorScheme = 'light', bypassCSP = false, viewport = { width: 1400, height: 900 }, answer, prepare } = {}) {
      const page = await browser.newPage({ viewport, colorScheme, bypassCSP, acceptDownloads: true });
      await prepare?.(page);
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        const answered = answer?.(url);
        if (answered) return route.fulfill(answered);
        outside.push(url);
        return route.abort();
      });
      await page.goto(`${server.url}/${file}`);
      return page;
    },
  };
}

/** How many times each heavy step ran on a thread (src/core/work.ts); undefined where none ran. */
export type Work = Partial<Record<WorkStep, number>> | undefined;

/** The heavy steps run on the page's main thread. */
export const workOnMain = (page: Page): Promise<Work> => page.evaluate(() => (globalThis as { docketWork?: Work }).docketWork);

/** The heavy steps run in the page's pipeline worker (its one worker). */
export const workInWorker = (page: Page): Promise<Work> => page.workers()[0]!.evaluate(() => (globalThis as { docketWork?: Work }).docketWork);
