// The task pane as a person uses it, in the browser preview: ignoring a finding (here, or its rule in the document),
// listing and restoring what is ignored, kept for the file across a reload; where the keyboard focus lands after each
// action; colour contrast in light and dark (the document view's highlight included); and the layout at 320 px.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, axeViolations, openAgenda, usePreview } from '../helpers/preview';
import { TD514 } from '../helpers/shared';

const preview = usePreview();

const rules = (page: Page) => page.locator('li[data-rule]').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));
/** What has the keyboard focus: its data-focus, its data-rule's finding, or its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return 'the page';
    const rule = active.closest('li[data-rule]')?.getAttribute('data-rule');
    return active.dataset.focus ?? (rule ? `finding ${rule}` : (active.getAttribute('aria-label') ?? active.textContent ?? ''));
  });

/** The ignores the preview keeps in the browser's storage, for every file. */
const keptIgnores = (page: Page) => page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.endsWith(':ignores')).map(([, value]) => JSON.parse(value as string) as unknown));

async function sample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the sample agenda' }).click();
  // The sample is checked as soon as it opens.
  await expect.poll(() => page.locator('li[data-rule]').count(), { timeout: 20_000 }).toBe(5);
}

async function ignore(page: Page, rule: string, how: 'Ignore here' | 'Ignore this rule in this document'): Promise<void> {
  await page.locator(`li[data-rule="${rule}"]`).first().getByRole('button', { name: /^Ignore: / }).click();
  await page.getByRole('menuitem', { name: how }).click();
}

describe('the task pane in the preview', () => {
  it('ignores a finding here and a rule in the document, lists and restores them, and keeps them for the file across a reload', async () => {
    const page = await preview.open();
    await openAgenda(page, TD514);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => rules(page), { timeout: 20_000 }).toEqual(['list/unknown-category']);

    await ignore(page, 'list/unknown-category', 'Ignore here');
    await expect.poll(() => rules(page)).toEqual([]);
    expect(await page.getByText('No problems found. 1 ignored.').count()).toBe(1);
    expect(await page.getByText('Ignored “infomration” (list/unknown-category), kept with the document.', { exact: false }).count()).toBe(1);
    expect(await focused(page)).toBe('summary');
    expect(await keptIgnores(page)).toEqual([
      [{ rule: 'list/unknown-category', text: 'infomration' }],
    ]);

    await page.reload();
    await openAgenda(page, TD514);
    const toggle = page.getByRole('button', { name: '1 ignored rule or finding' });
    await toggle.waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.getByText('No problems found. 1 ignored.').count(), { timeout: 20_000 }).toBe(1);
    expect(await rules(page)).toEqual([]);

    await page.getByRole('button', { name: '1 ignored' }).click();
    const list = page.getByRole('region', { name: 'Ignored findings' });
    expect(await list.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('“infomration” (list/unknown-category)')]);
    expect(await list.getByRole('listitem').first().innerText()).toContain('Document list · 1 finding hidden');
    await list.getByRole('button', { name: 'Restore “infomration” (list/unknown-category)' }).click();
    await expect.poll(() => rules(page)).toEqual(['list/unknown-category']);
    expect(await page.getByText('1 finding.').count()).toBe(1);
    expect(await keptIgnores(page)).toEqual([[]]);

    await page.reload();
    await openAgenda(page, TD514);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => rules(page), { timeout: 20_000 }).toEqual(['list/unknown-category']);
    expect(await page.getByRole('button', { name: /ignored/ }).count()).toBe(0);
    await page.close();
  }, 90_000);

  it('ignores every finding of a rule, and moves the focus to the next finding', async () => {
    const page = await preview.open();
    await sample(page);
    const before = await rules(page);
    expect(before).toEqual(['ref/revision-mismatch', 'ref/never-cited', 'text/placeholder', 'list/unknown-category', 'date/weekend']);
    await ignore(page, 'ref/revision-mismatch', 'Ignore this rule in this document');
    await expect.poll(async () => (await rules(page)).sort()).toEqual(before.slice(1).sort());
    expect(await page.getByText('4 findings. 1 ignored.').count()).toBe(1);
    // The first finding was ignored: the focus is on the one now first.
    expect(await focused(page)).toBe(`finding ${(await rules(page))[0]}`);
    await page.close();
  }, 60_000);

  it('puts the focus on the result after Check, a fix, Settings (closed with Escape or saved) and a write', async () => {
    const page = await preview.open();
    await sample(page);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => focused(page), { timeout: 20_000 }).toBe('summary');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('5 findings.');

    // The fixed finding goes; the focus is on the one after it.
    await page.getByRole('button', { name: 'Change the category to Information' }).click();
    await expect.poll(() => rules(page), { timeout: 20_000 }).toEqual(['ref/revision-mismatch', 'ref/never-cited', 'text/placeholder', 'date/weekend']);
    await expect.poll(() => focused(page)).toBe('finding date/weekend');

    await page.getByRole('button', { name: 'Checking settings' }).click();
    await page.getByRole('dialog', { name: 'Checking settings' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('settings');

    await page.getByRole('button', { name: 'Checking settings' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Settings saved with the document.').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => focused(page)).toBe('settings');

    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.getByRole('button', { name: 'Write Annex A…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Write Annex A?' });
    await dialog.getByRole('button', { name: /^Write \d+ changes?$/ }).click();
    await expect.poll(() => page.getByText('Wrote Annex A.', { exact: false }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => focused(page)).toBe('notice');
    await page.close();
  }, 90_000);

  it.each(['light', 'dark'] as const)('passes axe with colour contrast (%s), the highlight and the ignored list shown', async (scheme) => {
    const page = await preview.open({ colorScheme: scheme, bypassCSP: true });
    await sample(page);
    await page.locator('li[data-rule="text/placeholder"] > button').click();
    await expect.poll(() => page.locator('[aria-current="location"]').count()).toBe(1);
    await ignore(page, 'date/weekend', 'Ignore here');
    await page.getByRole('button', { name: '1 ignored' }).click();
    expect(await axeViolations(page)).toEqual([]);
    // The highlight, measured: its text against its background, at least 4.5:1.
    const ratio = await page.locator('[aria-current="location"]').evaluate((element) => {
      const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const [R, G, B] = [r!, g!, b!].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
      };
      const style = getComputedStyle(element);
      const [a, b] = [luminance(rgb(style.color)), luminance(rgb(style.backgroundColor))].sort((x, y) => y - x);
      return (a! + 0.05) / (b! + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}pane-${scheme}.png` });
    await page.close();
  }, 60_000);

  it('fits 320 px: the page no taller than the window after going to a finding, and item titles wrapped, not cut', async () => {
    const page = await preview.open({ viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
    await sample(page);
    const last = page.locator('li[data-rule] > button').last();
    await last.click();
    await expect.poll(() => page.locator('[aria-current="location"]').count()).toBe(1);
    const sizes = () => page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth, scrolled: window.scrollY }));
    expect(await sizes()).toEqual({ height: 640, width: 320, scrolled: 0 });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}pane-320-findings.png` });

    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.getByRole('heading', { name: 'Agenda timing' }).waitFor();
    const titles = await page.getByRole('spinbutton', { name: /^Minutes for / }).evaluateAll((inputs) =>
      inputs.map((input) => {
        const title = input.closest('[class]')!.parentElement!.previousElementSibling as HTMLElement;
        return { text: title.textContent, clipped: title.scrollWidth > title.clientWidth, lines: Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight)) };
      }),
    );
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => t.clipped)).toEqual([]);
    expect(titles.some((t) => t.lines > 1)).toBe(true);
    expect(await sizes()).toMatchObject({ height: 640, width: 320 });
    await page.screenshot({ path: `${SCREENSHOTS}pane-320-generate.png` });

    // The session's start is 24-hour text, as the agenda writes it.
    const start = page.getByRole('textbox', { name: /Starts at/ }).first();
    expect(await start.getAttribute('type')).toBe('text');
    await start.fill('14:30');
    expect(await page.getByText('Write the time as hh:mm (24-hour)', { exact: false }).count()).toBe(0);
    await start.fill('2:30 PM');
    expect(await page.getByText('Write the time as hh:mm (24-hour), for example 14:30.').count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'Findings' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Check', exact: true }).count()).toBe(1);
    await page.close();
  }, 60_000);
});
