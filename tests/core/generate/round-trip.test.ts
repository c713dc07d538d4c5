// Writing back as a careful person edits by hand, for random agendas in the TD template's layout (sessions with timed
// items, sub-items citing documents, a document list that may lack cited documents or list uncited ones, an
// e-meeting plan): each generator's plan, written into the .docx, changes only what it plans — every other paragraph
// byte for byte — reads back as the agenda it planned, raises no finding the agenda did not have, and planning again
// from what was written changes nothing. Retiming one item changes only Timing cells.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORIES,
  agendaPlan,
  analyse,
  annexPlan,
  deadlineFor,
  interimPlan,
  isEmptyPlan,
  sessionPlans,
  spellDate,
  type DeadlineRule,
  type Meeting,
  type SessionPlan,
  type Snapshot,
} from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { writePlan } from '../../../src/io/docx/rewrite';
import { docx, p, table } from '../../helpers/docx';
import { unplannedChanges } from '../../helpers/write-back';

const WORDS = ['Review', 'report', 'progress', 'liaison', 'work', 'programme', 'plan', 'industry', 'engagement', 'metrics', 'draft', 'terms', 'reference', 'strategic', 'operational', 'outcomes'];
const SOURCES = ['Rapporteur, RG-SOP', 'China', 'TSB', 'Chair, TSAG', 'Vice-chair, WP2', 'Editor'];
const PROPOSALS = ['To note.', 'To adopt.', 'To consider.', 'To agree.'];
const RULE: DeadlineRule = { daysBefore: 8, offWeekends: true };

const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface SubItem {
  title: string;
  docs: { n: number; parenthesized: boolean }[];
  proposal: string;
}
interface Item {
  title: string;
  minutes: number;
  subs: SubItem[];
}
interface Agenda {
  first: string;
  days: number;
  sessions: { day: number; start: number; label: string; items: Item[] }[];
  documents: Map<number, { category: string; source: string; title: string; rank: number }>;
  /** The documents the list holds, in its order: cited ones, perhaps not all, and perhaps some nobody cites. */
  order: number[];
  interim: { after: number; objectives: string }[];
}

const subItem = fc.record({
  title: words(1, 5),
  docs: fc.uniqueArray(fc.record({ n: fc.integer({ min: 100, max: 999 }), parenthesized: fc.boolean() }), { maxLength: 2, selector: (d) => d.n }),
  proposal: fc.constantFrom(...PROPOSALS),
});
const item = fc.record({ title: words(1, 5), minutes: fc.integer({ min: 1, max: 12 }).map((n) => n * 5), subs: fc.array(subItem, { maxLength: 3 }) });

const agenda: fc.Arbitrary<Agenda> = fc
  .record({
    first: fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    days: fc.integer({ min: 1, max: 5 }),
    sessions: fc.array(fc.record({ day: fc.nat(4), start: fc.integer({ min: 96, max: 180 }).map((n) => n * 5), label: words(2, 6), items: fc.array(item, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 2 }),
    // Enough descriptions for every document the sessions can cite (2 × 4 × 3 × 2).
    described: fc.array(fc.record({ category: fc.constantFrom(...DEFAULT_CATEGORIES), source: fc.constantFrom(...SOURCES), title: words(2, 6), rank: fc.double({ min: 0, max: 1, noNaN: true }) }), {
      minLength: 48,
      maxLength: 48,
    }),
    interim: fc.array(fc.record({ after: fc.integer({ min: 20, max: 200 }), objectives: words(2, 6) }), { maxLength: 3 }),
    unlisted: fc.nat(2),
    uncited: fc.uniqueArray(fc.integer({ min: 1000, max: 1999 }), { maxLength: 2 }),
  })
  .map(({ first, days, sessions, described, interim, unlisted, uncited }) => {
    const cited = [...new Set(sessions.flatMap((s) => s.items.flatMap((i) => i.subs.flatMap((sub) => sub.docs.map((d) => d.n)))))];
    const documents = new Map([...cited, ...uncited].map((n, i) => [n, described[i % described.length]!]));
    const order = [...cited.slice(unlisted), ...uncited].sort((a, b) => documents.get(a)!.rank - documents.get(b)!.rank);
    const ordered = sessions.map((s) => ({ ...s, day: s.day % days })).sort((a, b) => a.day - b.day || a.start - b.start);
    // Sessions on the same day do not overlap.
    for (let i = 1; i < ordered.length; i++) {
      const before = ordered[i - 1]!;
      if (before.day === ordered[i]!.day) ordered[i]!.start = Math.max(ordered[i]!.start, before.start + total(before.items));
    }
    return { first, days, sessions: ordered.filter((s) => s.start + total(s.items) < 24 * 60), documents, order, interim };
  })
  .filter((a) => a.sessions.length > 0);

function total(items: Item[]): number {
  return items.reduce((sum, i) => sum + i.minutes, 0);
}

/** The agenda as a secretary writes it in the TD template. */
function sourceDocument(a: Agenda): Uint8Array {
  const last = addDays(a.first, a.days - 1);
  const span = a.days === 1 ? spellDate(a.first, 'd MMMM yyyy') : `${spellDate(a.first, 'd MMMM')} – ${spellDate(last, 'd MMMM yyyy')}`;
  const rows: string[][] = [['Timing', '#', 'Agenda Item', 'Docs', 'Summary and Proposal']];
  const wide = (text: string) => `<w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr>${p(text)}</w:tc>`;
  const lines = (texts: string[]) => (texts.length === 0 ? p('') : texts.map((t) => p(t)).join(''));
  let number = 0;
  for (const session of a.sessions) {
    const date = addDays(a.first, session.day);
    const end = session.start + total(session.items);
    rows.push([lines([spellDate(date, 'EEEE, d MMMM'), `${clock(session.start)} - ${clock(end)} hours Geneva time`]), '', wide(session.label)]);
    let at = session.start;
    for (const it of session.items) {
      number++;
      rows.push([`${clock(at)} hours`, String(number), wide(it.title)]);
      at += it.minutes;
      it.subs.forEach((sub, k) => {
        const docs = sub.docs.map((d) => (d.parenthesized ? `(TD${d.n})` : `TD${d.n}`));
        rows.push(['', `${number}.${k + 1}`, sub.title, lines(docs), sub.proposal]);
      });
    }
  }
  const list = [['#', 'Category', 'TD/C #', 'Source', 'Title'], ...a.order.map((n, i) => [`${i + 1}.`, a.documents.get(n)!.category, `TD${n}`, a.documents.get(n)!.source, a.documents.get(n)!.title])];
  const lastDate = addDays(a.first, a.days - 1);
  const plan = [
    ['Date, Time (Geneva time)', 'Objectives', 'Contribution Deadline'],
    ...a.interim.map(({ after, objectives }) => {
      const date = addDays(lastDate, after);
      return [lines([spellDate(date, 'd MMMM yyyy'), '13:00 – 15:00']), objectives, spellDate(deadlineFor(date, RULE), 'd MMMM yyyy')];
    }),
  ];
  return docx(
    [
      p('TSAG'),
      p(`Draft agenda for the TSAG meeting (Geneva, ${span})`),
      p('Agenda'),
      table(rows),
      ...(a.interim.length > 0 ? [p('Interim e-meetings of RG-IEM'), table(plan)] : []),
      ...(a.order.length > 0 ? [p('Annex A:'), p('Documentation'), table(list)] : []),
    ].join(''),
  );
}

interface Written {
  bytes: Uint8Array;
  snapshot: Snapshot;
  meeting: Meeting;
}

function read(bytes: Uint8Array): Written {
  const snapshot = readDocx(bytes);
  return { bytes, snapshot, meeting: analyse(snapshot).meeting };
}

/** The timing as the agenda has it now. */
function plansOf(meeting: Meeting): SessionPlan[] {
  return sessionPlans(meeting, meeting.tables.find((t) => t.kind === 'agenda')!.location.block);
}

const findings = (bytes: Uint8Array) => analyse(readDocx(bytes)).findings.map((f) => `${f.ruleId}: ${f.message}`);

describe('writing back only what was asked', () => {
  it('brings Annex A up to date and changes nothing else; no new finding; planning again writes nothing', () => {
    fc.assert(
      fc.property(agenda, (a) => {
        const source = read(sourceDocument(a));
        expect(source.meeting.documents.map((d) => d.id)).toEqual(a.order.map((n) => `TD${n}`));
        const plan = annexPlan(source.meeting, source.snapshot, { categories: DEFAULT_CATEGORIES });
        const cited = new Set(source.meeting.citations.map((c) => c.id));
        const listed = new Set(source.meeting.documents.map((d) => d.id));
        expect(isEmptyPlan(plan)).toBe([...cited].every((id) => listed.has(id)));
        if (isEmptyPlan(plan)) return;
        const written = read(writePlan(source.bytes, plan).bytes);
        expect(unplannedChanges(source.bytes, written.bytes, plan)).toEqual([]);
        expect(new Set(written.meeting.documents.map((d) => d.id))).toEqual(new Set([...listed, ...cited]));
        expect(written.meeting.documents.map((d) => d.number)).toEqual(written.meeting.documents.map((_, i) => String(i + 1)));
        const before = new Set(findings(source.bytes));
        expect(findings(written.bytes).filter((f) => !before.has(f))).toEqual([]);
        expect(isEmptyPlan(annexPlan(written.meeting, written.snapshot, { categories: DEFAULT_CATEGORIES }))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('retimes with nothing changed by writing nothing, and one changed item by rewriting only the Timing cells after it', () => {
    fc.assert(
      fc.property(agenda, fc.nat(), fc.integer({ min: -3, max: 6 }), (a, pick, delta) => {
        const source = read(sourceDocument(a));
        expect(isEmptyPlan(agendaPlan(source.meeting, source.snapshot, plansOf(source.meeting)))).toBe(true);
        const plans = plansOf(source.meeting);
        const timed = plans.flatMap((p) => p.timed.filter((t) => t.slot && t.minutes > 0));
        const chosen = timed[pick % timed.length]!;
        const minutes = Math.max(5, chosen.minutes + delta * 5);
        const changed = plans.map((p) => ({ ...p, timed: p.timed.map((t) => (t === chosen ? { ...t, minutes } : t)) }));
        const plan = agendaPlan(source.meeting, source.snapshot, changed);
        const timing = source.meeting.tables.find((t) => t.kind === 'agenda')!;
        expect(plan.edits.every((e) => e.location.block === timing.location.block && e.location.col === 0)).toBe(true);
        expect(plan.added.length + plan.dropped.length).toBe(0);
        const written = read(writePlan(source.bytes, plan).bytes);
        expect(unplannedChanges(source.bytes, written.bytes, plan)).toEqual([]);
        const now = plansOf(written.meeting);
        const expected = changed.flatMap((p) => {
          let at = Number(p.start!.slice(0, 2)) * 60 + Number(p.start!.slice(3));
          return p.timed.filter((t) => t.slot).map((t) => clock((at += t.minutes) - t.minutes));
        });
        expect(now.flatMap((p) => p.timed.filter((t) => t.slot).map((t) => t.item.start))).toEqual(expected);
        expect(isEmptyPlan(agendaPlan(written.meeting, written.snapshot, plansOf(written.meeting)))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('sets e-meeting deadlines by a new rule in the deadline cells only; the agenda’s own rule writes nothing', () => {
    fc.assert(
      fc.property(agenda, fc.integer({ min: 1, max: 20 }), fc.boolean(), (a, daysBefore, offWeekends) => {
        if (a.interim.length === 0) return;
        const source = read(sourceDocument(a));
        expect(isEmptyPlan(interimPlan(source.meeting, source.snapshot, RULE))).toBe(true);
        const rule = { daysBefore, offWeekends };
        const plan = interimPlan(source.meeting, source.snapshot, rule);
        expect(plan.edits.every((e) => e.location.col === 2)).toBe(true);
        const written = read(writePlan(source.bytes, plan).bytes);
        expect(unplannedChanges(source.bytes, written.bytes, plan)).toEqual([]);
        expect(written.meeting.interimMeetings.map((m) => m.deadline)).toEqual(source.meeting.interimMeetings.map((m) => deadlineFor(m.date!, rule)));
        expect(isEmptyPlan(interimPlan(written.meeting, written.snapshot, rule))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
