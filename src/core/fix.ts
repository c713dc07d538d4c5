// Applies a finding's fix to a Snapshot (the browser preview edits its copy this way; Word edits the document).
// Each edit replaces the first occurrence of its text in the paragraph it points at; an edit whose text is gone is
// counted, not forced.
import type { Fix } from './model/finding';
import type { Location } from './model/location';
import type { Paragraph, Snapshot } from './model/snapshot';

export function applyFix(snapshot: Snapshot, fix: Fix): { snapshot: Snapshot; applied: number; missing: number } {
  const copy = structuredClone(snapshot);
  let applied = 0;
  for (const edit of fix.edits) {
    const paragraph = paragraphsAt(copy, edit.location).find((p) => p.text.includes(edit.find));
    if (!paragraph) continue;
    paragraph.text = paragraph.text.replace(edit.find, edit.replace);
    applied++;
  }
  return { snapshot: copy, applied, missing: fix.edits.length - applied };
}

/** The paragraphs a location points at: one paragraph, or all those of a cell or block. */
export function paragraphsAt(snapshot: Snapshot, location: Location): Paragraph[] {
  const block = snapshot.blocks[location.block];
  if (!block) return [];
  if (block.kind === 'paragraph') return [block];
  const rows = location.row === undefined ? block.rows : block.rows.slice(location.row, location.row + 1);
  const cells = rows.flatMap((row) => (location.col === undefined ? row.cells : row.cells.slice(location.col, location.col + 1)));
  const paragraphs = cells.flatMap((cell) => cell.paragraphs);
  const one = location.paragraph === undefined || location.col === undefined ? undefined : cells[0]?.paragraphs[location.paragraph];
  return one ? [one, ...paragraphs.filter((p) => p !== one)] : paragraphs;
}
