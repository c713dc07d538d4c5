// Agendas written as paragraphs: numbered items ("1 Opening of the meeting", "3.1  TSAG RG-WPR …", or Word list
// numbering), and IETF-style sessions ("Tuesday, 17 July 2018" / "15:50-18:20 Afternoon session II") with timed
// items ("20 min - BCP56bis", "Agenda bashing (4 min)"). Paragraphs and tables after an item belong to it.
import type { Paragraph } from '../model/snapshot';
import { excerpt, squash } from '../text/normalize';
import { findTimes } from '../time/clock';
import { findDates } from '../time/dates';
import { zoneNamedIn } from '../time/zones';
import { resolveDate } from './calendar';
import { locate, rowKey, type Extraction } from './context';
import { ACTION } from './scan';

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?[ \t]+(\S[\s\S]*)$/;
const LABEL_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?$/;
/** A number followed by these is a quantity or a date, not an item: "3 min", "1 August 2024". */
const NOT_A_TITLE = /^(?:min|mins|minutes?|hours?|h\b|%|x\b|[-–—]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/i;
const ANNEX = /^(?:Annex|Appendix|Attachment)\b/i;
const MINUTES_FIRST = /^(\d{1,3})\s*min(?:ute)?s?\.?\s*[-–—:]\s*(\S[\s\S]*)$/i;
/** "(4 min)" ending an item; found at the end rather than after a lazy title, which backtracked over long spaces. */
const MINUTES_AT_END = /\((\d{1,3})\s*min(?:ute)?s?\.?\)$/i;

interface Numbered {
  block: number;
  number: string;
  title: string;
  /** Typed in the text ("3.1 Title"), or drawn by Word's list numbering. */
  source: 'text' | 'list';
  /** The list a drawn number counts in, when the reader knows it (a Markdown list). */
  list?: number;
  /** The list level of a drawn number. */
  listLevel?: number;
}

/** Paragraphs numbered by Word make an agenda from three items on: two numbered sentences are just a list. */
const MINIMUM = { text: 2, list: 3 } as const;

export function extractTextAgenda(ctx: Extraction): void {
  const { blocks } = ctx.snapshot;
  const numbered: Numbered[] = [];
  let end = blocks.length;
  for (let block = 0; block < blocks.length; block++) {
    const b = blocks[block]!;
    if (b.kind !== 'paragraph') continue;
    if (numbered.length > 0 && ANNEX.test(b.text.trim())) {
      end = block;
      break;
    }
    const item = numberedItem(b);
    if (item) numbered.push({ block, ...item });
  }
  const text = numbered.filter((n) => n.source === 'text');
  if (text.length >= MINIMUM.text) addNumberedItems(ctx, text, end);
  for (const items of drawnLists(numbered)) if (items.length >= MINIMUM.list) addNumberedItems(ctx, items, end);
  extractSessions(ctx);
}

/**
 * Items numbered by a list, one run per list, numbered as a reader sees them: an item of a nested list that shows
 * "2." under item 3 is 3.2. Paragraphs whose list the reader did not know are one run, as before.
 */
function drawnLists(numbered: Numbered[]): Numbered[][] {
  const runs = new Map<number | undefined, Numbered[]>();
  const outline = new Map<number | undefined, string[]>();
  for (const item of numbered) {
    if (item.source !== 'list') continue;
    const numbers = outline.get(item.list) ?? [];
    const level = item.listLevel ?? 0;
    numbers.length = Math.min(numbers.length, level);
    const parent = numbers[level - 1];
    const number = level > 0 && parent !== undefined && !item.number.includes('.') ? `${parent}.${item.number}` : item.number;
    numbers[level] = number;
    outline.set(item.list, numbers);
    const run = runs.get(item.list) ?? [];
    run.push({ ...item, number });
    runs.set(item.list, run);
  }
  return [...runs.values()];
}

function numberedItem(p: Paragraph): Omit<Numbered, 'block'> | undefined {
  const text = squash(p.text);
  if (p.label !== undefined && LABEL_NUMBER.test(p.label)) {
    if (text === '' || NOT_A_TITLE.test(text)) return undefined;
    return { number: p.label.replace(/\.$/, ''), title: text, source: 'list', listLevel: p.listLevel ?? 0, ...(p.list !== undefined ? { list: p.list } : {}) };
  }
  if (p.label !== undefined) return undefined;
  const match = NUMBERED.exec(text);
  if (!match || NOT_A_TITLE.test(match[2]!) || match[2]!.length > 250) return undefined;
  return { number: match[1]!, title: match[2]!, source: 'text' };
}

function addNumberedItems(ctx: Extraction, numbered: Numbered[], end: number): void {
  const list = ctx.newAgendaList();
  numbered.forEach((item, i) => {
    const index = ctx.meeting.agenda.length;
    ctx.meeting.agenda.push({
      list,
      number: item.number,
      title: item.title,
      level: item.number.split('.').length - 1,
      citations: [],
      location: locate({ block: item.block }, item.number),
    });
    const until = numbered[i + 1]?.block ?? end;
    for (let block = item.block; block < until; block++) claim(ctx, block, index);
  });
}

/** Text under an item belongs to it: its paragraphs (kept as notes, actions apart), and the rows of tables that are not agendas themselves. */
function claim(ctx: Extraction, block: number, item: number): void {
  const b = ctx.block(block);
  const agendaItem = ctx.meeting.agenda[item]!;
  if (b.kind === 'paragraph') {
    const heading = agendaItem.location.block === block;
    if (!ctx.itemOf.has(rowKey(block)) || heading) ctx.itemOf.set(rowKey(block), item);
    const note = squash(b.text);
    if (!heading && note !== '' && !ACTION.test(note)) (agendaItem.notes ??= []).push(note);
    return;
  }
  for (let row = 0; row < b.rows.length; row++) {
    const key = rowKey(block, row);
    if (!ctx.itemOf.has(key)) ctx.itemOf.set(key, item);
  }
}

function extractSessions(ctx: Extraction): void {
  const { blocks } = ctx.snapshot;
  let day: string | undefined;
  let session: number | undefined;
  let list: number | undefined;
  for (let block = 0; block < blocks.length; block++) {
    const b = blocks[block]!;
    if (b.kind !== 'paragraph') continue;
    const text = squash(b.text);
    const dates = findDates(text);
    const range = findTimes(text).find((t) => t.end !== undefined);
    const startsWithDate = dates[0] !== undefined && dates[0].index <= 1;
    if (startsWithDate && !range && text.length < 60) day = resolveDate(ctx, dates[0]!).date ?? day;
    if (range && (range.index <= 1 || startsWithDate)) {
      const date = startsWithDate ? resolveDate(ctx, dates[0]!).date : day;
      const zone = zoneNamedIn(text);
      if (zone) ctx.namedZones.push(zone);
      session = ctx.meeting.sessions.length;
      ctx.meeting.sessions.push({
        label: excerpt(text, 80),
        ...(date ? { date } : {}),
        start: range.start,
        end: range.end,
        ...(zone ? { timeZone: zone } : {}),
        location: locate({ block }, range.raw),
      });
      continue;
    }
    const timed = MINUTES_FIRST.exec(text);
    const timedLast = timed ? undefined : minutesLast(text);
    if (!timed && !timedLast) continue;
    const minutes = Number(timed ? timed[1] : timedLast!.minutes);
    const title = timed ? timed[2]! : timedLast!.title;
    list ??= ctx.newAgendaList();
    const index = ctx.meeting.agenda.length;
    ctx.meeting.agenda.push({
      list,
      title,
      level: b.listLevel ?? 0,
      minutes,
      ...(session !== undefined ? { session } : {}),
      citations: [],
      location: locate({ block }, b.text.trim().slice(0, 60).trim()),
    });
    if (!ctx.itemOf.has(rowKey(block))) ctx.itemOf.set(rowKey(block), index);
  }
}

/** "Agenda bashing (4 min)": the title before the minutes, which must not be empty. */
function minutesLast(text: string): { title: string; minutes: string } | undefined {
  const match = MINUTES_AT_END.exec(text);
  const title = match ? text.slice(0, match.index).trim() : '';
  return match && title !== '' ? { title, minutes: match[1]! } : undefined;
}
