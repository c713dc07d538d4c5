// What a written .docx changed beyond its plan: every paragraph the plan does not edit must be byte for byte the XML
// it was (run by run), every edited one must say what the plan says, added rows must be where and what the plan
// says, and every other part of the package must be unchanged. Used by the property tests of the writers.
import { paragraphsAt, paragraphsOf, type Paragraph, type Plan } from '../../src/core';
import { readDocxForWriting } from '../../src/io/docx/read';

export function unplannedChanges(before: Uint8Array, after: Uint8Array, plan: Plan): string[] {
  const a = readDocxForWriting(before);
  const b = readDocxForWriting(after);
  const problems: string[] = [];
  for (const name of Object.keys(a.files)) {
    if (name !== a.main && !same(a.files[name]!, b.files[name])) problems.push(`${name} changed`);
  }
  const expected = new Map<Paragraph, string>();
  for (const edit of plan.edits) {
    const paragraph = paragraphsAt(a.snapshot, edit.location).find((p) => p.text.includes(edit.find));
    if (!paragraph) problems.push(`edit not found: ${edit.find}`);
    else expected.set(paragraph, (expected.get(paragraph) ?? paragraph.text).replace(edit.find, edit.replace));
  }
  const newRow = (block: number, row: number | undefined) => {
    if (row === undefined) return undefined;
    if (plan.dropped.some((d) => d.table === block && d.row === row)) return -1;
    const gone = plan.dropped.filter((d) => d.table === block && d.row < row).length;
    const added = plan.added.filter((x) => x.table === block && x.after < row).length;
    return row - gone + added;
  };
  const xmlOf = (pkg: typeof a, paragraph: Paragraph) => {
    const place = pkg.map.paragraphs.get(paragraph)!;
    return pkg.xml.slice(place.span.start, place.span.end);
  };
  for (const { paragraph, at } of paragraphsOf(a.snapshot)) {
    const row = newRow(at.block, at.row);
    if (row === -1) continue;
    const now = paragraphsAt(b.snapshot, { ...at, ...(row !== undefined ? { row } : {}), text: '' })[0];
    const where = JSON.stringify(at);
    if (!now) {
      problems.push(`${where}: gone`);
      continue;
    }
    const wanted = expected.get(paragraph);
    if (wanted !== undefined) {
      if (now.text !== wanted) problems.push(`${where}: "${now.text}", not "${wanted}"`);
    } else if (xmlOf(b, now) !== xmlOf(a, paragraph)) problems.push(`${where}: changed from ${xmlOf(a, paragraph)} to ${xmlOf(b, now)}`);
  }
  for (const added of plan.added) {
    const table = b.snapshot.blocks[added.table];
    const base = newRow(added.table, added.after)!;
    const index = base + 1 + plan.added.filter((x) => x.table === added.table && x.after === added.after).indexOf(added);
    const cells = table?.kind === 'table' ? table.rows[index]?.cells.map((c) => c.paragraphs.map((p) => p.text).join('\n')) : undefined;
    if (JSON.stringify(cells) !== JSON.stringify(added.cells)) problems.push(`added row ${index}: ${JSON.stringify(cells)}, not ${JSON.stringify(added.cells)}`);
  }
  const blocks = a.snapshot.blocks.length + (plan.table ? (plan.table.headings?.length ?? 0) + 1 : 0);
  if (b.snapshot.blocks.length !== blocks) problems.push(`${b.snapshot.blocks.length} blocks, not ${blocks}`);
  return problems;
}

function same(x: Uint8Array, y: Uint8Array | undefined): boolean {
  return y !== undefined && x.length === y.length && x.every((byte, i) => byte === y[i]);
}
