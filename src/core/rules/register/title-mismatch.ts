// register/title-mismatch: the document list (Annex A) describes a document with another title or source than the
// register does; the number still finds the document, so only a note. The fix writes the register's text in the cell.
import { cellText } from '../../model/contents';
import type { Location } from '../../model/location';
import { defineRule } from '../rule';
import { cellAt, recogniseTable } from '../../extract/tables';
import { looseKey, squash } from '../../text/normalize';
import { listName } from '../ref/listing';

/** The same text, ignoring case, spacing, dashes, quotes and a final full stop; or one cut short of the other. */
function same(a: string, b: string): boolean {
  const [x, y] = [a, b].map((t) => looseKey(t).replace(/\.$/, ''));
  return x === y || (Math.min(x!.length, y!.length) >= 20 && (x!.startsWith(y!) || y!.startsWith(x!)));
}

export const rule = defineRule({
  id: 'register/title-mismatch',
  severity: 'info',
  description: 'The document list gives a document another title or source than the document register.',
  messages: {
    title: '{{List}} gives {{document}} the title "{{listed}}", but {{register}} has "{{registered}}".',
    source: '{{List}} gives {{document}} the source "{{listed}}", but {{register}} has "{{registered}}".',
  },
  check({ meeting, snapshot, documentRegister: register, report }) {
    if (!register) return;
    const list = listName(meeting);
    for (const document of meeting.documents) {
      const row = register.find(document.id);
      const table = snapshot.blocks[document.location.block];
      const shape = table?.kind === 'table' ? recogniseTable(table) : undefined;
      if (!row || table?.kind !== 'table' || !shape) continue;
      for (const field of ['title', 'source'] as const) {
        const listed = document[field];
        const registered = row[field];
        const found = cellAt(table.rows[document.location.row!], shape.columns[field]);
        if (listed === undefined || registered === undefined || !found || same(listed, registered)) continue;
        const written = found.cell.paragraphs.filter((p) => p.text.trim() !== '');
        const location: Location = { block: document.location.block, row: document.location.row!, col: found.index, paragraph: found.cell.paragraphs.indexOf(written[0]!), text: squash(cellText(found.cell)) };
        report({
          messageId: field,
          data: { List: `${list[0]!.toUpperCase()}${list.slice(1)}`, document: document.raw, listed, register: register.name, registered },
          location,
          ...(written.length === 1 ? { fix: { title: `Use the register's ${field}`, edits: [{ location, find: written[0]!.text.trim(), replace: registered }] } } : {}),
        });
      }
    }
  },
});
