// The action register added to a workbook the user keeps that has none, as Excel adds a sheet: a new worksheet part
// (the register's header, frozen, bold on its fill, with filters; its rows as inline strings, agenda columns formatted
// as text, Due as a date cell; its column widths, the Status drop-down and the overdue rule, as the .xlsx Docket
// writes has them), and the entries that make it part of the workbook: its tab at the end of the workbook's sheets,
// its relationship, its content type, the hidden name Excel defines for its filter, its title in docProps/app.xml when
// the workbook lists its sheets there, and the styles its cells use appended to the workbook's own. Every other part,
// and every byte of these parts outside what is added, is kept.
import { DATE_FORMAT, OVERDUE_STYLE, REGISTER_COLUMNS, REGISTER_FIELDS, REGISTER_SHEET, freeSheetName, overdueFormula, type RegisterColumn, type RegisterRow } from '../../core';
import { areaAddress, cellAddress, columnName, type Area } from './a1';
import { attribute, childOf, childrenOf, prefixOf, splice, withAttribute, xmlAttribute, xmlText, type Edit, type Element } from './elements';
import { HEADER_FILL, LAST_ROW, filterDatabaseName, registerArea, statusList } from './register-file';
import { serialOf } from './serial';
import type { WorkbookPackage } from './workbook';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET = `${RELATIONSHIPS}/worksheet`;
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
/** Excel's built-in number format "@": text, so "4.10" typed again stays text. */
const TEXT_FORMAT = 49;

/** The cell styles (cellXfs indexes) and the overdue rule's format (dxfs index) the new sheet uses. */
interface RegisterStyles {
  header: number;
  text: number;
  wrapped: number;
  date: number;
  overdue: number;
}

/** Adds the register on a new sheet; returns the sheet's name ("Action register", or "Action register (2)" beside a sheet of that name). */
export function addRegisterSheet(book: WorkbookPackage, rows: readonly RegisterRow[]): string {
  const name = freeSheetName(REGISTER_SHEET, book.sheets().map((s) => s.name));
  const path = freePath(book);
  const styles = registerStyles(book);
  const area = registerArea(rows.length);
  book.edit(path, sheetXml(rows, styles, area));
  const id = addRelationship(book, path);
  addSheetEntry(book, name, id);
  addFilterName(book, name, area);
  addContentType(book, `/${path}`, WORKSHEET_TYPE);
  addTitle(book, name);
  return name;
}

/** A register value as a cell: text as an inline string (never read as a number or a formula), a date as its serial. */
export function valueCell(prefix: string, row: number, col: number, style: string | undefined, type: 'text' | 'date', value: string): string {
  const open = `<${prefix}c r="${cellAddress(row, col)}"${styleAttribute(style)}`;
  if (value === '') return `${open}/>`;
  if (type === 'date') return `${open}><${prefix}v>${serialOf(value)}</${prefix}v></${prefix}c>`;
  return `${open} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${xmlText(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

export function styleAttribute(style: string | undefined): string {
  return style === undefined ? '' : ` s="${xmlAttribute(style)}"`;
}

/** The first xl/worksheets/sheetN.xml the package does not have. */
function freePath(book: WorkbookPackage): string {
  for (let n = 1; ; n++) if (!book.has(`xl/worksheets/sheet${n}.xml`)) return `xl/worksheets/sheet${n}.xml`;
}

function sheetXml(rows: readonly RegisterRow[], styles: RegisterStyles, area: Area): string {
  const last = columnName(REGISTER_COLUMNS.length - 1);
  const styleOf = (column: RegisterColumn) => (column.type === 'date' ? styles.date : column.field === 'text' ? styles.wrapped : column.kept ? undefined : styles.text);
  const cols = REGISTER_COLUMNS.map((column, i) => {
    const style = styleOf(column);
    return `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"${style === undefined ? '' : ` style="${style}"`}/>`;
  }).join('');
  const header = `<row r="1">${REGISTER_COLUMNS.map((column, i) => valueCell('', 0, i, String(styles.header), 'text', column.header)).join('')}</row>`;
  const body = rows.map((row, r) => {
    const cells = REGISTER_COLUMNS.map((column, i) => {
      const style = styleOf(column);
      return valueCell('', r + 1, i, style === undefined ? undefined : String(style), column.type, row[column.field]);
    });
    return `<row r="${r + 2}">${cells.join('')}</row>`;
  });
  const [due, status] = ['due', 'status'].map((field) => columnName(REGISTER_FIELDS.indexOf(field as 'due' | 'status')));
  const used = areaAddress(area);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    `<dimension ref="${used}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols>` +
    `<sheetData>${header}${body.join('')}</sheetData>` +
    `<autoFilter ref="${used}"/>` +
    `<conditionalFormatting sqref="A2:${last}${LAST_ROW}"><cfRule type="expression" dxfId="${styles.overdue}" priority="1"><formula>${xmlText(overdueFormula(`$${due}2`, `$${status}2`))}</formula></cfRule></conditionalFormatting>` +
    statusList() +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

/** "#DDEBF7" as the ARGB an .xlsx colour takes. */
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/**
 * Appends the new sheet's styles to the workbook's stylesheet: a bold font, the header's fill, four cell formats and
 * the overdue rule's format, and a date number format unless the workbook has DATE_FORMAT already. A workbook without
 * a stylesheet is given one with Excel's defaults.
 */
function registerStyles(book: WorkbookPackage): RegisterStyles {
  const path = book.relationships(book.workbookPath).find((r) => r.type.endsWith('/styles') && book.has(r.path))?.path ?? addStylesPart(book);
  const { xml, root } = book.parse(path, (p) => p.length <= 3);
  const p = prefixOf(root);
  const edits: Edit[] = [];
  const list = (name: string) => childOf(root, name);
  const count = (name: string, inner: string) => childrenOf(list(name), inner).length;
  /** Appends items to a list (creating it after `after`, the first of them it has, if missing); returns the first's index. */
  const append = (name: string, inner: string, items: string[], after: readonly string[]): number => {
    const element = list(name);
    const first = count(name, inner);
    const markup = items.map((item) => item.replace(/<(\/?)([a-z])/gi, `<$1${p}$2`)).join('');
    if (!element) {
      const before = after.map(list).find((e) => e !== undefined);
      const at = before ? before.end : root.inner;
      edits.push({ start: at, end: at, text: `<${p}${name} count="${items.length}">${markup}</${p}${name}>` });
    } else if (element.selfClosing) {
      edits.push({ start: element.start, end: element.end, text: `<${element.qname} count="${items.length}">${markup}</${element.qname}>` });
    } else {
      edits.push(withAttribute(xml, element, 'count', String(first + items.length)));
      edits.push({ start: element.innerEnd, end: element.innerEnd, text: markup });
    }
    return first;
  };
  const formats = childrenOf(list('numFmts'), 'numFmt');
  const kept = formats.find((f) => attribute(f, 'formatCode') === DATE_FORMAT);
  let dateFormat = Number(kept && attribute(kept, 'numFmtId'));
  if (!kept) {
    dateFormat = Math.max(163, ...formats.map((f) => Number(attribute(f, 'numFmtId') ?? 0))) + 1;
    append('numFmts', 'numFmt', [`<numFmt numFmtId="${dateFormat}" formatCode="${xmlAttribute(DATE_FORMAT)}"/>`], []);
  }
  const defaultFont = childrenOf(list('fonts'), 'font')[0];
  const fontInner = defaultFont && !defaultFont.selfClosing ? xml.slice(defaultFont.inner, defaultFont.innerEnd).replace(/<(?:\w+:)?b\/>/, '') : '';
  // The default font's markup is copied with its own prefix; only the bold mark is new.
  const bold = append('fonts', 'font', [`<font><b/>${fontInner.replace(/<(\/?)\w+:/g, '<$1')}</font>`], ['numFmts']);
  const fill = append('fills', 'fill', [`<fill><patternFill patternType="solid"><fgColor rgb="${argb(HEADER_FILL)}"/><bgColor indexed="64"/></patternFill></fill>`], ['fonts', 'numFmts']);
  const xf = (attributes: string, inner = '') => `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" ${attributes}${inner ? `>${inner}</xf>` : '/>'}`;
  const header = append(
    'cellXfs',
    'xf',
    [
      xf(`applyFont="1" applyFill="1"`).replace('fontId="0" fillId="0"', `fontId="${bold}" fillId="${fill}"`),
      xf(`applyNumberFormat="1"`).replace('numFmtId="0"', `numFmtId="${TEXT_FORMAT}"`),
      xf(`applyNumberFormat="1" applyAlignment="1"`, `<alignment vertical="top" wrapText="1"/>`).replace('numFmtId="0"', `numFmtId="${TEXT_FORMAT}"`),
      xf(`applyNumberFormat="1"`).replace('numFmtId="0"', `numFmtId="${dateFormat}"`),
    ],
    ['cellStyleXfs', 'borders', 'fills', 'fonts'],
  );
  const overdue = append(
    'dxfs',
    'dxf',
    [`<dxf><font><color rgb="${argb(OVERDUE_STYLE.font)}"/></font><fill><patternFill><bgColor rgb="${argb(OVERDUE_STYLE.fill)}"/></patternFill></fill></dxf>`],
    ['cellStyles', 'cellXfs'],
  );
  book.edit(path, splice(xml, edits));
  return { header, text: header + 1, wrapped: header + 2, date: header + 3, overdue };
}

/** A stylesheet with Excel's defaults (one font, the two fills every workbook has, one border, one format), related to the workbook. */
function addStylesPart(book: WorkbookPackage): string {
  const path = 'xl/styles.xml';
  book.edit(
    path,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  );
  addRelationship(book, path, `${RELATIONSHIPS}/styles`);
  addContentType(book, `/${path}`, STYLES_TYPE);
  return path;
}

/** A relationship from the workbook to a part, with an id it does not use yet; returns the id. */
function addRelationship(book: WorkbookPackage, path: string, type = WORKSHEET): string {
  const rels = book.relationshipsPart(book.workbookPath);
  const taken = new Set(book.relationships(book.workbookPath).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const folder = book.workbookPath.slice(0, book.workbookPath.lastIndexOf('/') + 1);
  const target = path.startsWith(folder) ? path.slice(folder.length) : `/${path}`;
  const { xml, root } = book.parse(rels);
  const markup = `<${prefixOf(root)}Relationship Id="${id}" Type="${type}" Target="${xmlAttribute(target)}"/>`;
  book.edit(rels, splice(xml, [closingInsert(root, markup)]));
  return id;
}

/** The new tab, after the workbook's last: `<sheet name sheetId r:id>` with an id no sheet has. */
function addSheetEntry(book: WorkbookPackage, name: string, id: string): void {
  const { xml, root } = book.parse(book.workbookPath, (p) => p.length <= 3);
  const sheets = childOf(root, 'sheets')!;
  const sheetId = Math.max(0, ...childrenOf(sheets, 'sheet').map((s) => Number(attribute(s, 'sheetId') ?? 0))) + 1;
  // The relationships namespace as the workbook binds it; declared on the element where the workbook does not.
  const bound = Object.entries(root.attributes).find(([key, value]) => key.startsWith('xmlns:') && value === RELATIONSHIPS)?.[0].slice('xmlns:'.length);
  const rid = bound ? `${bound}:id="${id}"` : `xmlns:r="${RELATIONSHIPS}" r:id="${id}"`;
  book.edit(book.workbookPath, splice(xml, [closingInsert(sheets, `<${prefixOf(sheets)}sheet name="${xmlAttribute(name)}" sheetId="${sheetId}" ${rid}/>`)]));
}

/**
 * The hidden name Excel defines for the new sheet's filter, local to it (the last of the workbook's sheets), in the
 * workbook's defined names: their list is made where the workbook has none, after what comes before it in the schema.
 */
function addFilterName(book: WorkbookPackage, sheet: string, area: Area): void {
  const { xml, root } = book.parse(book.workbookPath, (p) => p.length <= 3);
  const p = prefixOf(root);
  const name = filterDatabaseName(p, childrenOf(childOf(root, 'sheets'), 'sheet').length - 1, sheet, area);
  const names = childOf(root, 'definedNames');
  if (names) {
    book.edit(book.workbookPath, splice(xml, [closingInsert(names, name)]));
    return;
  }
  const before = ['externalReferences', 'functionGroups', 'sheets'].map((element) => childOf(root, element)).find((e) => e !== undefined)!;
  book.edit(book.workbookPath, splice(xml, [{ start: before.end, end: before.end, text: `<${p}definedNames>${name}</${p}definedNames>` }]));
}

function addContentType(book: WorkbookPackage, part: string, type: string): void {
  const { xml, root } = book.parse('[Content_Types].xml');
  book.edit('[Content_Types].xml', splice(xml, [closingInsert(root, `<${prefixOf(root)}Override PartName="${part}" ContentType="${type}"/>`)]));
}

/** The sheet's name among the workbook's titles in docProps/app.xml, after the other worksheets', and their count. */
function addTitle(book: WorkbookPackage, name: string): void {
  const path = book.relationships('').find((r) => r.type.endsWith('/extended-properties') && book.has(r.path))?.path;
  if (!path) return;
  const { xml, root } = book.parse(path);
  const pairs = childOf(childOf(root, 'HeadingPairs'), 'vector');
  const titles = childOf(childOf(root, 'TitlesOfParts'), 'vector');
  if (!pairs || !titles || titles.selfClosing) return;
  // Heading pairs are (name, count) variants: the titles of each heading follow one another in that order.
  const variants = childrenOf(pairs, 'variant');
  let before = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const heading = childOf(variants[i], 'lpstr')?.text;
    const count = childOf(variants[i + 1], 'i4');
    if (!count) return;
    if (heading === 'Worksheets') {
      const entries = childrenOf(titles, 'lpstr');
      const at = before + Number(count.text);
      const where = entries[at - 1]?.end ?? titles.inner;
      const lpstr = entries[0]?.qname ?? 'vt:lpstr';
      book.edit(
        path,
        splice(xml, [
          { start: count.inner, end: count.innerEnd, text: String(Number(count.text) + 1) },
          withAttribute(xml, titles, 'size', String(entries.length + 1)),
          { start: where, end: where, text: `<${lpstr}>${xmlText(name)}</${lpstr}>` },
        ]),
      );
      return;
    }
    before += Number(count.text);
  }
}

/** An insertion at the end of an element's content (a self-closing one opened for it). */
function closingInsert(element: Element, markup: string): Edit {
  if (!element.selfClosing) return { start: element.innerEnd, end: element.innerEnd, text: markup };
  return { start: element.start, end: element.end, text: `<${element.qname}${openAttributes(element)}>${markup}</${element.qname}>` };
}

function openAttributes(element: Element): string {
  return Object.entries(element.attributes)
    .map(([key, value]) => ` ${key}="${xmlAttribute(value)}"`)
    .join('');
}
