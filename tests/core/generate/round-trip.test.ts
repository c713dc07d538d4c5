// Generating is the inverse of extracting: for random agendas in the TD template's layout — sessions with timed
// items, sub-items citing documents, a document list, an e-meeting plan — the tables Docket generates from the
// extracted Meeting, written into the .docx, read back as the same Meeting; and generating again changes nothing.
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORIES,
  agendaBlock,
  analyse,
  annexBlock,
  deadlineFor,
  interimBlocks,
  sessionPlans,
  spellDate,
  type DeadlineRule,
  type GeneratedBlock,
  type Meeting,
} from '../../../src/core';
import { readDocx } from '../../../src/io/docx/read';
import { replaceTable } from '../../../src/io/docx/rewrite';
import { docx, p, table } from '../../helpers/docx';

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
  })
  .map(({ first, days, sessions, described, interim }) => {
    const cited = [...new Set(sessions.flatMap((s) => s.items.flatMap((i) => i.subs.flatMap((sub) => sub.docs.map((d) => d.n)))))];
    const documents = new Map(cited.map((n, i) => [n, described[i]!]));
    const order = [...cited].sort((a, b) => documents.get(a)!.rank - documents.get(b)!.rank);
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
  const list = [['#', 'Category', 'TD/C #', 'Source', 'Title'], ...a.order.map((n, i) => [String(i + 1), a.documents.get(n)!.category, `TD${n}`, a.documents.get(n)!.source, a.documents.get(n)!.title])];
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

/** Every table Docket generates from a meeting, in the places they go. */
function blocksOf(meeting: Meeting): GeneratedBlock[] {
  const agenda = meeting.tables.find((t) => t.kind === 'agenda')!;
  const annex = annexBlock(meeting, { categories: DEFAULT_CATEGORIES });
  return [agendaBlock(meeting, sessionPlans(meeting, agenda.location.block)), ...interimBlocks(meeting, RULE), ...(annex.spec.rows.length > 0 ? [annex] : [])];
}

function generate(bytes: Uint8Array): Uint8Array {
  const snapshot = readDocx(bytes);
  const meeting = analyse(snapshot).meeting;
  return blocksOf(meeting).reduce((out, block) => replaceTable(out, block, snapshot), bytes);
}

/** What the generators carry, without where it was found. */
function content(meeting: Meeting) {
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).filter(([key]) => !/location$/i.test(key)).map(([key, v]) => [key, strip(v)]))
        : value;
  const { facts, sessions, slots, agenda, citations, documents, interimMeetings, tables } = meeting;
  return strip({ facts, sessions, slots, agenda, citations, documents, interimMeetings, tables: tables.map((t) => [t.kind, t.rows]) });
}

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

describe('generating is the inverse of extracting', () => {
  it('reads the generated tables back as the same Meeting, and generating again changes nothing', () => {
    fc.assert(
      fc.property(agenda, (a) => {
        const source = sourceDocument(a);
        const before = analyse(readDocx(source)).meeting;
        // The agenda as written is what the arbitrary made (so the property is about real content).
        expect(before.agenda.filter((i) => i.level === 0)).toHaveLength(a.sessions.reduce((n, s) => n + s.items.length, 0));
        expect(before.documents.map((d) => d.id)).toEqual(a.order.map((n) => `TD${n}`));
        expect(before.interimMeetings).toHaveLength(a.interim.length);

        const once = generate(source);
        expect(content(analyse(readDocx(once)).meeting)).toEqual(content(before));
        expect(documentXml(generate(once))).toBe(documentXml(once));
      }),
      { numRuns: 60 },
    );
  });
});
