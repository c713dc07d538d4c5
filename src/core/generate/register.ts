// The action register: one row per action — its id, agenda item, text, the verb that says what is to be done
// (agree, approve, instruct, …), who it is addressed to, the documents it cites, the meeting, and the columns the
// secretariat keeps up to date by hand (status, due date, notes).
import type { Action, Meeting } from '../model/meeting';
import { looseKey, squash } from '../text/normalize';
import type { TableSpec } from './table-spec';

export const ACTION_STATUSES = ['Anticipated', 'Agreed', 'Approved', 'Not agreed', 'Deferred', 'Done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const REGISTER_HEADER = ['Action', 'Agenda item', 'Action text', 'Verb', 'Addressed to', 'Documents', 'Meeting', 'Status', 'Due', 'Notes'];

/** The register's fields, in the order of its columns (REGISTER_HEADER). */
export const REGISTER_FIELDS = ['id', 'item', 'text', 'verb', 'addressedTo', 'documents', 'meeting', 'status', 'due', 'notes'] as const;
/** The fields the secretariat keeps by hand: an import from the agenda never overwrites them. */
export const KEPT_FIELDS: readonly (keyof RegisterRow)[] = ['status', 'due', 'notes'];

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

/** Verbs of decision and instruction, as actions are written ("agree", "agrees", "agreed"). */
const VERBS = [
  'agree', 'approve', 'instruct', 'recommend', 'note', 'endorse', 'consider', 'send', 'adopt', 'accept', 'review',
  'request', 'invite', 'forward', 'establish', 'appoint', 'consent', 'decide', 'confirm', 'finalize', 'finalise', 'prepare',
];
const VERB = new RegExp(`\\b(${VERBS.join('|')})(?:s|es|d|ed)?\\b`, 'i');
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
      addressedTo,
      documents: action.citations.join(', '),
      meeting: where,
      status: 'Anticipated',
      due: '',
      notes: '',
    };
  });
}

function readAction(action: Action, meetingGroup: string | undefined): { verb: string; addressedTo: string } {
  const match = VERB.exec(action.text);
  if (!match) return { verb: '', addressedTo: meetingGroup ?? '' };
  const verb = match[1]!.toLowerCase().replace(/^finalise$/, 'finalize');
  const before = action.text.slice(0, match.index).trim();
  const subject = GROUP.exec(`${before} `)?.[1] ?? meetingGroup ?? '';
  if (ASKING.has(verb)) {
    const object = /^\s*(.+?)\s+to\s/.exec(action.text.slice(match.index + match[0].length))?.[1];
    if (object) return { verb, addressedTo: squash(object) };
  }
  return { verb, addressedTo: subject };
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

/** Whether a header has every column of the register, in whatever order and spelling case. */
export function hasRegisterColumns(header: readonly string[]): boolean {
  return registerColumns(header).every((column) => column >= 0);
}

/** The register as a table (for Word, or the preview). */
export function registerTable(rows: readonly RegisterRow[]): TableSpec {
  return {
    kind: 'register',
    header: REGISTER_HEADER,
    rows: rows.map((r) => ({ cells: REGISTER_FIELDS.map((field) => ({ text: r[field] })) })),
    widths: [8, 6, 36, 8, 10, 10, 10, 8, 7, 12],
    notes: [],
  };
}

/**
 * Merges a register freshly generated from the agenda into the one the user keeps: new actions are added, the
 * agenda's columns are updated, and what the user typed in Status, Due and Notes is never overwritten.
 */
export function mergeRegister(kept: readonly RegisterRow[], fresh: readonly RegisterRow[]): { rows: RegisterRow[]; added: number; updated: number } {
  const byId = new Map(fresh.map((row) => [row.id, row]));
  let updated = 0;
  const rows = kept.map((old) => {
    const now = byId.get(old.id);
    if (!now) return old;
    byId.delete(old.id);
    const merged = { ...now, status: old.status || now.status, due: old.due, notes: old.notes };
    if (JSON.stringify(merged) !== JSON.stringify(old)) updated++;
    return merged;
  });
  const added = [...byId.values()];
  return { rows: [...rows, ...added], added: added.length, updated };
}
