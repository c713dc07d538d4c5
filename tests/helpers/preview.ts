// The browser preview in headless Chromium, for the browser tests (a built page served locally, as built-page serves
// it), opening an agenda in it, and axe-core's accessibility check.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { useBuiltPage, type BuiltPage } from './built-page';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** The preview page (dist/preview.html), served with Chromium for the calling test file. */
export function usePreview(): BuiltPage {
  return useBuiltPage('preview.html');
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
