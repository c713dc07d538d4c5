// An independent reader opens what Docket writes: LibreOffice converts every .docx the writers produce — rows added
// to Annex A, an agenda retimed, deadlines moved, a new list where there was none, every fix applied — for every
// fixture and corpus document Docket writes into, to PDF without an error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_CONFIG_FILE } from '../../../src/cli/config';
import { fix } from '../../../src/cli/edit';
import { DEFAULT_CATEGORIES, agendaPlan, analyse, annexPlan, interimPlan, isEmptyPlan, sessionPlans, type Plan, type Snapshot, type Meeting } from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { writePlan } from '../../../src/io/docx/rewrite';
import { CORPUS, SA2_164_LIST, TD514, WP2, bytesOf } from '../../helpers/shared';

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

/** The fixtures and every corpus .docx but the 1,700-row Tdoc list, which holds nothing Docket writes into. */
const DOCUMENTS = [
  SAMPLE,
  TD514,
  WP2,
  ...['docx', 'more'].flatMap((dir) => readdirSync(join(CORPUS, dir)).filter((f) => f.endsWith('.docx')).map((f) => join(CORPUS, dir, f))),
].filter((path) => path !== SA2_164_LIST);

describe('what Docket writes, opened by LibreOffice', () => {
  it('converts every written .docx to PDF', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'docket-lo-'));
    const written: string[] = [];
    for (const path of DOCUMENTS) {
      let bytes = bytesOf(path);
      const planned = plans(readDocx(bytes), analyse(readDocx(bytes)).meeting);
      for (const plan of planned) bytes = writePlan(bytes, plan).bytes;
      if (planned.length > 0) {
        written.push(`written-${written.length + 1}.docx`);
        writeFileSync(join(folder, written.at(-1)!), bytes);
      }
      const fixed = join(folder, `fixed-${written.length + 1}.docx`);
      if ((await fix(path, fixed, NO_CONFIG_FILE)).ok && existsSync(fixed)) written.push(fixed.slice(folder.length + 1));
    }
    // Annex A, the timing or the deadlines in the sample, TD514 and WP2 (a new Annex A there); the SA2 agendas cite
    // no document of their meeting (their own number names them; S2-150746 is from 2015), so nothing is written into
    // them; the fixes of the sample and TD514.
    expect(written.filter((n) => n.startsWith('written-'))).toHaveLength(3);
    expect(written.filter((n) => n.startsWith('fixed-'))).toHaveLength(2);
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
