// Locations in the user's words, for the task pane: "Annex A, row 10, Category", "Agenda, item 2.2, Docs",
// "Under item 4.2", "Line 12". The core keeps 0-based block/row/cell indices; only this edge speaks to people.
import type { Location } from './model/location';
import type { Meeting, RecognisedTable } from './model/meeting';
import type { Snapshot } from './model/snapshot';
import { tableLabel } from './model/order';
import { countWork } from './work';

const TABLE_NAMES: Record<RecognisedTable['kind'], string> = {
  agenda: 'Agenda',
  'document-list': 'Document list',
  'interim-meetings': 'E-meeting plan',
  'time-grid': 'Time grid',
  meetings: 'Meetings',
  'action-list': 'Action list',
  'work-plan': 'Work plan',
};

export function describeLocation(location: Location, snapshot: Snapshot, meeting: Meeting): string {
  countWork('describe');
  const block = snapshot.blocks[location.block];
  if (!block) return `Block ${location.block + 1}`;
  if (block.kind === 'paragraph') return describeParagraph(location.block, snapshot, meeting);

  const recognised = meeting.tables.find((t) => t.location.block === location.block);
  const parts = [recognised ? tableName(recognised) : `Table ${tableLabel(snapshot, location.block)}`];
  if (location.row === undefined) return parts[0]!;

  const line = block.rows[location.row]?.line;
  const headerRow = recognised?.location.row ?? -1;
  const item = meeting.agenda.find((i) => i.number !== undefined && i.location.block === location.block && i.location.row === location.row);
  if (item) parts.push(`item ${item.number}`);
  else if (location.row === headerRow) parts.push('header');
  else parts.push(`row ${location.row - (recognised ? headerRow : -1)}`);

  if (location.col !== undefined && location.row !== headerRow) {
    const cell = block.rows[location.row]?.cells[location.col];
    const header = recognised && cell ? headerAt(snapshot, location.block, headerRow, cell.gridCol) : undefined;
    parts.push(header ?? `cell ${location.col + 1}`);
  }
  return line === undefined ? parts.join(', ') : `${parts.join(', ')} (line ${line})`;
}

function tableName(table: RecognisedTable): string {
  if (table.kind === 'document-list' && table.title && /^(?:Annex|Appendix|Attachment)\b/i.test(table.title)) return table.title;
  if (table.kind === 'interim-meetings' && table.title) {
    const group = /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/.exec(table.title)?.[0];
    if (group) return `${group} e-meeting plan`;
  }
  return TABLE_NAMES[table.kind];
}

/** A header paragraph that is an entry, not the column's name: "07:20: eV2XARC (7.1)" under "Friday" in a time grid. */
const TIMED_ENTRY = /^\W{0,3}\d{1,2}[:.h]\d{2}/;

/** The header text above a grid column: its name, without the timed entries a time grid's day header may hold. */
function headerAt(snapshot: Snapshot, block: number, headerRow: number, gridCol: number): string | undefined {
  const table = snapshot.blocks[block];
  if (table?.kind !== 'table' || headerRow < 0) return undefined;
  const cell = table.rows[headerRow]?.cells.find((c) => gridCol >= c.gridCol && gridCol < c.gridCol + c.span);
  const paragraphs = cell?.paragraphs ?? [];
  const entry = paragraphs.findIndex((p, i) => i > 0 && TIMED_ENTRY.test(p.text));
  const text = (entry < 0 ? paragraphs : paragraphs.slice(0, entry)).map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** A paragraph: under which agenda item it is, else its line (text files) or its number. */
function describeParagraph(blockIndex: number, snapshot: Snapshot, meeting: Meeting): string {
  const block = snapshot.blocks[blockIndex]!;
  const headings = meeting.agenda.filter((i) => i.number !== undefined && i.location.row === undefined && i.location.block <= blockIndex);
  const item = headings.at(-1);
  const line = block.kind === 'paragraph' && block.line !== undefined ? `line ${block.line}` : undefined;
  if (item && isInsideAgenda(blockIndex, item.location.block, snapshot)) {
    const where = item.location.block === blockIndex ? `Item ${item.number}` : `Under item ${item.number}`;
    return line ? `${where} (${line})` : where;
  }
  if (line) return `L${line.slice(1)}`;
  const index = snapshot.blocks.slice(0, blockIndex + 1).filter((b) => b.kind === 'paragraph').length;
  return `Paragraph ${index}`;
}

/** Whether no annex heading stands between an item heading and a paragraph below it. */
function isInsideAgenda(blockIndex: number, itemBlock: number, snapshot: Snapshot): boolean {
  for (let i = itemBlock + 1; i <= blockIndex; i++) {
    const b = snapshot.blocks[i]!;
    if (b.kind === 'paragraph' && /^(?:Annex|Appendix|Attachment)\b/i.test(b.text.trim())) return false;
  }
  return true;
}
