// Agendas written as paragraphs: numbered items ("1 Opening of the meeting", "3.1  TSAG RG-WPR …", or Word list
// numbering), and IETF-style sessions ("Tuesday, 17 July 2018" / "15:50-18:20 Afternoon session II") with timed
// items ("20 min - BCP56bis", "Agenda bashing (4 min)"). Paragraphs and tables after an item belong to it.
import type { Paragraph } from '../model/snapshot';
import { excerpt, squash } from '../text/normalize';
import { findTimes } from '../time/clock';
import { zoneNamedIn } from '../time/zones';
import { resolveDate } from './calendar';
import { locate, rowKey, type Extraction } from './context';
import { PARENTHESES_ARE_MINUTES, writtenMinutes } from './minutes';
import { writtenAction } from './scan';

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?[ \t]+(\S[\s\S]*)$/;
const LABEL_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,4}\.?$/;
/** A number followed by these is a quantity or a date, not an item: "3 min", "1 August 2024". */
const NOT_A_TITLE = /^(?:min|hours?|h\b|[%\-–—]|x\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/i;
const ANNEX = /^(?:Annex|Appendix|Attachment)\b/i;

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
 * "2." under item 3 is 3.2. A list whose first number is past 1 continues the run before it (Word: a second list
 * made to start at 8 after a first that ends at 8 or 7), so the numbers are checked across the two. Paragraphs whose
 * list the reader did not know are one run, as before.
 */
function drawnLists(numbered: Numbered[]): Numbered[][] {
  const runs = new Map<number | undefined, Numbered[]>();
  const outline = new Map<number | undefined, string[]>();
  /** The run each list is part of: its own, or the one it continues. */
  const runOf = new Map<number | undefined, number | undefined>();
  let last: number | undefined;
  for (const drawn of numbered) {
    if (drawn.source !== 'list') continue;
    if (!runOf.has(drawn.list)) {
      const continues = runs.size > 0 && (drawn.listLevel ?? 0) === 0 && Number(drawn.number) > 1;
      runOf.set(drawn.list, continues ? last : drawn.list);
    }
    const item = { ...drawn, list: runOf.get(drawn.list) };
    last = item.list;
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
    if (!heading && note !== '' && writtenAction(note) === undefined) (agendaItem.notes ??= []).push(note);
    return;
  }
  for (let row = 0; row < b.rows.length; row++) {
    const key = rowKey(block, row);
    if (!ctx.itemOf.has(key)) ctx.itemOf.set(key, item);
  }
}

/** "Date: Monday November 4, 2024", "Time: 1730-1900 IST/GMT/UTC", "**Times**: 9:00AM - 5:00PM": a field's label. */
const FIELD_LABEL = /^(?:Dates?|Times?|When|Date\s{0,3}&\s{0,3}time)\s{0,3}:\s{0,3}/i;

/** A window named for a break is not a session of items: "12:15-13:15 - Lunch". */
const BREAK = /^[\s\d:.apm–—-]*(?:lunch|break|coffee|dinner|reception)\b/i;
/** Items under "As Time Allows", "Time Permitting": taken only if the session has time left, so not in its plan. */
const TIME_PERMITTING = /\b(?:as\s{1,3}time\s{1,3}(?:allows|permits)|time\s{1,3}permitting|if\s{1,3}time\s{1,3}permits)\b/i;

/** A timed item open for what follows it: a heading or a bullet, with the minutes it was given, if any. */
interface Opening {
  block: number;
  text: string;
  /** Heading depth (1-6), or list level + 10 for a bullet, so that bullets nest under any heading. */
  depth: number;
  item?: number;
}

function extractSessions(ctx: Extraction): void {
  const { blocks } = ctx.snapshot;
  const bare = blocks.some((b) => b.kind === 'paragraph' && PARENTHESES_ARE_MINUTES.test(b.text));
  let day: string | undefined;
  let session: number | undefined;
  /**
   * Where the session's items may be: under the heading the window is written in (its depth), past the first heading
   * after it ("## Session I" / "* Time: 1730-1900" / "## Agenda"), and not after a list of windows (meeting days).
   */
  let scope: { depth: number; headings: number; items: number } | undefined;
  let sessionAt = -2;
  let optionalDepth: number | undefined;
  let list: number | undefined;
  /** The headings and bullets the current paragraph is under, outermost first. */
  const open: Opening[] = [];
  const addItem = (block: number, title: string, minutes: number | undefined, level: number): number => {
    const within = open.findLast((o) => o.item !== undefined && ctx.meeting.agenda[o.item]!.minutes !== undefined)?.item;
    const inSession = session !== undefined && optionalDepth === undefined ? session : undefined;
    if (scope && inSession !== undefined) scope.items++;
    const numbered = ctx.itemOf.get(rowKey(block));
    if (numbered !== undefined && ctx.meeting.agenda[numbered]!.minutes === undefined) {
      // An item numbered by its list ("1. Updates from the CoC Committee (15m)"): its minutes, not a second item.
      Object.assign(ctx.meeting.agenda[numbered]!, { minutes }, within !== undefined ? { within } : {}, inSession !== undefined ? { session: inSession } : {});
      return numbered;
    }
    list ??= ctx.newAgendaList();
    const index = ctx.meeting.agenda.length;
    ctx.meeting.agenda.push({
      list,
      title,
      level,
      ...(minutes !== undefined ? { minutes } : {}),
      ...(within !== undefined ? { within } : {}),
      ...(inSession !== undefined ? { session: inSession } : {}),
      citations: [],
      location: locate({ block }, (blocks[block] as Paragraph).text.trim().slice(0, 60).trim()),
    });
    if (!ctx.itemOf.has(rowKey(block))) ctx.itemOf.set(rowKey(block), index);
    return index;
  };
  for (let block = 0; block < blocks.length; block++) {
    const b = blocks[block]!;
    if (b.kind !== 'paragraph') continue;
    const written = squash(b.text);
    const text = written.replace(FIELD_LABEL, '');
    const dates = ctx.datesIn(text);
    const range = findTimes(text).find((t) => t.end !== undefined);
    const startsWithDate = dates[0] !== undefined && dates[0].index <= 1;
    if (startsWithDate && !range && text.length < 60) day = resolveDate(ctx, dates[0]!).date ?? day;
    // A window at the start of the line, or after the day it is on: a session's, not a time inside an item.
    const window = range && (range.index <= 1 || startsWithDate) ? range : undefined;
    const depth = headingDepth(b) ?? (b.label !== undefined ? 10 + (b.listLevel ?? 0) : undefined);
    if (depth !== undefined && depth < 10) {
      if (scope && depth <= scope.depth && (scope.headings++ > 0 || scope.items > 0)) session = scope = undefined;
      if (optionalDepth !== undefined && depth <= optionalDepth) optionalDepth = undefined;
      if (TIME_PERMITTING.test(text)) optionalDepth = depth;
    }
    if (window && BREAK.test(text.slice(window.index + window.raw.length))) continue;
    if (window && window.end! <= window.start && window.end !== '00:00') {
      // A window that runs backwards ("14:00-13:30") is a slip to correct, never a session of negative length.
      ctx.issue('parse/unreadable-time', 'backwards', { window: window.raw }, locate({ block }, window.raw));
      continue;
    }
    if (window) {
      // The window's own date; one in parentheses converts the window to another zone ("(01:30 UTC, 26 July 2024)").
      const own = firstOutsideParentheses(text, dates);
      const date = own ? resolveDate(ctx, own).date : day;
      // The zone written with the window ("1730-1900 IST/GMT/UTC"), not one in a conversion after it ("(22:30 UTC)").
      const zone = zoneNamedIn(text.slice(0, window.index + window.raw.length + 12).split('(')[0]!);
      if (zone) ctx.namedZones.push(zone);
      session = ctx.meeting.sessions.length;
      ctx.meeting.sessions.push({
        label: excerpt(written, 80),
        ...(date ? { date } : {}),
        start: window.start,
        end: window.end,
        ...(zone ? { timeZone: zone } : {}),
        location: locate({ block }, window.raw),
      });
      // Windows listed one after another are the meeting's days ("10:00 to 16:00 CET on 29 November 2022", …).
      if (sessionAt === block - 1) session = undefined;
      sessionAt = block;
      scope = { depth: depth !== undefined && depth < 10 ? depth : (open.findLast((o) => o.depth < 10)?.depth ?? 0), headings: 0, items: 0 };
      open.length = 0;
      continue;
    }
    if (depth !== undefined) while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
    // The first line of an item says its minutes; what follows a line break is its description.
    const timed = writtenMinutes(firstLine(b.text).replace(FIELD_LABEL, ''), bare) ?? writtenMinutes(text, bare);
    if (depth === undefined) {
      // "*60 min*" under a heading: the heading's budget; "Agenda bashing (4 min)" on a line of its own: an item.
      const heading = open.at(-1);
      if (timed && timed.title === '' && heading && heading.depth < 10 && heading.item === undefined) {
        heading.item = addItem(heading.block, heading.text, timed.minutes, heading.depth - 1);
      } else if (timed && timed.title !== '') addItem(block, timed.title, timed.minutes, 0);
      continue;
    }
    const parent = open.at(-1);
    const opening: Opening = { block, text: written, depth };
    open.push(opening);
    if (!timed) continue;
    // Minutes without a title of their own in a bullet under an untimed bullet ("- 15 mins (Andreas Rossberg)",
    // "- Time Requested: 15 min") are the parent's: the bullet above is the item.
    const forParent = timed.requested === true || timed.title === '' || timed.title.startsWith('(');
    if (forParent && depth >= 11 && parent && parent.depth >= 10 && parent.item === undefined && parent.text !== '') {
      parent.item = addItem(parent.block, parent.text, timed.minutes, parent.depth - 10);
      open.pop();
      continue;
    }
    if (timed.title === '') continue;
    opening.item = addItem(block, timed.title, timed.minutes, depth >= 10 ? depth - 10 : depth - 1);
  }
}

/** The first date not inside parentheses, in one pass over the text (dates come in order). */
function firstOutsideParentheses<T extends { index: number }>(text: string, dates: readonly T[]): T | undefined {
  let depth = 0;
  let at = 0;
  for (const date of dates) {
    for (; at < date.index; at++) depth += text[at] === '(' ? 1 : text[at] === ')' && depth > 0 ? -1 : 0;
    if (depth === 0) return date;
  }
  return undefined;
}

/** A Markdown heading's depth (1 for "#"). */
function headingDepth(p: Paragraph): number | undefined {
  const match = /^heading (\d)$/.exec(p.style ?? '');
  return match ? Number(match[1]) : undefined;
}

/** A paragraph's first line, without splitting the whole of a long paragraph. */
function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}
