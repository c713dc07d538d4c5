// Where each generated table goes, the same for every writer (the .docx rewriter, Word, the preview): which existing
// table it stands for, whether that table's own header row is kept, and its name when a document holds several of
// its kind (one e-meeting plan per group); and the document as the preview shows it once a block is written.
import type { Meeting, RecognisedTable } from '../model/meeting';
import type { Block, Snapshot, Table } from '../model/snapshot';
import { cellText } from '../model/contents';
import { agendaTable, type SessionPlan } from './agenda';
import { documentAnnex, recordOf, type AnnexOrder, type DocumentRecord } from './annex';
import { interimTable, withDeadlines, type DeadlineRule } from './interim';
import { hasRegisterColumns, registerRowsFrom, type RegisterRow } from './register';
import { blockTag, tableFromSpec, type GeneratedBlock, type TableSpec } from './table-spec';

/** What the existing document list says about each document: the records an annex is built from. */
export function documentRecordsOf(meeting: Meeting): DocumentRecord[] {
  return meeting.documents.map(recordOf);
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

/** The register the user keeps: the rows of the first table with the register's columns, if there is one. */
export function registerIn(tables: readonly Table[]): RegisterRow[] | undefined {
  for (const table of tables) {
    const [header, ...rows] = table.rows.map((r) => r.cells.map(cellText));
    if (header && hasRegisterColumns(header)) return registerRowsFrom(header, rows);
  }
  return undefined;
}

/**
 * The document with a generated block written into it, the way Word does it: over the block Docket wrote before,
 * else over the table it stands for (and the tables nested in it), else added at the end under its headings.
 */
export function withBlock(snapshot: Snapshot, block: GeneratedBlock): { snapshot: Snapshot; how: 'regenerated' | 'replaced' | 'inserted' } {
  const tag = blockTag(block);
  const fresh: Table = { ...tableFromSpec(block.spec), generated: tag };
  const before = snapshot.blocks.findIndex((b) => b.kind === 'table' && b.generated === tag);
  const at = before >= 0 ? before : block.replaces;
  const old = at === undefined ? undefined : snapshot.blocks[at];
  if (at === undefined || old?.kind !== 'table' || old.parent) {
    const headings = (block.headings ?? []).map((text): Block => ({ kind: 'paragraph', text }));
    return { snapshot: { blocks: [...snapshot.blocks, ...headings, fresh] }, how: 'inserted' };
  }
  if (block.keepHeader && old.rows[0]) fresh.rows[0] = old.rows[0];

  const gone = new Set<number>();
  snapshot.blocks.forEach((b, i) => {
    if (b.kind === 'table' && b.parent && (b.parent.block === at || gone.has(b.parent.block))) gone.add(i);
  });
  const shift = (index: number) => index - [...gone].filter((g) => g < index).length;
  const blocks = snapshot.blocks.flatMap((b, i): Block[] => {
    if (i === at) return [fresh];
    if (gone.has(i)) return [];
    return [b.kind === 'table' && b.parent ? { ...b, parent: { ...b.parent, block: shift(b.parent.block) } } : b];
  });
  return { snapshot: { blocks }, how: before >= 0 ? 'regenerated' : 'replaced' };
}
