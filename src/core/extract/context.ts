// What extraction shares while it walks the document: the Meeting being built, the parse issues, and which agenda
// item and which kind of date each piece of text belongs to (set by the table and paragraph extractors, read by the
// final pass that collects citations, actions and dates from all the text).
import type { Location } from '../model/location';
import type { MessageData } from '../rules/messages';
import type { DateRole, Meeting, Session } from '../model/meeting';
import type { Block, Cell, Paragraph, Snapshot } from '../model/snapshot';
import { paragraphsOf } from '../model/contents';
import { findDates, type FoundDate } from '../time/dates';

/** One paragraph of text somewhere in the document: a paragraph block or a paragraph inside a table cell. */
export interface Spot {
  text: string;
  paragraph: Paragraph;
  at: Omit<Location, 'text'>;
}

/**
 * What extraction could not understand, for a parse rule (`ruleId`) to report: one of that rule's message ids and the
 * data for its placeholders. The rule's messages are the words; the checker renders them and stamps the severity.
 */
export interface ParseIssue {
  ruleId: string;
  messageId: string;
  data: MessageData;
  location: Location;
}

export interface ExtractOptions {
  /** Time zone when the agenda names none and its place is unknown. */
  timeZone?: string;
}

export class Extraction {
  readonly meeting: Meeting = {
    facts: {},
    sessions: [],
    slots: [],
    agenda: [],
    citations: [],
    externalReferences: [],
    documents: [],
    actions: [],
    interimMeetings: [],
    workPlan: [],
    dates: [],
    zonedTimes: [],
    rooms: [],
    tables: [],
  };
  readonly issues: ParseIssue[] = [];
  /** Agenda item (index into meeting.agenda) that a table row or a paragraph block belongs to. */
  readonly itemOf = new Map<string, number>();
  /** What the dates in a piece of text are: meeting days, deadlines. */
  readonly dateRoleOf = new Map<string, DateRole>();
  /** Tables whose rows are data, not agenda text: document lists (their numbers are not citations). */
  readonly listTables = new Set<number>();
  /** Time zones the agenda names where it gives times (session headers, e-meeting plans). */
  readonly namedZones: string[] = [];
  /** The hours the head writes after the meeting's one day: its session when the agenda gives none of its own. */
  headSession: Session | undefined;
  /** Actions the document writes without a number ("Action: Christian to …"), so far: the next is "Action n+1". */
  unnumberedActions = 0;
  private lists = 0;
  private readonly datesRead = new Map<string, readonly FoundDate[]>();

  constructor(
    readonly snapshot: Snapshot,
    readonly options: ExtractOptions,
  ) {}

  /** A new numbered sequence of agenda items. */
  newAgendaList(): number {
    return this.lists++;
  }

  /** The dates written in a text, read once however many passes ask (the sessions, the facts, the final pass). */
  datesIn(text: string): readonly FoundDate[] {
    let found = this.datesRead.get(text);
    if (!found) this.datesRead.set(text, (found = findDates(text)));
    return found;
  }

  /** Something the reader saw but could not understand, in the words of a message of the parse rule `ruleId`. */
  issue(ruleId: string, messageId: string, data: MessageData, location: Location): void {
    this.issues.push({ ruleId, messageId, data, location });
  }

  block(index: number): Block {
    return this.snapshot.blocks[index]!;
  }

  /** Every paragraph of the document in order, with its location. */
  *spots(): Generator<Spot> {
    for (const { paragraph, at } of paragraphsOf(this.snapshot)) yield { text: paragraph.text, paragraph, at };
  }
}

/** Key of a table row or paragraph block, for the maps above. */
export function rowKey(block: number, row?: number): string {
  return row === undefined ? `${block}` : `${block}:${row}`;
}

/** Key of one paragraph (in a cell or not). */
export function spotKey(at: Omit<Location, 'text'>): string {
  return `${at.block}:${at.row ?? ''}:${at.col ?? ''}:${at.paragraph ?? ''}`;
}

/**
 * A location quoting the first non-empty paragraph of a cell (at most `max` characters of it, literally, so a host
 * can find the text in the document).
 */
export function locateCell(at: { block: number; row: number; col: number }, cell: Cell | undefined, max = 80): Location {
  const paragraphs = cell?.paragraphs ?? [];
  const index = Math.max(0, paragraphs.findIndex((p) => p.text.trim() !== ''));
  const text = (paragraphs[index]?.text ?? '').trim().slice(0, max).trim();
  return { ...at, paragraph: index, text };
}

/**
 * The longest text a location quotes: enough to find the spot again (Word searches at most 255 characters), and a
 * 50 MB cell is never copied into every finding and every JSON line that points at it.
 */
export const MAX_QUOTE = 200;

/** A location for some text found at a spot, quoting at most MAX_QUOTE characters of it. */
export function locate(at: Omit<Location, 'text'>, text: string): Location {
  return { ...at, text: text.length <= MAX_QUOTE ? text : text.slice(0, /[\ud800-\udbff]/.test(text[MAX_QUOTE - 1]!) ? MAX_QUOTE - 1 : MAX_QUOTE) };
}
