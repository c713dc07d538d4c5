// WordprocessingML that Docket writes: a new table for a document that has none of its kind (in the table style the
// document's own tables use, else Word's built-in grid with its borders written out), in a block-level content
// control tagged docket:<kind> under its headings; and the escaping that keeps any text valid XML. Used by the Word
// host (insertOoxml) and by the .docx writer (plan.ts).
import { blockTag, type CellSpec, type GeneratedBlock, type GeneratedKind, type TableSpec } from '../../core';
import { NOT_XML } from '../xml-chars';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTROL_TITLES: Record<GeneratedKind, string> = {
  annex: 'Docket: document list',
  agenda: 'Docket: agenda',
  interim: 'Docket: e-meeting plan',
  register: 'Docket: action register',
};

/** The table style the document's own tables use most (its template's), if they use one. */
export function documentTableStyle(documentXml: string): string | undefined {
  const counts = new Map<string, number>();
  for (const match of documentXml.matchAll(/<w:tblStyle w:val="([^"]+)"\/>/g)) {
    if (match[1] !== 'TableNormal') counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A table for a spec, in the given table style, else in Word's built-in grid with its borders written out. */
export function tableXml(spec: TableSpec, options: { style?: string } = {}): string {
  const total = spec.widths.reduce((a, b) => a + b, 0) || 1;
  const grid = `<w:tblGrid>${spec.widths.map((w) => `<w:gridCol w:w="${Math.round((w / total) * 9600)}"/>`).join('')}</w:tblGrid>`;
  // Word's built-in "Table Grid" is not defined in every document: its borders are written out too, so they show.
  const style = options.style ? `<w:tblStyle w:val="${escapeXml(options.style)}"/>` : `<w:tblStyle w:val="TableGrid"/>`;
  const borders = options.style ? '' : `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('')}</w:tblBorders>`;
  const properties = `<w:tblPr>${style}<w:tblW w:w="5000" w:type="pct"/>${borders}<w:tblLook w:val="04A0" w:firstRow="1"/></w:tblPr>`;
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${spec.header.map((text) => cellXml({ text }, true)).join('')}</w:tr>`;
  const rows = spec.rows.map((row) => `<w:tr>${row.cells.map((cell) => cellXml(cell, false)).join('')}</w:tr>`);
  return `<w:tbl>${properties}${grid}${header}${rows.join('')}</w:tbl>`;
}

function cellXml(cell: CellSpec, header: boolean): string {
  const span = cell.span && cell.span > 1 ? `<w:tcPr><w:gridSpan w:val="${cell.span}"/></w:tcPr>` : '';
  const run = header ? '<w:rPr><w:b/></w:rPr>' : '';
  const paragraphs = cell.text.split('\n').map((line) => `<w:p>${line === '' ? '' : `<w:r>${run}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`}</w:p>`);
  return `<w:tc>${span}${paragraphs.join('')}</w:tc>`;
}

/** A new table under its headings, in a content control tagged so Docket can tell it, in the document's table style. */
export function blockXml(block: GeneratedBlock, documentXml: string): string {
  const style = documentTableStyle(documentXml);
  const title = CONTROL_TITLES[block.spec.kind] + (block.name ? ` (${block.name})` : '');
  const control =
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(blockTag(block))}"/></w:sdtPr>` +
    `<w:sdtContent>${tableXml(block.spec, style ? { style } : {})}</w:sdtContent></w:sdt>`;
  return paragraphsXml(block.headings ?? []) + control;
}

/** Plain paragraphs, for the headings above a new table. */
export function paragraphsXml(lines: readonly string[]): string {
  return lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
}

/**
 * The flat OPC package Word's insertOoxml takes, holding body content and, from the document's own flat OPC, its styles
 * part: Word ignores the styles content refers to when the package carries no styles part (docs/office-behaviour.md),
 * so a table in the document's table style would lose its borders.
 */
export function flatOpcOf(body: string, documentOoxml = ''): string {
  const styles = packagePart(documentOoxml, '/word/styles.xml');
  const relationship = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels = (inner: string) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;
  const part = (name: string, type: string, xml: string) => `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const RELS = 'application/vnd.openxmlformats-package.relationships+xml';
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part('/_rels/.rels', RELS, rels(relationship('rId1', 'officeDocument', 'word/document.xml'))) +
    (styles ? part('/word/_rels/document.xml.rels', RELS, rels(relationship('rId1', 'styles', 'styles.xml'))) + styles : '') +
    part('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`) +
    '</pkg:package>'
  );
}

/** One part of a flat OPC package as Word writes it (<pkg:part pkg:name="…">…</pkg:part>), if it has it. */
function packagePart(flatOpc: string, name: string): string | undefined {
  const at = flatOpc.indexOf(`pkg:name="${name}"`);
  if (at < 0) return undefined;
  const start = flatOpc.lastIndexOf('<pkg:part', at);
  const end = flatOpc.indexOf('</pkg:part>', at);
  return start < 0 || end < 0 ? undefined : flatOpc.slice(start, end + '</pkg:part>'.length);
}

/** Text as XML character data or an attribute value: markup escaped, characters XML cannot hold left out. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
