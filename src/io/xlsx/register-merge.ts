// Merges the agenda's actions into a register workbook the user keeps, by editing the workbook in place: only the
// register's own cells change — agenda texts updated, an empty Status filled, new actions appended as rows below it —
// written at their offsets in the sheet's XML, as inline strings in the style of the cells above. Everything else is
// kept byte for byte: other sheets, the user's own columns, rows without an action id, formulas, formats, widths, the
// sheet's name, defined names, every other part of the package. When rows are added, what covers the register's rows
// grows with it as Excel would grow it: the table's range, the filter, the data validation and the conditional
// formats that ended at its last row. A workbook with no register is given one, on a sheet of its own (register-sheet).
import { REGISTER_COLUMNS, countWork, hasRegisterColumns, matchRegister, overdueFormula, registerColumns, takesAgendaValue, type RegisterRow } from '../../core';
import { ReadError } from '../read-error';
import { absoluteAreaAddress, areaAddress, cellAddress, columnName, parseArea, type Area } from './a1';
import { attribute, childOf, childrenOf, prefixOf, splice, tagEnd, withAttribute, xmlText, type Edit, type Element } from './elements';
import { FILTER_DATABASE } from './register-file';
import { addRegisterSheet, styleAttribute, valueCell } from './register-sheet';
import { WorkbookPackage, cellText, type SheetPart } from './workbook';

export interface RegisterMerge {
  /** The merged workbook; undefined when nothing changed (nothing to write). */
  bytes?: Uint8Array;
  /** The sheet the register is on. */
  sheet: string;
  /** The workbook had no register: the sheet was added to it. */
  created?: true;
  added: number;
  updated: number;
  /** Rows with an action id, after the merge. */
  total: number;
}

/** A row of the sheet: its element and its cells by column (0-based, as the row is). */
interface SheetRow {
  row: number;
  element: Element;
  cells: Map<number, Element>;
}

/** Where the register is on its sheet: its header row, columns and last row (0-based), and its table part if any. */
interface Found {
  sheet: SheetPart;
  xml: string;
  root: Element;
  rows: SheetRow[];
  header: number;
  left: number;
  right: number;
  bottom: number;
  /** Where each register column is (REGISTER_COLUMNS order). */
  columns: number[];
  table?: { path: string; xml: string; root: Element; area: Area };
}

/** The parts of a sheet an edit needs: its top-level elements, all of sheetData, validations and formats. */
const SHEET_PARTS = new Set(['sheetData', 'dataValidations', 'conditionalFormatting', 'extLst']);
const keepSheet = (path: readonly string[]) => path.length <= 2 || SHEET_PARTS.has(path[1]!);

export function mergeRegisterInto(bytes: Uint8Array, fresh: readonly RegisterRow[]): RegisterMerge {
  countWork('register');
  try {
    return mergeInto(new WorkbookPackage(bytes), fresh);
  } catch (error) {
    // A cell or range address that is not one ("r=\"A\""): the workbook is damaged, which the user is told in a line.
    if (error instanceof RangeError) throw new ReadError(`the workbook is damaged and cannot be merged into (${error.message}).`);
    throw error;
  }
}

function mergeInto(book: WorkbookPackage, fresh: readonly RegisterRow[]): RegisterMerge {
  const shared = book.sharedStrings();
  for (const sheet of book.sheets()) {
    const found = findRegister(book, sheet, shared);
    if (found) return merge(book, found, shared, fresh);
  }
  const sheet = addRegisterSheet(book, fresh);
  return { bytes: book.bytes(), sheet, created: true, added: fresh.length, updated: 0, total: fresh.length };
}

function findRegister(book: WorkbookPackage, sheet: SheetPart, shared: readonly string[]): Found | undefined {
  const { xml, root } = book.parse(sheet.path, keepSheet);
  const rows = sheetRows(childOf(root, 'sheetData'));
  const texts = (row: SheetRow | undefined) => {
    const out: string[] = [];
    for (const [col, cell] of row?.cells ?? []) out[col] = cellText(cell, shared);
    return Array.from(out, (t) => t ?? '');
  };
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const rel of book.relationships(sheet.path).filter((r) => r.type.endsWith('/table') && book.has(r.path))) {
    const table = book.parse(rel.path, (p) => p.length <= 4);
    const area = parseArea(attribute(table.root, 'ref') ?? 'A1');
    if (attribute(table.root, 'headerRowCount') === '0') continue;
    const header = texts(byRow.get(area.top)).slice(area.left, area.right + 1);
    if (!hasRegisterColumns(header)) continue;
    if (Number(attribute(table.root, 'totalsRowCount') ?? 0) > 0) {
      throw new ReadError(`the register table on sheet "${sheet.name}" has a total row, below which Docket cannot add rows: turn the total row off (Table Design > Total Row), merge, then turn it back on.`);
    }
    const columns = registerColumns(header).map((c) => c + area.left);
    return { sheet, xml, root, rows, header: area.top, left: area.left, right: area.right, bottom: area.bottom, columns, table: { path: rel.path, ...table, area } };
  }
  for (const row of rows) {
    const header = texts(row);
    if (!hasRegisterColumns(header)) continue;
    const filled = [...row.cells].filter(([, cell]) => hasContent(cell)).map(([col]) => col);
    const [left, right] = [Math.min(...filled), Math.max(...filled)];
    // The register runs down to the last row with something in its columns; rows below it are free for new actions.
    const last = rows.findLast((r) => [...r.cells].some(([col, cell]) => col >= left && col <= right && hasContent(cell)));
    return { sheet, xml, root, rows, header: row.row, left, right, bottom: last!.row, columns: registerColumns(header) };
  }
  return undefined;
}

/** The rows of sheetData with their numbers and their cells' columns (a row or cell without `r` follows the last). */
function sheetRows(sheetData: Element | undefined): SheetRow[] {
  let last = -1;
  return childrenOf(sheetData, 'row').map((element) => {
    const r = attribute(element, 'r');
    last = r === undefined ? last + 1 : Number(r) - 1;
    const cells = new Map<number, Element>();
    let col = -1;
    for (const cell of childrenOf(element, 'c')) {
      const ref = attribute(cell, 'r');
      col = ref === undefined ? col + 1 : parseArea(ref).left;
      cells.set(col, cell);
    }
    return { row: last, element, cells };
  });
}

function merge(book: WorkbookPackage, found: Found, shared: readonly string[], fresh: readonly RegisterRow[]): RegisterMerge {
  const { rows, header, columns } = found;
  const body = rows.filter((r) => r.row > header && r.row <= found.bottom);
  const idColumn = columns[0]!;
  const ids = body.map((r) => (r.cells.get(idColumn) ? cellText(r.cells.get(idColumn)!, shared).trim() : ''));
  const { matches, added } = matchRegister(ids, fresh);
  const prefix = prefixOf(childOf(found.root, 'sheetData')!);
  const writes = new Map<number, Map<number, string>>();
  const write = (row: number, col: number, xml: string) => {
    if (!writes.has(row)) writes.set(row, new Map());
    writes.get(row)!.set(col, xml);
  };
  let updated = 0;
  let formulaReplaced = false;
  body.forEach((row, r) => {
    const now = matches[r];
    if (!now) return;
    let changed = false;
    REGISTER_COLUMNS.forEach((column, i) => {
      const cell = row.cells.get(columns[i]!);
      const text = cell ? cellText(cell, shared) : '';
      if (!takesAgendaValue(column.field, text) || text === now[column.field]) return;
      if (cell && childOf(cell, 'f')) formulaReplaced = true;
      write(row.row, columns[i]!, valueCell(prefix, row.row, columns[i]!, cell ? attribute(cell, 's') : styleAbove(body, columns[i]!), column.type, now[column.field]));
      changed = true;
    });
    if (changed) updated++;
  });

  // New actions go below the register's last filled row — into the empty rows a table ends with (a new Excel table
  // has one), then below it — in the style of that row, with a table's calculated columns.
  const filled = (row: SheetRow) => [...row.cells].some(([col, cell]) => col >= found.left && col <= found.right && hasContent(cell));
  const template = body.findLast(filled);
  const lastFilled = template?.row ?? header;
  const newBottom = Math.max(found.bottom, lastFilled + added.length);
  const taken = rows.find((r) => r.row > found.bottom && r.row <= newBottom && filled(r));
  if (taken) {
    throw new ReadError(`there is something below the register on sheet "${found.sheet.name}" (row ${taken.row + 1}) where its ${added.length} new rows would go: move it, then merge again.`);
  }
  const formulas = found.table ? calculatedColumns(found.table.root, found.table.area.left) : new Map<number, string>();
  added.forEach((action, k) => {
    const row = lastFilled + 1 + k;
    for (let col = found.left; col <= found.right; col++) {
      const style = template?.cells.get(col) ? attribute(template.cells.get(col)!, 's') : undefined;
      const i = columns.indexOf(col);
      const value = i >= 0 ? action[REGISTER_COLUMNS[i]!.field] : '';
      if (i >= 0 && (value !== '' || style !== undefined)) write(row, col, valueCell(prefix, row, col, style, REGISTER_COLUMNS[i]!.type, value));
      else if (i < 0 && formulas.has(col)) write(row, col, `<${prefix}c r="${cellAddress(row, col)}"${styleAttribute(style)}><${prefix}f>${xmlText(formulas.get(col)!)}</${prefix}f></${prefix}c>`);
      else if (i < 0 && style !== undefined) write(row, col, `<${prefix}c r="${cellAddress(row, col)}"${styleAttribute(style)}/>`);
    }
  });

  const edits = [...rowEdits(found, writes, prefix), ...repairedOverdueRule(found)];
  const total = ids.filter((id) => id !== '').length + added.length;
  if (edits.length === 0) return { sheet: found.sheet.name, added: 0, updated: 0, total };
  if (newBottom > found.bottom) edits.push(...grownRanges(book, found, newBottom));
  book.edit(found.sheet.path, splice(found.xml, edits));
  if (formulaReplaced) dropCalculationChain(book);
  recalculateOnOpen(book);
  return { bytes: book.bytes(), sheet: found.sheet.name, added: added.length, updated, total };
}

function hasContent(cell: Element): boolean {
  return ['v', 'f', 'is'].some((name) => childOf(cell, name) !== undefined);
}

/** The style of the nearest cell above in a column of the register's body. */
function styleAbove(body: readonly SheetRow[], col: number): string | undefined {
  for (let r = body.length - 1; r >= 0; r--) {
    const cell = body[r]!.cells.get(col);
    if (cell) return attribute(cell, 's');
  }
  return undefined;
}

/** A table's calculated columns: the formula Excel fills a new row with, by sheet column. */
function calculatedColumns(table: Element, left: number): Map<number, string> {
  const out = new Map<number, string>();
  childrenOf(childOf(table, 'tableColumns'), 'tableColumn').forEach((column, i) => {
    const formula = childOf(column, 'calculatedColumnFormula');
    if (formula && attribute(formula, 'array') !== '1') out.set(left + i, formula.text);
  });
  return out;
}

/** The edits that put the new cells into their rows: into a row that exists in column order, or as a new row in place. */
function rowEdits(found: Found, writes: Map<number, Map<number, string>>, prefix: string): Edit[] {
  const { xml } = found;
  const sheetData = childOf(found.root, 'sheetData')!;
  const byRow = new Map(found.rows.map((r) => [r.row, r]));
  const edits: Edit[] = [];
  const newRows: { row: number; text: string }[] = [];
  for (const [row, cells] of [...writes].sort(([a], [b]) => a - b)) {
    const ordered = [...cells].sort(([a], [b]) => a - b);
    const existing = byRow.get(row);
    if (!existing) {
      newRows.push({ row, text: `<${prefix}row r="${row + 1}">${ordered.map(([, text]) => text).join('')}</${prefix}row>` });
      continue;
    }
    const { element } = existing;
    if (element.selfClosing) {
      const tag = xml.slice(element.start, element.end);
      const open = `${tag.slice(0, tagEnd(tag))}>`;
      edits.push({ start: element.start, end: element.end, text: `${open}${ordered.map(([, text]) => text).join('')}</${element.qname}>` });
      continue;
    }
    const after = [...existing.cells].sort(([a], [b]) => a - b);
    for (const [col, text] of ordered) {
      const cell = existing.cells.get(col);
      if (cell) edits.push({ start: cell.start, end: cell.end, text });
      else {
        const next = after.find(([c]) => c > col)?.[1];
        const at = next ? next.start : element.innerEnd;
        edits.push({ start: at, end: at, text });
      }
    }
  }
  // New rows go before the first row below them, or at the end of sheetData.
  for (const { row, text } of newRows) {
    const next = found.rows.find((r) => r.row > row)?.element;
    if (next) edits.push({ start: next.start, end: next.start, text });
    else if (sheetData.selfClosing) edits.push({ start: sheetData.start, end: sheetData.end, text: `<${sheetData.qname}>${text}</${sheetData.qname}>` });
    else edits.push({ start: sheetData.innerEnd, end: sheetData.innerEnd, text });
  }
  // Rows that became one self-closing replacement are written whole: merge the edits of one sheetData end.
  return mergeSelfClosingSheetData(edits, sheetData);
}

/** A self-closing `<sheetData/>` replaced once per new row: join them into one replacement. */
function mergeSelfClosingSheetData(edits: Edit[], sheetData: Element): Edit[] {
  if (!sheetData.selfClosing) return edits;
  const whole = edits.filter((e) => e.start === sheetData.start && e.end === sheetData.end);
  if (whole.length <= 1) return edits;
  const inner = whole.map((e) => e.text.slice(`<${sheetData.qname}>`.length, -`</${sheetData.qname}>`.length)).join('');
  return [...edits.filter((e) => !whole.includes(e)), { start: sheetData.start, end: sheetData.end, text: `<${sheetData.qname}>${inner}</${sheetData.qname}>` }];
}

/** An area's bottom moved down, if it ended on the register's last row and covers its columns. */
function grown(area: Area, found: Found, newBottom: number): Area | undefined {
  const covers = area.left <= found.right && area.right >= found.left && area.top <= found.bottom && area.bottom === found.bottom;
  return covers ? { ...area, bottom: newBottom } : undefined;
}

/** What covers the register's rows grows with it: dimension, filter, table range, validations, conditional formats. */
function grownRanges(book: WorkbookPackage, found: Found, newBottom: number): Edit[] {
  const { xml, root } = found;
  const edits: Edit[] = [];
  const dimension = childOf(root, 'dimension');
  if (dimension) {
    const area = parseArea(attribute(dimension, 'ref') ?? 'A1');
    const all = { top: Math.min(area.top, found.header), left: Math.min(area.left, found.left), bottom: Math.max(area.bottom, newBottom), right: Math.max(area.right, found.right) };
    edits.push(withAttribute(xml, dimension, 'ref', areaAddress(all)));
  }
  const filter = childOf(root, 'autoFilter');
  const filterArea = filter && parseArea(attribute(filter, 'ref') ?? 'A1');
  const filterGrown = filterArea && filterArea.top === found.header ? grown(filterArea, found, newBottom) : undefined;
  if (filter && filterGrown) {
    edits.push(withAttribute(xml, filter, 'ref', areaAddress(filterGrown)));
    growFilterDatabase(book, found, filterGrown);
  }
  for (const element of [...childrenOf(childOf(root, 'dataValidations'), 'dataValidation'), ...childrenOf(root, 'conditionalFormatting')]) {
    const sqref = attribute(element, 'sqref');
    const moved = sqref === undefined ? undefined : grownList(sqref, found, newBottom);
    if (moved) edits.push(withAttribute(xml, element, 'sqref', moved));
  }
  // Excel 2010's own validations and formats (lists from another sheet, data bars) keep their ranges in <xm:sqref>.
  const inExtensions = (element: Element): Element[] => [...(element.name === 'sqref' ? [element] : []), ...element.children.flatMap(inExtensions)];
  for (const sqref of childOf(root, 'extLst') ? inExtensions(childOf(root, 'extLst')!) : []) {
    const moved = grownList(sqref.text, found, newBottom);
    if (moved) edits.push({ start: sqref.inner, end: sqref.innerEnd, text: xmlText(moved) });
  }
  if (found.table) {
    const { path, xml: tableXml, root: table } = found.table;
    const tableEdits = [table, childOf(table, 'autoFilter'), childOf(childOf(table, 'autoFilter'), 'sortState'), childOf(table, 'sortState')].flatMap((element) => {
      const ref = element && attribute(element, 'ref');
      const area = ref === undefined ? undefined : grown(parseArea(ref), found, newBottom);
      return element && area ? [withAttribute(tableXml, element, 'ref', areaAddress(area))] : [];
    });
    book.edit(path, splice(tableXml, tableEdits));
  }
  return edits;
}

/** A space-separated list of areas with those ending on the register's last row grown; undefined when none is. */
function grownList(sqref: string, found: Found, newBottom: number): string | undefined {
  let moved = false;
  const list = sqref
    .trim()
    .split(/\s+/)
    .map((address) => {
      const area = grown(parseArea(address), found, newBottom);
      if (!area || parseArea(address).top <= found.header) return address;
      moved = true;
      return area.top === area.bottom && area.left === area.right ? cellAddress(area.top, area.left) : areaAddress(area);
    });
  return moved ? list.join(' ') : undefined;
}

/** The hidden name Excel keeps the sheet's filter range in (_xlnm._FilterDatabase), grown with the filter. */
function growFilterDatabase(book: WorkbookPackage, found: Found, area: Area): void {
  const { xml, root } = book.parse(book.workbookPath, (p) => p.length <= 3);
  const name = childrenOf(childOf(root, 'definedNames'), 'definedName').find(
    (d) => attribute(d, 'name') === FILTER_DATABASE && attribute(d, 'localSheetId') === String(found.sheet.index),
  );
  if (!name || !name.text.includes('!')) return;
  const sheet = name.text.slice(0, name.text.lastIndexOf('!'));
  book.edit(book.workbookPath, splice(xml, [{ start: name.inner, end: name.innerEnd, text: xmlText(`${sheet}!${absoluteAreaAddress(area)}`) }]));
}

/** Docket's first registers compared Due as text ("I2<TEXT(TODAY(),…)"): that rule is replaced by the date one. */
function repairedOverdueRule(found: Found): Edit[] {
  const [due, status] = [columnName(found.columns[REGISTER_COLUMNS.findIndex((c) => c.field === 'due')]!), columnName(found.columns[REGISTER_COLUMNS.findIndex((c) => c.field === 'status')]!)];
  const row = found.header + 2;
  const old = `AND(${due}${row}<>"",${due}${row}<TEXT(TODAY(),"yyyy-mm-dd"),${status}${row}<>"Done")`;
  return childrenOf(found.root, 'conditionalFormatting')
    .flatMap((format) => childrenOf(format, 'cfRule'))
    .flatMap((rule) => childrenOf(rule, 'formula'))
    .filter((formula) => formula.text === old)
    .map((formula) => ({ start: formula.inner, end: formula.innerEnd, text: xmlText(overdueFormula(`$${due}${row}`, `$${status}${row}`)) }));
}

/** A formula cell was replaced by a value: Excel's list of formula cells would name it, so it goes (Excel rebuilds it). */
function dropCalculationChain(book: WorkbookPackage): void {
  const chain = book.relationships(book.workbookPath).find((r) => r.type.endsWith('/calcChain'));
  if (!chain) return;
  const rels = book.relationshipsPart(book.workbookPath);
  const { xml } = book.parse(rels);
  book.edit(rels, splice(xml, [{ start: chain.element.start, end: chain.element.end, text: '' }]));
  const types = book.parse('[Content_Types].xml');
  const override = childrenOf(types.root, 'Override').find((o) => attribute(o, 'PartName') === `/${chain.path}`);
  if (override) book.edit('[Content_Types].xml', splice(types.xml, [{ start: override.start, end: override.end, text: '' }]));
  book.remove(chain.path);
}

/** The cells changed: formulas that read them are recalculated when the workbook is opened (calcPr fullCalcOnLoad). */
function recalculateOnOpen(book: WorkbookPackage): void {
  const { xml, root } = book.parse(book.workbookPath, (p) => p.length <= 2);
  const calc = childOf(root, 'calcPr');
  if (calc) {
    book.edit(book.workbookPath, splice(xml, [withAttribute(xml, calc, 'fullCalcOnLoad', '1')]));
    return;
  }
  // calcPr comes after these in the schema's order.
  const before = ['definedNames', 'externalReferences', 'functionGroups', 'sheets'].map((name) => childOf(root, name)).find((e) => e !== undefined);
  if (!before) return;
  book.edit(book.workbookPath, splice(xml, [{ start: before.end, end: before.end, text: `<${prefixOf(root)}calcPr fullCalcOnLoad="1"/>` }]));
}
