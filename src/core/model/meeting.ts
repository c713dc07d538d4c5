// The Meeting: what an agenda says, as structured data. Every part keeps the Location it came from and its raw text,
// so findings can point at it and generated tables can be traced back. The CLI's JSON is validated by these schemas.
import * as z from 'zod/mini';
import { Location } from './location';

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'is not a date written YYYY-MM-DD' }));
/** A time of day, `HH:MM` (24 h; 24:00 allowed for "end of day"). */
export const Clock = z.string().check(z.regex(/^(?:[01]\d|2[0-4]):[0-5]\d$/, { message: 'is not a time written HH:MM' }));

export const MeetingFacts = z.object({
  /** Standards body: ITU-T, 3GPP, IETF, IEEE. */
  body: z.optional(z.string()),
  /** The group holding the meeting: TSAG, WP2/TSAG, SA WG2, HTTPBIS. */
  group: z.optional(z.string()),
  /** The document's own title line (the agenda heading). */
  title: z.optional(z.string()),
  /** The document's own number (TD514, S2-1911962). */
  documentNumber: z.optional(z.string()),
  /** Where the document writes its own number, in its head: it names the document there, and cites nothing. */
  documentNumberLocation: z.optional(Location),
  /** The meeting's number ("136" for SA WG2 Meeting #136, "102" for IETF 102). */
  meetingNumber: z.optional(z.string()),
  place: z.optional(z.string()),
  start: z.optional(IsoDate),
  end: z.optional(IsoDate),
  /** IANA time zone the agenda's times are in. */
  timeZone: z.optional(z.string()),
  location: z.optional(Location),
});
export type MeetingFacts = z.infer<typeof MeetingFacts>;

/** A time window in which agenda items are taken: a session of a timing table, a grid cell, an IETF session. */
export const Session = z.object({
  label: z.string(),
  date: z.optional(IsoDate),
  start: z.optional(Clock),
  end: z.optional(Clock),
  timeZone: z.optional(z.string()),
  /** The room of one of parallel sessions: a time grid's row within its slot, named by the agenda's room list. */
  room: z.optional(z.string()),
  /** What a time-grid cell holds, one entry a topic as written, without marks and tdoc counts ("Opening (1)"). */
  topics: z.optional(z.array(z.string())),
  /** The times a grid cell's own entries give when they differ from its slot ("09:00 – 10:30 Opening" at 08:00-10:00). */
  held: z.optional(z.object({ start: Clock, end: Clock })),
  /** A time-allocation grid's row band ("08:00 / Q1 / 10:00"): where entries sit, not a limit. The times an entry
   *  writes itself ("09:00 – 10:30 Opening") are the plan. */
  band: z.optional(z.boolean()),
  location: Location,
});
export type Session = z.infer<typeof Session>;

/** A timed entry inside a session: a start time in a timing table, an entry of a time-allocation grid. */
export const Slot = z.object({
  session: z.int().check(z.nonnegative()),
  start: Clock,
  end: z.optional(Clock),
  /** Agenda item numbers the slot covers. */
  items: z.array(z.string()),
  location: Location,
});
export type Slot = z.infer<typeof Slot>;

export const AgendaItem = z.object({
  /** Which numbered sequence the item belongs to: each agenda table or run of numbered paragraphs is one. */
  list: z.int().check(z.nonnegative()),
  /** "3.1"; absent for unnumbered items (IETF agendas). */
  number: z.optional(z.string()),
  title: z.string(),
  /** Depth: 0 for "3", 1 for "3.1". */
  level: z.int().check(z.nonnegative()),
  start: z.optional(Clock),
  /** Planned duration in minutes ("20 min"). */
  minutes: z.optional(z.int().check(z.nonnegative())),
  /**
   * The timed item whose minutes already cover this one (index in the agenda): a group's 45 minutes over its three
   * 15-minute talks are 45 minutes of the session, not 90.
   */
  within: z.optional(z.int().check(z.nonnegative())),
  session: z.optional(z.int().check(z.nonnegative())),
  /** Canonical ids of the meeting documents cited under this item. */
  citations: z.array(z.string()),
  /** The "Summary and Proposal" text, when the agenda has one. */
  proposal: z.optional(z.string()),
  /** What a text agenda writes under the item: its bullet list and other paragraphs (actions apart). */
  notes: z.optional(z.array(z.string())),
  location: Location,
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Citation = z.object({
  /** Canonical id: TD667R1, C5R1, S2-1911962. */
  id: z.string(),
  /** As written: "TD 667 Rev.1". */
  raw: z.string(),
  /** Document series written beside the number: "P" in "TD 230R2(P)", "TSAG" in "TD326/TSAG". */
  series: z.optional(z.string()),
  /** Written in parentheses: not expected to be introduced. */
  parenthesized: z.boolean(),
  /** The agenda item it is cited under. */
  item: z.optional(z.string()),
  location: Location,
});
export type Citation = z.infer<typeof Citation>;

export const ExternalReferenceKind = z.enum([
  'council',
  'report',
  'resolution',
  'recommendation',
  'conference',
  'other-group',
  'ietf',
  'specification',
  'standard',
]);
export const ExternalReference = z.object({
  kind: ExternalReferenceKind,
  raw: z.string(),
  item: z.optional(z.string()),
  location: Location,
});
export type ExternalReference = z.infer<typeof ExternalReference>;

/** One row of a document list (Annex A, a Tdoc list). */
export const DocumentEntry = z.object({
  /** The row's own number, as shown ("1", "12"). */
  number: z.optional(z.string()),
  category: z.optional(z.string()),
  id: z.string(),
  raw: z.string(),
  source: z.optional(z.string()),
  title: z.optional(z.string()),
  /** The agenda item the document is for, when the list says. */
  item: z.optional(z.string()),
  location: Location,
  categoryLocation: z.optional(Location),
});
export type DocumentEntry = z.infer<typeof DocumentEntry>;

export const Action = z.object({
  /**
   * "WP2-4", "RG-IEM-1", "S-101PT13/04"; for an action the document does not number ("Action: Christian to report
   * …" in minutes), its place among those: "Action 1", "Action 2".
   */
  id: z.string(),
  /** The document numbers the action itself; false for "Action 1", a number Docket gave it. */
  numbered: z.optional(z.boolean()),
  /** Agreed at the meeting, as minutes and lists of decisions and actions record it; absent for an agenda's "Anticipated action". */
  agreed: z.optional(z.boolean()),
  text: z.string(),
  item: z.optional(z.string()),
  /** Who is to do it, as written before "to": "IHO Sec and KHOA" in "IHO Sec and KHOA to discuss …". */
  owner: z.optional(z.string()),
  /** When it is due, when the action says ("… by 3 December 2021"). */
  due: z.optional(IsoDate),
  citations: z.array(z.string()),
  location: Location,
});
export type Action = z.infer<typeof Action>;

export const InterimMeeting = z.object({
  /** The group the plan is for ("RG-IEM"). */
  group: z.optional(z.string()),
  date: z.optional(IsoDate),
  start: z.optional(Clock),
  end: z.optional(Clock),
  timeZone: z.optional(z.string()),
  objectives: z.string(),
  deadline: z.optional(IsoDate),
  location: Location,
  /** Where the deadline is written, or the deadline cell when it holds no date yet. */
  deadlineLocation: z.optional(Location),
});
export type InterimMeeting = z.infer<typeof InterimMeeting>;

/**
 * What a date written in the document is for: checks differ for meeting days, deadlines and plain mentions. An
 * action's due date (a list of actions' target column, "Action: … by 3 May") is `due`; the date a status records
 * ("email sent 22/06/24") is `status`; a date a work plan sets for its own people (a draft's or a review's ETA) is
 * `planned`, not a deadline set for others.
 */
export const DateRole = z.enum(['meeting', 'deadline', 'planned', 'mention', 'due', 'status']);
export type DateRole = z.infer<typeof DateRole>;
export const DateMention = z.object({
  raw: z.string(),
  /** The date, when it exists. */
  date: z.optional(IsoDate),
  /** The weekday written beside it ("Thursday"). */
  weekday: z.optional(z.string()),
  /** The year was not written and was taken from the meeting dates. */
  yearInferred: z.boolean(),
  /** The month was not written either ("Tuesday 12th"): the date is the meeting day or date heading it belongs to. */
  monthInferred: z.optional(z.boolean()),
  /** False for a date that does not exist (31 February). */
  valid: z.boolean(),
  role: DateRole,
  location: Location,
});
export type DateMention = z.infer<typeof DateMention>;

/** `meetings`: a table of past and future meetings ("Dates | Location | Host"), read for its dates only. */
/** A time written with its zone, alone or with the same time in other zones: "10:00 CEST", "08:00 PT / 15:00 UTC". */
export const ZonedTime = z.object({
  /** As written, from the first time to the last label. */
  raw: z.string(),
  /** The day it is on: the paragraph's date, a date listed under it, the date above it, or the meeting's first day. */
  date: IsoDate,
  /** Each time with the labels written after it ("10:00 to 16:00 CET (Europe/Madrid)": 10:00, CET and Europe/Madrid). */
  times: z.array(z.object({ clock: Clock, labels: z.array(z.string()).check(z.minLength(1)) })).check(z.minLength(1)),
  location: Location,
});
export type ZonedTime = z.infer<typeof ZonedTime>;

/** Where a deliverable of a work plan stands, as its status cell or a stage's cell says it ("Not Started", "Done"). */
export const WorkState = z.enum(['not-started', 'in-progress', 'done']);
export type WorkState = z.infer<typeof WorkState>;

/** One dated stage of a deliverable: a work plan's date column ("Draft ETA", "Reviewer ETA") in one row. */
export const WorkStage = z.object({
  /** The column's header, as written. */
  name: z.string(),
  /** Where the stage comes in a deliverable's life (start, draft, review, final, end), when the header says. */
  step: z.optional(z.int().check(z.nonnegative())),
  /** The planned date. */
  date: z.optional(IsoDate),
  /** What the cell says instead of a date ("Done"). */
  state: z.optional(WorkState),
  location: Location,
});
export type WorkStage = z.infer<typeof WorkStage>;

/** A deliverable of a work plan ("Item | Author | Draft ETA | Reviewer | Reviewer ETA | Status"): one row. */
export const WorkItem = z.object({
  title: z.string(),
  /** Its dated stages, in column order. */
  stages: z.array(WorkStage),
  /** The status cell, as written and as read. */
  statusText: z.optional(z.string()),
  status: z.optional(WorkState),
  statusLocation: z.optional(Location),
  location: Location,
});
export type WorkItem = z.infer<typeof WorkItem>;

/** A room the agenda lists for the parallel sessions of its time grid ("Main meeting room (170): Naples 6/7"). */
export const Room = z.object({
  /** What the room is for: "Main meeting room", "Breakout room 1". */
  role: z.string(),
  /** The room's own name, when the line gives one: "Naples 6/7". */
  name: z.optional(z.string()),
  location: Location,
});
export type Room = z.infer<typeof Room>;


export const TableKind = z.enum(['agenda', 'document-list', 'interim-meetings', 'time-grid', 'meetings', 'action-list', 'work-plan']);
export type TableKind = z.infer<typeof TableKind>;
/** A table recognised by its header words. */
export const RecognisedTable = z.object({
  kind: TableKind,
  /** The heading above it ("Annex A: Documentation", "RG-DT ..."). */
  title: z.optional(z.string()),
  header: z.array(z.string()),
  /** Data rows, without the header. */
  rows: z.int().check(z.nonnegative()),
  /** A list of actions' agenda items, in order, once where each item's rows start: checked as an agenda's numbers are. */
  items: z.optional(z.array(z.object({ number: z.string(), title: z.string(), location: Location }))),
  location: Location,
});
export type RecognisedTable = z.infer<typeof RecognisedTable>;

export const Meeting = z.object({
  facts: MeetingFacts,
  sessions: z.array(Session),
  slots: z.array(Slot),
  agenda: z.array(AgendaItem),
  citations: z.array(Citation),
  externalReferences: z.array(ExternalReference),
  documents: z.array(DocumentEntry),
  actions: z.array(Action),
  interimMeetings: z.array(InterimMeeting),
  /** The deliverables of a work plan (a schedule of drafts, reviews and their dates). */
  workPlan: z.array(WorkItem),
  dates: z.array(DateMention),
  zonedTimes: z.array(ZonedTime),
  rooms: z.array(Room),
  tables: z.array(RecognisedTable),
});
export type Meeting = z.infer<typeof Meeting>;
