// The document list annex (Annex A): every meeting document the agenda cites, with category, source and title taken
// from an imported register or the existing list, numbered, in the list's own order, by category, or by first
// citation. A document nobody has described gets "TBD" to complete (the placeholder rule keeps asking for it); a
// category outside the vocabulary is kept as written and noted, never silently copied or changed.
import type { Meeting } from '../model/meeting';
import { categoryJudge } from '../list/categories';
import { documentKey, parseDocumentId } from '../refs/document-id';
import type { TableSpec } from './table-spec';

/** What is known about a document, from a register the user imports or from the existing list. */
export interface DocumentRecord {
  id: string;
  category?: string;
  source?: string;
  title?: string;
}

export type AnnexOrder = 'list' | 'category' | 'citation';

export interface AnnexOptions {
  order: AnnexOrder;
  /** Records from an imported register; they take precedence over the existing list. */
  register?: readonly DocumentRecord[];
  categories: readonly string[];
}

export const ANNEX_HEADER = ['#', 'Category', 'TD/C #', 'Source', 'Title'];
const MISSING = 'TBD';

interface Entry {
  id: string;
  written: string;
  record?: DocumentRecord;
  listIndex: number;
  citationIndex: number;
}

export function documentAnnex(meeting: Meeting, options: AnnexOptions): TableSpec {
  const registered = new Map<string, DocumentRecord>();
  for (const record of options.register ?? []) registered.set(record.id, record);
  const listed = new Map(meeting.documents.map((d, i) => [d.id, { d, i }]));
  const listedByKey = new Map(meeting.documents.map((d, i) => [keyOf(d.id), { d, i }]));

  const entries = new Map<string, Entry>();
  meeting.citations.forEach((citation, citationIndex) => {
    if (entries.has(citation.id)) return;
    const inList = listed.get(citation.id) ?? listedByKey.get(keyOf(citation.id));
    const record: DocumentRecord | undefined = registered.get(citation.id) ?? (inList ? recordOf(inList.d) : undefined);
    entries.set(citation.id, {
      id: citation.id,
      written: inList?.d.id === citation.id ? inList.d.raw : citation.id,
      ...(record ? { record } : {}),
      listIndex: inList?.i ?? Number.MAX_SAFE_INTEGER,
      citationIndex,
    });
  });

  const ordered = [...entries.values()].sort(ORDERS[options.order]);
  const judge = categoryJudge(options.categories);
  const notes: TableSpec['notes'] = [];
  const rows = ordered.map((entry, row) => {
    const { record } = entry;
    if (!record) {
      notes.push({ row, message: `${entry.id} is cited but in neither the document list nor the register: complete its category, source and title.` });
    } else if (record.category !== undefined) {
      const verdict = judge(record.category);
      if (!verdict.known) {
        notes.push({
          row,
          message: `${entry.id}: the category "${record.category}" is not in the vocabulary${verdict.suggestion ? ` (did you mean "${verdict.suggestion}"?)` : ''}; it is kept as written.`,
        });
      }
    }
    return {
      cells: [
        { text: String(row + 1) },
        { text: record ? (record.category ?? '') : MISSING },
        { text: entry.written },
        { text: record ? (record.source ?? '') : MISSING },
        { text: record ? (record.title ?? '') : MISSING },
      ],
    };
  });
  return { kind: 'annex', header: ANNEX_HEADER, rows, widths: [5, 14, 12, 24, 45], notes };
}

const ORDERS: Record<AnnexOrder, (a: Entry, b: Entry) => number> = {
  list: (a, b) => a.listIndex - b.listIndex || a.citationIndex - b.citationIndex,
  citation: (a, b) => a.citationIndex - b.citationIndex,
  category: (a, b) => (a.record?.category ?? '\uffff').localeCompare(b.record?.category ?? '\uffff') || compareIds(a.id, b.id),
};

/** TD before C, then by number, then by revision. */
function compareIds(a: string, b: string): number {
  const [x, y] = [parseDocumentId(a), parseDocumentId(b)];
  if (!x || !y) return a.localeCompare(b);
  return x.type.localeCompare(y.type) || Number(x.number) - Number(y.number) || (x.revision ?? 0) - (y.revision ?? 0);
}

function keyOf(id: string): string {
  const parsed = parseDocumentId(id);
  return parsed ? documentKey(parsed) : id;
}

/** What a document list entry says about its document. */
export function recordOf(document: { id: string; category?: string; source?: string; title?: string }): DocumentRecord {
  return {
    id: document.id,
    ...(document.category !== undefined ? { category: document.category } : {}),
    ...(document.source !== undefined ? { source: document.source } : {}),
    ...(document.title !== undefined ? { title: document.title } : {}),
  };
}
