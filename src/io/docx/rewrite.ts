// Regenerates one table of a .docx package: the new table (in the old one's look, inside a Docket content control)
// replaces the old one in document.xml; every other part of the package, and every byte of document.xml outside the
// table, stays as it was. Without an old table, the new one goes at the end of the body, under the given headings,
// in the table style the document's tables use.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { tableOrdinal, type GeneratedBlock, type Snapshot } from '../../core';
import { ReadError } from '../read-error';
import { child, elementTree } from './spans';
import { blockTableXml, controlXml, paragraphsXml, topLevelTables } from './write';

const MAIN = 'word/document.xml';

/** Writes a generated block into the package; `snapshot` is the package as read, which `block.replaces` points into. */
export function replaceTable(docx: Uint8Array, block: GeneratedBlock, snapshot: Snapshot): Uint8Array {
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
  const table = block.replaces === undefined ? undefined : tableOrdinal(snapshot, block.replaces);
  if (table !== undefined) {
    const span = topLevelTables(xml)[table];
    if (!span) throw new ReadError(`The document has no table ${table + 1}.`);
    updated = xml.slice(0, span.start) + controlXml(block, blockTableXml(block, xml, table)) + xml.slice(span.end);
  } else {
    const body = child(elementTree(xml, (path) => path.length <= 3), 'w:body');
    if (!body) throw new ReadError(`${MAIN} has no body.`);
    const sectionProperties = body.children.findLast((c) => c.name === 'w:sectPr');
    const at = sectionProperties?.start ?? xml.lastIndexOf('</w:body>');
    updated = xml.slice(0, at) + paragraphsXml(block.headings ?? []) + controlXml(block, blockTableXml(block, xml, undefined)) + xml.slice(at);
  }

  const out: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) out[name] = name === MAIN ? strToU8(updated) : bytes;
  return zipSync(out);
}
