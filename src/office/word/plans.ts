// Writing a generator's plan in Word (WordApi 1.3) as the user would by hand. One sync reads every paragraph the plan
// edits (paged to, as locate.ts does) and every table row it adds after or drops; if any no longer says what the plan
// was made from, nothing is written. Then one batch writes: each text replaced inside its paragraph in Word's own
// characters (Word keeps the run's look), rows inserted after the row they follow (in its look) or deleted, a new
// table after the paragraph holding the cursor — or after the table or content control that paragraph is in.
import { cellText, paragraphsAt, tablePath, type Plan, type Snapshot, type Table, type TablePath } from '../../core';
import { blockXml, flatOpcOf } from '../../io/docx/write';
import type { WriteOutcome } from '../host';
import { firstIn, loadParagraph } from './locate';
import { inWordText, sameText } from './text';

export async function writePlan(context: Word.RequestContext, plan: Plan, document: Snapshot, ooxml: string): Promise<WriteOutcome> {
  const body = context.document.body;
  const expected = plan.edits.map((edit) => paragraphsAt(document, edit.location).find((p) => p.text.includes(edit.find)));
  if (expected.some((p) => p === undefined)) return { status: 'stale' };
  const pages = expected.map((paragraph) => loadParagraph(body, document, paragraph));
  const rows = new Map<number, Word.TableRowCollection>();
  for (const block of new Set([...plan.added.map((a) => a.table), ...plan.dropped.map((d) => d.table)])) {
    const collection = tableOf(body, tablePath(document, block)).rows;
    collection.load('items/values');
    rows.set(block, collection);
  }
  const cursor = plan.table ? context.document.getSelection().paragraphs.getLast() : undefined;
  const table = cursor?.parentTableOrNullObject;
  const control = cursor?.parentContentControlOrNullObject;
  table?.load('isNullObject');
  control?.load('isNullObject');
  try {
    await context.sync();
  } catch (error) {
    // A paragraph, table or row the plan counts on is not there any more: the document is not what the plan was made from.
    const code = (error as { code?: string }).code;
    if (code === 'ItemNotFound' || code === 'InvalidArgument') return { status: 'stale' };
    throw error;
  }

  const paragraphs = pages.map((page) => page?.items[0]);
  if (paragraphs.some((p, i) => !p || !sameText(p.text, expected[i]!.text))) return { status: 'stale' };
  for (const [block, collection] of rows) if (!sameRows(collection, document.blocks[block] as Table)) return { status: 'stale' };

  plan.edits.forEach(({ find, replace }, i) => {
    const paragraph = paragraphs[i]!;
    const found = find === '' ? undefined : inWordText(paragraph.text, find);
    if (find === '') paragraph.getRange('Start').insertText(replace, 'Start');
    else if (found) firstIn(paragraph, found.text).insertText(replace, 'Replace');
  });
  for (const { table: block, row } of plan.dropped) rows.get(block)!.items[row]!.delete();
  const inserts = new Map<Word.TableRow, string[][]>();
  for (const { table: block, after, cells } of plan.added) {
    const row = rows.get(block)!.items[after]!;
    inserts.set(row, [...(inserts.get(row) ?? []), cells]);
  }
  for (const [row, values] of inserts) row.insertRows('After', values.length, values);
  if (plan.table && cursor && table && control) {
    const anchor = !table.isNullObject ? table.getRange('Whole') : !control.isNullObject ? control.getRange('Whole') : cursor.getRange('Whole');
    anchor.insertOoxml(flatOpcOf(blockXml(plan.table, ooxml), ooxml), 'After');
  }
  await context.sync();
  return { status: 'written' };
}

/** A table's rows as Word has them are the rows of the Snapshot's table, cell by cell. */
function sameRows(rows: Word.TableRowCollection, table: Table | undefined): boolean {
  if (!table || rows.items.length !== table.rows.length) return false;
  return rows.items.every((row, r) => {
    const cells = row.values[0] ?? [];
    const expected = table.rows[r]!.cells;
    return cells.length === expected.length && cells.every((text, c) => sameText(text, cellText(expected[c]!)));
  });
}

/** A table by its path: the n-th of the body's tables, or of a cell's (n small: a document holds few tables). */
function tableOf(body: Word.Body, path: TablePath): Word.Table {
  const collection = 'parent' in path ? tableOf(body, path.parent.table).getCell(path.parent.row, path.parent.col).body.tables : body.tables;
  let table = collection.getFirst();
  for (let i = 0; i < path.index; i++) table = table.getNext();
  return table;
}
