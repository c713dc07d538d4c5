// Writing back into documents other people wrote (the seeds, the 3GPP agendas, the agendas and notices in more/): each
// generator's plan changes only what it plans — every other paragraph byte for byte, every other part of the package
// as it was — Docket's own output raises no finding the document did not have, and planning again writes nothing.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, agendaPlan, analyse, annexPlan, deadlineRuleOf, interimPlan, isEmptyPlan, sessionPlans, type Meeting, type SessionPlan } from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { writePlan } from '../../../src/io/docx/rewrite';
import { CORPUS, TD514, WP2, bytesOf } from '../../helpers/shared';
import { unplannedChanges } from '../../helpers/write-back';

const SAMPLE = new URL('../../../samples/rg-wm-draft-agenda.docx', import.meta.url).pathname;
const more = join(CORPUS, 'more');
const documents = [
  SAMPLE,
  TD514,
  WP2,
  ...readdirSync(join(CORPUS, 'docx')).filter((f) => f.endsWith('.docx')).map((f) => join(CORPUS, 'docx', f)),
  ...readdirSync(more).filter((f) => f.endsWith('.docx')).map((f) => join(more, f)),
];

const findings = (bytes: Uint8Array) => new Set(analyse(readDocx(bytes)).findings.map((f) => `${f.ruleId}: ${f.message}`));
const plansOf = (meeting: Meeting): SessionPlan[] =>
  [...new Set(meeting.sessions.map((s) => s.location.block))].flatMap((block) => sessionPlans(meeting, block)).filter((p) => p.timed.some((t) => t.slot));

describe.each(documents.map((path) => [basename(path), path]))('writing back into %s', (_, path) => {
  const bytes = bytesOf(path);
  const snapshot = readDocx(bytes);
  const { meeting } = analyse(snapshot);

  it('brings Annex A up to date, changing nothing else and raising no new finding; again, it writes nothing', () => {
    const plan = annexPlan(meeting, snapshot, { categories: DEFAULT_CATEGORIES });
    if (isEmptyPlan(plan)) return;
    const written = writePlan(bytes, plan).bytes;
    expect(unplannedChanges(bytes, written, plan)).toEqual([]);
    const before = findings(bytes);
    expect([...findings(written)].filter((f) => !before.has(f))).toEqual([]);
    const again = readDocx(written);
    expect(isEmptyPlan(annexPlan(analyse(again).meeting, again, { categories: DEFAULT_CATEGORIES }))).toBe(true);
  });

  it('retimes with nothing changed by writing nothing, and a longer first item by rewriting only times after it', () => {
    const plans = plansOf(meeting);
    expect(isEmptyPlan(agendaPlan(meeting, snapshot, plans))).toBe(true);
    const first = plans[0]?.timed.find((t) => t.slot);
    if (!first) return;
    const longer = plans.map((p, i) => (i === 0 ? { ...p, timed: p.timed.map((t) => (t === first ? { ...t, minutes: t.minutes + 5 } : t)) } : p));
    const plan = agendaPlan(meeting, snapshot, longer);
    const written = writePlan(bytes, plan).bytes;
    expect(unplannedChanges(bytes, written, plan)).toEqual([]);
    const again = readDocx(written);
    const now = analyse(again).meeting;
    expect(isEmptyPlan(agendaPlan(now, again, plansOf(now)))).toBe(true);
  });

  it('sets the e-meeting deadlines by the agenda’s own rule without a change, and by another in the deadline cells only', () => {
    const own = deadlineRuleOf(meeting.interimMeetings);
    if (own) expect(isEmptyPlan(interimPlan(meeting, snapshot, own))).toBe(true);
    const plan = interimPlan(meeting, snapshot, { daysBefore: 12, offWeekends: true });
    if (isEmptyPlan(plan)) return;
    const written = writePlan(bytes, plan).bytes;
    expect(unplannedChanges(bytes, written, plan)).toEqual([]);
  });
});
