// An independent reader opens what Docket writes: LibreOffice converts every .docx the writers produce — rows added
// to Annex A, an agenda retimed, deadlines moved, a new list where there was none — to PDF without an error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, agendaPlan, analyse, annexPlan, interimPlan, isEmptyPlan, sessionPlans, type Plan, type Snapshot, type Meeting } from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { writePlan } from '../../../src/io/docx/rewrite';
import { SA2_136, TD514, WP2, bytesOf } from '../../helpers/shared';

const SAMPLE = new URL('../../../samples/rg-wm-draft-agenda.docx', import.meta.url).pathname;

/** Every plan Docket makes for a document, with something changed so each writes. */
function plans(snapshot: Snapshot, meeting: Meeting): Plan[] {
  const sessions = [...new Set(meeting.sessions.map((s) => s.location.block))].flatMap((block) => sessionPlans(meeting, block)).filter((p) => p.timed.some((t) => t.slot));
  const longer = sessions.map((p, i) => (i === 0 ? { ...p, timed: p.timed.map((t, k) => (k === 0 ? { ...t, minutes: t.minutes + 10 } : t)) } : p));
  return [
    annexPlan(meeting, snapshot, { categories: DEFAULT_CATEGORIES, dropUncited: true }),
    agendaPlan(meeting, snapshot, longer),
    interimPlan(meeting, snapshot, { daysBefore: 12, offWeekends: true }),
  ].filter((plan) => !isEmptyPlan(plan));
}

describe('what Docket writes, opened by LibreOffice', () => {
  it('converts every written .docx to PDF', () => {
    const folder = mkdtempSync(join(tmpdir(), 'docket-lo-'));
    const written: string[] = [];
    for (const path of [SAMPLE, TD514, WP2, SA2_136]) {
      let bytes = bytesOf(path);
      for (const plan of plans(readDocx(bytes), analyse(readDocx(bytes)).meeting)) bytes = writePlan(bytes, plan).bytes;
      const name = `written-${written.length + 1}.docx`;
      writeFileSync(join(folder, name), bytes);
      written.push(name);
    }
    expect(written).toHaveLength(4);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(folder, 'profile')}`, '--convert-to', 'pdf', '--outdir', folder, ...written.map((n) => join(folder, n))], {
      cwd: folder,
      stdio: 'pipe',
      timeout: 240_000,
    });
    for (const name of written) {
      const pdf = join(folder, name.replace(/\.docx$/, '.pdf'));
      expect(existsSync(pdf), `${name} was not converted`).toBe(true);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(5_000);
    }
  }, 300_000);
});
