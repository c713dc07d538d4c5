// A generated table, independent of where it is written (Word, Excel, .xlsx, the preview): its kind, header, rows of
// cells (a cell may span columns; "\n" separates paragraphs), relative column widths, and notes for the user about
// what the generator could not fill in or doubts; and the block a new table is written as, tagged docket:<kind>.
// Kept free of the generators so the Word host can use it without loading them.
import { tableOfCells } from '../model/contents';
import type { Table } from '../model/snapshot';

export type GeneratedKind = 'annex' | 'agenda' | 'interim' | 'register';

export interface CellSpec {
  text: string;
  /** Columns covered (gridSpan), 1 when absent. */
  span?: number;
}

export interface RowSpec {
  cells: CellSpec[];
  /** A session row of an agenda table, drawn apart. */
  session?: boolean;
}

export interface GenerationNote {
  message: string;
  /**
   * Notes that say the same of several documents share a group: `many` says it of all of them ("documents have no
   * description …"), `about` names this one; shown once, with the count and the names, when more than one shares it.
   */
  group?: { many: string; about: string };
}

/** The notes as said to the user: those that say the same of several documents said once ("12 documents have …: TD1, TD2"). */
export function groupedNotes(notes: readonly GenerationNote[]): string[] {
  const groups = new Map<string, string[]>();
  for (const { group } of notes) {
    if (!group) continue;
    const about = groups.get(group.many);
    if (about) about.push(group.about);
    else groups.set(group.many, [group.about]);
  }
  const said = new Set<string>();
  return notes.flatMap((note) => {
    const about = note.group && groups.get(note.group.many)!;
    if (!note.group || !about || about.length < 2) return [note.message];
    if (said.has(note.group.many)) return [];
    said.add(note.group.many);
    return [`${about.length} ${note.group.many}: ${about.join(', ')}.`];
  });
}

export interface TableSpec {
  kind: GeneratedKind;
  header: string[];
  rows: RowSpec[];
  /** Relative widths of the columns (they need not add up to anything). */
  widths: number[];
  notes: GenerationNote[];
}

/** The table as a Snapshot block: how the preview shows it, and how round-trip tests compare it. */
export function tableFromSpec(spec: TableSpec): Table {
  return tableOfCells([spec.header.map((text) => ({ text })), ...spec.rows.map((row) => row.cells)]);
}

/** A new table, where the document has none of its kind: added in a content control tagged docket:<kind>. */
export interface GeneratedBlock {
  spec: TableSpec;
  /** Which one of its kind, when a document has several. */
  name?: string;
  /** Paragraphs above the table ("Annex A:", "Documentation"). */
  headings?: string[];
}

/** The tag of the content control holding a generated block: docket:<kind>, or docket:<kind>:<name>. */
export function blockTag(block: Pick<GeneratedBlock, 'spec' | 'name'>): string {
  const name = block.name
    ?.replace(/[^\p{L}\p{N}-]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return name ? `docket:${block.spec.kind}:${name}` : `docket:${block.spec.kind}`;
}
