// The action register: one row per action — its id, agenda item, text, the verb that says what is to be done
// (agree, approve, instruct, …), who it is addressed to (the owner the action names: "Christian to report …"), the
// documents it cites, the meeting, and the columns the secretariat keeps up to date by hand: status (Anticipated for an
// agenda's action, Agreed for one that minutes or a list of actions record), due date (filled from the action when it
// says, "… by 3 December 2021") and notes.
import type { Action, Meeting } from '../model/meeting';
import { ACTION_VERB } from '../text/action-verbs';
import { looseKey, squash } from '../text/normalize';
import { findDates, isoDate } from '../time/dates';
import type { TableSpec } from './table-spec';

export const ACTION_STATUSES = ['Anticipated', 'Agreed', 'Approved', 'Not agreed', 'Deferred', 'Done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface RegisterRow {
  id: string;
  item: string;
  text: string;
  verb: string;
  addressedTo: string;
  documents: string;
  meeting: string;
  status: string;
  /** `YYYY-MM-DD`, or empty. */
  due: string;
  notes: string;
}

export type RegisterField = keyof RegisterRow;

/** One column of the register, as every writer draws it (the .xlsx file, the Excel sheet, Word) and every merge keeps it. */
export interface RegisterColumn {
  field: RegisterField;
  header: string;
  /** Width in characters (Excel's unit); Word takes the widths as proportions. */
  width: number;
  /** The secretariat's column: an import from the agenda never overwrites it (an empty Status is filled). */
  kept: boolean;
  /** What its cells hold: text stays text ("4.10" is an agenda item, not the number 4.1); a date is a real date. */
  type: 'text' | 'date';
}

/** The register's columns, in order: the one definition of them. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { field: 'id', header: 'Action', width: 11, kept: false, type: 'text' },
  { field: 'item', header: 'Agenda item', width: 8, kept: false, type: 'text' },
  { field: 'text', header: 'Action text', width: 60, kept: false, type: 'text' },
  { field: 'verb', header: 'Verb', width: 11, kept: false, type: 'text' },
  { field: 'addressedTo', header: 'Addressed to', width: 22, kept: false, type: 'text' },
  { field: 'documents', header: 'Documents', width: 16, kept: false, type: 'text' },
  { field: 'meeting', header: 'Meeting', width: 22, kept: false, type: 'text' },
  { field: 'status', header: 'Status', width: 13, kept: true, type: 'text' },
  { field: 'due', header: 'Due', width: 12, kept: true, type: 'date' },
  { field: 'notes', header: 'Notes', width: 30, kept: true, type: 'text' },
];

/** The sheet a new register is written on, in Excel and in an .xlsx file. */
export const REGISTER_SHEET = 'Action register';

/** A name for a new sheet beside sheets of these names: `name`, else "name (2)", "name (3)"… as Excel numbers copies. */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) if (!lower.has(`${name} (${n})`.toLowerCase())) return `${name} (${n})`;
}

export const REGISTER_HEADER: readonly string[] = REGISTER_COLUMNS.map((c) => c.header);
/** The register's fields, in the order of its columns (REGISTER_HEADER). */
export const REGISTER_FIELDS: readonly RegisterField[] = REGISTER_COLUMNS.map((c) => c.field);
/** The fields the secretariat keeps by hand: an import from the agenda never overwrites them. */
export const KEPT_FIELDS: readonly RegisterField[] = REGISTER_COLUMNS.filter((c) => c.kept).map((c) => c.field);
/** The format of a date cell: the ISO date the register's text uses. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/** How an overdue action is drawn, in Excel and in the .xlsx file. */
export const OVERDUE_STYLE = { fill: '#FCE4D6', font: '#9C0006' } as const;

/**
 * Excel's rule for an overdue action — a due date (a real date, a number to Excel) before today, on an action not
 * done — for the cells of the first row it covers: `overdueFormula('$I2', '$H2')`.
 */
export function overdueFormula(due: string, status: string): string {
  return `AND(ISNUMBER(${due}),${due}<TODAY(),${status}<>"Done")`;
}

/** Whether a merge writes the agenda's value into a cell that holds `kept`: the agenda's columns, and an empty Status. */
export function takesAgendaValue(field: RegisterField, kept: string): boolean {
  return !KEPT_FIELDS.includes(field) || (field === 'status' && kept.trim() === '');
}

/**
 * Pairs the rows of a register the user keeps (their action ids, in order) with the agenda's actions: by id, the
 * n-th row of an id with the n-th action of that id, so two actions with one id (an action/duplicate-id finding) are
 * both kept, never one silently dropped. The actions no row matched are new, in the agenda's order.
 */
export function matchRegister(keptIds: readonly string[], fresh: readonly RegisterRow[]): { matches: (RegisterRow | undefined)[]; added: RegisterRow[] } {
  const waiting = new Map<string, RegisterRow[]>();
  for (const row of fresh) waiting.set(row.id, [...(waiting.get(row.id) ?? []), row]);
  const taken = new Set<RegisterRow>();
  const matches = keptIds.map((id) => {
    const row = waiting.get(id.trim())?.shift();
    if (row) taken.add(row);
    return row;
  });
  return { matches, added: fresh.filter((row) => !taken.has(row)) };
}

/** Verbs whose object, not their subject, is who must act ("WP2 instructs SG9 and SG15 chairs to …"). */
const ASKING = new Set(['instruct', 'invite', 'request']);
/** "WP2", "TSAG", "RG-IEM", "SG17": a group named at the start of the action. */
const GROUP = /^([A-Z][A-Za-z0-9]*(?:[-/][A-Z0-9][A-Za-z0-9]*)*)\s/;

export function registerRows(meeting: Meeting): RegisterRow[] {
  const where = [meeting.facts.group, meeting.facts.start].filter(Boolean).join(', ');
  return meeting.actions.map((action) => {
    const { verb, addressedTo } = readAction(action, meeting.facts.group);
    return {
      id: action.id,
      item: action.item ?? '',
      text: action.text,
      verb,
      addressedTo: action.owner ?? addressedTo,
      documents: action.citations.join(', '),
      meeting: where,
      status: action.agreed ? 'Agreed' : 'Anticipated',
      due: action.due ?? '',
      notes: '',
    };
  });
}

function readAction(action: Action, meetingGroup: string | undefined): { verb: string; addressedTo: string } {
  const match = ACTION_VERB.exec(action.text);
  if (!match) return { verb: '', addressedTo: meetingGroup ?? '' };
  const verb = match[1]!.toLowerCase().replace(/^finalise$/, 'finalize');
  const before = action.text.slice(0, match.index).trim();
  const subject = GROUP.exec(`${before} `)?.[1] ?? meetingGroup ?? '';
  if (ASKING.has(verb)) {
    const object = addressee(action.text.slice(match.index + match[0].length));
    if (object) return { verb, addressedTo: squash(object) };
  }
  return { verb, addressedTo: subject };
}

/**
 * Who an asking verb addresses: the words after it, on one line, up to the first "to" ("SG9 and SG15 chairs to …").
 * Found by looking for " to " alone, in linear time: a pattern that also spans the spaces around the words backtracks
 * cubically on a long run of spaces.
 */
function addressee(rest: string): string | undefined {
  for (const to of rest.matchAll(/\sto\s/g)) {
    const object = rest.slice(0, to.index).trim();
    if (object !== '') return /[\n\r\u2028\u2029]/.test(object) ? undefined : object;
  }
  return undefined;
}

/** Register rows from a table the user keeps (an Excel sheet, a CSV file), matching columns by their header. */
export function registerRowsFrom(header: readonly string[], rows: readonly (readonly string[])[]): RegisterRow[] {
  const column = registerColumns(header);
  return rows
    .map((cells) => Object.fromEntries(REGISTER_FIELDS.map((field, i) => [field, column[i]! >= 0 ? (cells[column[i]!] ?? '').trim() : ''])) as unknown as RegisterRow)
    .filter((row) => row.id !== '');
}

/** Where each register field is in a header the user keeps (-1 when it is missing), whatever their order. */
export function registerColumns(header: readonly string[]): number[] {
  return REGISTER_HEADER.map((name) => header.findIndex((h) => looseKey(h) === looseKey(name)));
}

/** The row (of the first three) that is the register's header, when a table is the action register Docket writes. */
export function registerHeaderRow(rows: readonly (readonly string[])[]): number | undefined {
  const at = rows.slice(0, 3).findIndex((row) => hasRegisterColumns(row));
  return at < 0 ? undefined : at;
}

/** Whether a header has every column of the register, in whatever order and spelling case. */
export function hasRegisterColumns(header: readonly string[]): boolean {
  return registerColumns(header).every((column) => column >= 0);
}

/** The register as a table (for Word, or the preview). */
export function registerTable(rows: readonly RegisterRow[]): TableSpec {
  return {
    kind: 'register',
    header: [...REGISTER_HEADER],
    rows: rows.map((r) => ({ cells: REGISTER_FIELDS.map((field) => ({ text: r[field] })) })),
    widths: REGISTER_COLUMNS.map((c) => c.width),
    notes: [],
  };
}

/**
 * Merges a register freshly generated from the agenda into the one the user keeps: new actions are added, the
 * agenda's columns are updated, and what the user typed in Status, Due and Notes is never overwritten.
 */
export function mergeRegister(kept: readonly RegisterRow[], fresh: readonly RegisterRow[]): { rows: RegisterRow[]; added: number; updated: number } {
  const { matches, added } = matchRegister(kept.map((row) => row.id), fresh);
  let updated = 0;
  const rows = kept.map((old, i) => {
    const now = matches[i];
    if (!now) return old;
    const merged = Object.fromEntries(REGISTER_FIELDS.map((field) => [field, takesAgendaValue(field, old[field]) ? now[field] : old[field]])) as unknown as RegisterRow;
    if (REGISTER_FIELDS.some((field) => merged[field] !== old[field])) updated++;
    return merged;
  });
  return { rows: [...rows, ...added], added: added.length, updated };
}

/** The date a Due typed as text means ("2025-03-01", "1 March 2025"), as `YYYY-MM-DD`; undefined when it is not one date. */
export function dueDateOf(text: string): string | undefined {
  const trimmed = text.trim();
  const found = findDates(trimmed);
  const date = found.length === 1 ? found[0]! : undefined;
  if (!date || date.year === undefined || date.end || date.raw !== trimmed) return undefined;
  return isoDate(date);
}
