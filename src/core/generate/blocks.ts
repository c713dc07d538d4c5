// Where each generated table goes, the same for every writer (the .docx rewriter, Word, the preview): which existing
// table it stands for, whether that table's own header row is kept, and its name when a document holds several of
// its kind (one e-meeting plan per group). Every table Docket writes is wrapped in a block tagged docket:<kind>.
import type { Meeting, RecognisedTable } from '../model/meeting';
import type { Snapshot, Table } from '../model/snapshot';
import { cellText } from '../model/snapshot';
import { looseKey } from '../text/normalize';
import { agendaTable, type SessionPlan } from './agenda';
import { documentAnnex, type AnnexOrder, type DocumentRecord } from './annex';
import { interimTable, withDeadlines, type DeadlineRule } from './interim';
import { REGISTER_HEADER, registerRowsFrom, type RegisterRow } from './register';
import type { TableSpec } from './table-spec';

export interface GeneratedBlock {
  spec: TableSpec;
  /** Which one of its kind, when a document has several (the group of an e-meeting plan). */
  name?: string;
  /** The existing table it stands for (a Snapshot block index), replaced the first time Docket writes it. */
  replaces?: number;
  /** Keep the replaced table's header row as the user wrote it. */
  keepHeader?: boolean;
  /** Paragraphs above a table added where there was none ("Annex A:", "Documentation"). */
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

/** Which top-level table a Snapshot block is (0-based, in document order), if it is one. */
export function tableOrdinal(snapshot: Snapshot, block: number): number | undefined {
  const table = snapshot.blocks[block];
  if (table?.kind !== 'table' || table.parent) return undefined;
  return snapshot.blocks.slice(0, block).filter((b) => b.kind === 'table' && !b.parent).length;
}

/** What the existing document list says about each document: the records an annex is built from. */
export function documentRecordsOf(meeting: Meeting): DocumentRecord[] {
  return meeting.documents.map(({ id, category, source, title }) => ({
    id,
    ...(category !== undefined ? { category } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(title !== undefined ? { title } : {}),
  }));
}

export interface AnnexRequest {
  /** The list's own order when there is a list, else first citation. */
  order?: AnnexOrder;
  categories: readonly string[];
  /** Records from a register the user imported. */
  register?: readonly DocumentRecord[];
}

/** Annex A: in place of the existing document list, or added at the end under its headings. */
export function annexBlock(meeting: Meeting, request: AnnexRequest): GeneratedBlock & { order: AnnexOrder } {
  const list = meeting.tables.find((t) => t.kind === 'document-list');
  const order = request.order ?? (list ? 'list' : 'citation');
  const spec = documentAnnex(meeting, { order, categories: request.categories, ...(request.register ? { register: request.register } : {}) });
  return { spec, order, ...placement(list, spec), headings: ['Annex A:', 'Documentation'] };
}

/** The timing table holding these sessions, retimed. */
export function agendaBlock(meeting: Meeting, plans: readonly SessionPlan[]): GeneratedBlock {
  const first = meeting.sessions[plans[0]?.session ?? -1];
  if (!first) throw new RangeError('An agenda table needs at least one session.');
  const table = meeting.tables.find((t) => t.kind === 'agenda' && t.location.block === first.location.block);
  const spec = agendaTable(meeting, plans);
  const several = meeting.tables.filter((t) => t.kind === 'agenda').length > 1;
  return { spec, ...(several ? { name: first.date ?? first.label } : {}), ...placement(table, spec) };
}

/** One e-meeting plan per plan table of the agenda that has meetings in it, each with its deadlines set by the rule. */
export function interimBlocks(meeting: Meeting, rule: DeadlineRule): GeneratedBlock[] {
  const tables = meeting.tables.filter((t) => t.kind === 'interim-meetings');
  return tables.flatMap((table) => {
    const meetings = meeting.interimMeetings.filter((m) => m.location.block === table.location.block);
    if (meetings.length === 0) return [];
    const zone = meetings.find((m) => m.timeZone)?.timeZone ?? meeting.facts.timeZone;
    const spec = interimTable(withDeadlines(meetings, rule), zone);
    const group = meetings.find((m) => m.group)?.group;
    return [{ spec, ...(tables.length > 1 ? { name: group ?? String(tables.indexOf(table) + 1) } : {}), ...placement(table, spec) }];
  });
}

/** Stands for the recognised table, keeping its header when it has the generated table's columns. */
function placement(table: RecognisedTable | undefined, spec: TableSpec): Pick<GeneratedBlock, 'replaces' | 'keepHeader'> {
  if (!table) return {};
  return { replaces: table.location.block, keepHeader: table.header.length === spec.header.length };
}

/** The register the user keeps: the rows of the first table whose header is the register's, if there is one. */
export function registerIn(tables: readonly Table[]): RegisterRow[] | undefined {
  for (const table of tables) {
    const [header, ...rows] = table.rows.map((r) => r.cells.map(cellText));
    if (header && looseKey(header.join('|')) === looseKey(REGISTER_HEADER.join('|'))) return registerRowsFrom(header, rows);
  }
  return undefined;
}
