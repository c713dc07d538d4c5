// Every command and the pane's worker load the core first: loading it must do no work a command may not need. The
// first Intl.DateTimeFormat a process makes starts ICU (about 25 ms), which the full UTCDate did at load.
import { expect, it, vi } from 'vitest';

it('loads without making a date formatter', async () => {
  const made = vi.spyOn(Intl, 'DateTimeFormat');
  const core = await import('../../src/core');
  expect(core.RULES.length).toBeGreaterThan(30);
  expect(made).not.toHaveBeenCalled();
  expect(core.weekdayOf('2026-12-02')).toBe('Wednesday');
});
