// Edits that change what one table cell says and nothing around it: the text goes into the cell's first paragraph
// with text (its first paragraph when all are empty), and any other paragraph with text is emptied. Hosts write the
// difference only, so the cell keeps its paragraphs, runs and look.
import type { Edit } from '../model/finding';
import type { Table } from '../model/snapshot';

export function cellEdits(table: Table, at: { block: number; row: number; col: number }, value: string): Edit[] {
  const paragraphs = table.rows[at.row]?.cells[at.col]?.paragraphs ?? [];
  const home = Math.max(0, paragraphs.findIndex((p) => p.text.trim() !== ''));
  const edits: Edit[] = [];
  paragraphs.forEach((paragraph, i) => {
    const wanted = i === home ? value : '';
    if (paragraph.text === wanted) return;
    edits.push({ location: { ...at, paragraph: i, text: paragraph.text }, find: paragraph.text, replace: wanted });
  });
  return edits;
}
