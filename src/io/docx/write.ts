// Writes generated tables as WordprocessingML. A regenerated table takes the look of the one it replaces — table
// properties and grid, its header row, and each column's cell, paragraph and run formatting from its first data row
// (a column numbered by a Word list keeps its numbering, so its cells get no typed number) — and lives in a content
// control tagged docket:<kind>, so the next regeneration replaces exactly that block. Used by the Word host
// (insertOoxml) and by `docket annex` (which splices it into document.xml and leaves every other byte alone).
import { blockTag, type CellSpec, type GeneratedBlock, type GeneratedKind, type TableSpec } from '../../core';
import { child, elementTree, textAt } from './spans';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The look of an existing table, to dress a generated one the same way. */
export interface TableLook {
  tableProperties: string;
  grid: string;
  headerRow?: string;
  /** Per column of the first data row: cell properties, paragraph properties, run properties, numbered or not. */
  columns: { cell: string; paragraph: string; run: string; numbered: boolean }[];
}

const CONTROL_TITLES: Record<GeneratedKind, string> = {
  annex: 'Docket: document list',
  agenda: 'Docket: agenda',
  interim: 'Docket: e-meeting plan',
  register: 'Docket: action register',
};

const TABLE_PARTS = [
  ['w:tbl', 'w:tblPr'],
  ['w:tbl', 'w:tblGrid'],
  ['w:tbl', 'w:tr'],
  ['w:tbl', 'w:tr', 'w:tc'],
  ['w:tbl', 'w:tr', 'w:tc', 'w:tcPr'],
  ['w:tbl', 'w:tr', 'w:tc', 'w:p'],
  ['w:tbl', 'w:tr', 'w:tc', 'w:p', 'w:pPr'],
  ['w:tbl', 'w:tr', 'w:tc', 'w:p', 'w:pPr', 'w:numPr'],
  ['w:tbl', 'w:tr', 'w:tc', 'w:p', 'w:r'],
  ['w:tbl', 'w:tr', 'w:tc', 'w:p', 'w:r', 'w:rPr'],
].map((path) => path.join('/'));

/** The look of a table, from its XML. */
export function lookOf(table: string): TableLook {
  const root = elementTree(table, (path) => TABLE_PARTS.includes(path.join('/')));
  const rows = root.children.filter((c) => c.name === 'w:tr');
  const data = rows[1] ?? rows[0];
  return {
    tableProperties: textAt(table, child(root, 'w:tblPr')) || '<w:tblPr/>',
    grid: textAt(table, child(root, 'w:tblGrid')),
    ...(rows[0] ? { headerRow: textAt(table, rows[0]) } : {}),
    columns: (data?.children ?? [])
      .filter((c) => c.name === 'w:tc')
      .map((cell) => {
        const paragraph = child(cell, 'w:p');
        const paragraphProperties = child(paragraph, 'w:pPr');
        return {
          cell: textAt(table, child(cell, 'w:tcPr')),
          paragraph: textAt(table, paragraphProperties),
          run: textAt(table, child(child(paragraph, 'w:r'), 'w:rPr')),
          numbered: child(paragraphProperties, 'w:numPr') !== undefined,
        };
      }),
  };
}

/** The table style the document's own tables use most (its template's), if they use one. */
export function documentTableStyle(documentXml: string): string | undefined {
  const counts = new Map<string, number>();
  for (const match of documentXml.matchAll(/<w:tblStyle w:val="([^"]+)"\/>/g)) {
    if (match[1] !== 'TableNormal') counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A table for a spec, in the look given (else a plain table in the given table style, or Word's bordered built-in). `keepHeader` reuses
 * the look's header row as it is (when the header says the same thing).
 */
export function tableXml(spec: TableSpec, look?: TableLook, options: { style?: string; keepHeader?: boolean } = {}): string {
  const total = spec.widths.reduce((a, b) => a + b, 0) || 1;
  const grid = look?.grid || `<w:tblGrid>${spec.widths.map((w) => `<w:gridCol w:w="${Math.round((w / total) * 9600)}"/>`).join('')}</w:tblGrid>`;
  // Word's built-in "Table Grid" is not defined in every document: its borders are written out too, so they show.
  const style = options.style ? `<w:tblStyle w:val="${escape(options.style)}"/>` : `<w:tblStyle w:val="TableGrid"/>`;
  const borders = options.style ? '' : `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('')}</w:tblBorders>`;
  const properties = look?.tableProperties ?? `<w:tblPr>${style}<w:tblW w:w="5000" w:type="pct"/>${borders}<w:tblLook w:val="04A0" w:firstRow="1"/></w:tblPr>`;
  const header =
    options.keepHeader && look?.headerRow
      ? look.headerRow
      : `<w:tr><w:trPr><w:tblHeader/></w:trPr>${spec.header.map((text, i) => cellXml({ text }, look?.columns[i], true)).join('')}</w:tr>`;
  const rows = spec.rows.map((row) => {
    let column = 0;
    const cells = row.cells.map((cell) => {
      const xml = cellXml(cell, look?.columns[column], false);
      column += cell.span ?? 1;
      return xml;
    });
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  return `<w:tbl>${properties}${grid}${header}${rows.join('')}</w:tbl>`;
}

function cellXml(cell: CellSpec, look: TableLook['columns'][number] | undefined, header: boolean): string {
  const span = cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '';
  const properties = look?.cell ? look.cell.replace(/<w:gridSpan [^>]*\/>/, '').replace('</w:tcPr>', `${span}</w:tcPr>`).replace(/<w:tcPr\/>/, `<w:tcPr>${span}</w:tcPr>`) : span ? `<w:tcPr>${span}</w:tcPr>` : '';
  const numbered = !header && look?.numbered === true;
  const lines = numbered ? [''] : cell.text.split('\n');
  const paragraphProperties = header ? '' : (look?.paragraph ?? '');
  const run = header ? '<w:rPr><w:b/></w:rPr>' : (look?.run ?? '');
  const paragraphs = lines.map((line) => `<w:p>${paragraphProperties}${line === '' ? '' : `<w:r>${run}<w:t xml:space="preserve">${escape(line)}</w:t></w:r>`}</w:p>`);
  return `<w:tc>${properties}${paragraphs.join('')}</w:tc>`;
}

/**
 * The table of a generated block, dressed for its document: in the look of the top-level table it replaces (its
 * ordinal), else in the table style the document's tables use.
 */
export function blockTableXml(block: GeneratedBlock, documentXml: string, ordinal: number | undefined): string {
  const look = ordinal === undefined ? undefined : lookOfTable(documentXml, ordinal);
  const style = documentTableStyle(documentXml);
  return tableXml(block.spec, look, { keepHeader: block.keepHeader ?? false, ...(style ? { style } : {}) });
}

/** A block-level content control around generated content, tagged so Docket can find it again. */
export function controlXml(block: Pick<GeneratedBlock, 'spec' | 'name'>, content: string): string {
  const title = CONTROL_TITLES[block.spec.kind] + (block.name ? ` (${block.name})` : '');
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escape(title)}"/><w:tag w:val="${escape(blockTag(block))}"/><w:lock w:val="sdtLocked"/></w:sdtPr>` +
    `<w:sdtContent>${content}</w:sdtContent></w:sdt>`
  );
}

/** Plain paragraphs, for the headings above a table added where there was none. */
export function paragraphsXml(lines: readonly string[]): string {
  return lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join('');
}

/** The flat OPC package Word's insertOoxml takes, holding body content. */
export function flatOpcOf(body: string): string {
  const rels =
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>${rels}</pkg:xmlData></pkg:part>` +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    `<pkg:xmlData><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`
  );
}

/** The look of the n-th top-level table of document.xml (inside its Docket control, if it has one). */
export function lookOfTable(documentXml: string, ordinal: number): TableLook | undefined {
  const span = topLevelTables(documentXml)[ordinal];
  if (!span) return undefined;
  const xml = documentXml.slice(span.start, span.end);
  return lookOf(xml.startsWith('<w:tbl') ? xml : xml.slice(xml.indexOf('<w:tbl'), xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length));
}

/** The document part of a flat OPC package (what Word's getOoxml returns). */
export function documentPartOf(flatOpc: string): string | undefined {
  const keep = (path: readonly string[]) => path.length <= 4;
  const root = elementTree(flatOpc, keep);
  for (const part of root.children) {
    const document = child(child(part, 'pkg:xmlData'), 'w:document');
    if (document) return flatOpc.slice(document.start, document.end);
  }
  return undefined;
}

/**
 * The spans of the body's top-level tables in document.xml, in order; a table alone in a Docket content control
 * spans the control too, so regenerating it replaces the control and all.
 */
export function topLevelTables(xml: string): { start: number; end: number }[] {
  const keep = (path: readonly string[]) =>
    path.length <= 3 || (path[2] === 'w:sdt' && path.length <= 6 && ['w:sdtPr', 'w:sdtContent', 'w:tag', 'w:tbl'].includes(path.at(-1)!));
  const body = child(elementTree(xml, keep), 'w:body');
  const spans: { start: number; end: number }[] = [];
  for (const block of body?.children ?? []) {
    if (block.name === 'w:tbl') spans.push(block);
    if (block.name !== 'w:sdt') continue;
    const content = child(block, 'w:sdtContent')?.children ?? [];
    const tag = textAt(xml, child(child(block, 'w:sdtPr'), 'w:tag'));
    const ours = /w:val="docket:[a-z]+[":]/.test(tag) && content.length === 1 && content[0]!.name === 'w:tbl';
    if (ours) spans.push(block);
    else spans.push(...content.filter((c) => c.name === 'w:tbl'));
  }
  return spans.map(({ start, end }) => ({ start, end }));
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
