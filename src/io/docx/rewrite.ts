// Regenerates one table of a .docx package: the new table (in the old one's look, inside a Docket content control)
// replaces the old one in document.xml; every other part of the package, and every byte of document.xml outside the
// table, stays as it was. Without an old table, the new one goes at the end of the body, under the given headings.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { TableSpec } from '../../core';
import { ReadError } from '../read-error';
import { child, elementTree } from './spans';
import { controlXml, lookOfTable, tableXml, topLevelTables } from './write';

const MAIN = 'word/document.xml';

export interface Placement {
  /** Which top-level table to replace (0-based, in document order), or none to add the table at the end. */
  table?: number;
  /** Keep the old header row as it is. */
  keepHeader?: boolean;
  /** Paragraphs to put above a table added at the end ("Annex A:", "Documentation"). */
  headings?: string[];
}

export function replaceTable(docx: Uint8Array, spec: TableSpec, placement: Placement): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(docx);
  } catch (error) {
    throw new ReadError(`The .docx package cannot be opened (${(error as Error).message}).`);
  }
  const main = files[MAIN];
  if (!main) throw new ReadError(`The package has no ${MAIN}: it is not a Word document.`);
  const xml = strFromU8(main);

  let updated: string;
  if (placement.table !== undefined) {
    const span = topLevelTables(xml)[placement.table];
    if (!span) throw new ReadError(`The document has no table ${placement.table + 1}.`);
    const fresh = controlXml(spec.kind, tableXml(spec, lookOfTable(xml, placement.table), { keepHeader: placement.keepHeader ?? false }));
    updated = xml.slice(0, span.start) + fresh + xml.slice(span.end);
  } else {
    const body = child(elementTree(xml, (path) => path.length <= 3), 'w:body');
    if (!body) throw new ReadError(`${MAIN} has no body.`);
    const sectionProperties = body.children.findLast((c) => c.name === 'w:sectPr');
    const at = sectionProperties?.start ?? xml.lastIndexOf('</w:body>');
    const headings = (placement.headings ?? []).map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`).join('');
    updated = xml.slice(0, at) + headings + controlXml(spec.kind, tableXml(spec)) + xml.slice(at);
  }

  const out: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) out[name] = name === MAIN ? strToU8(updated) : bytes;
  return zipSync(out);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
