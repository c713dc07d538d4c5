// The action register as an .xlsx file (what Word users download, what `docket register` writes when there is no
// register yet): a frozen, bold header with filters, the register's column widths, a Status drop-down, and overdue
// rows highlighted. The agenda's columns are text cells formatted as text ("4.10" stays 4.10 when retyped), Due is a
// date cell in yyyy-mm-dd. Written with write-excel-file; the filter (with the hidden name Excel defines for it) and
// the drop-down are added through its extension mechanism ("features").
import writeXlsxFile, { type Feature, type SheetData } from 'write-excel-file/universal';
import {
  getOrderOfSiblings,
  getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeAttributeValue,
} from 'write-excel-file/utility';
import { ACTION_STATUSES, DATE_FORMAT, OVERDUE_STYLE, REGISTER_COLUMNS, REGISTER_FIELDS, REGISTER_SHEET, overdueFormula, type RegisterColumn, type RegisterRow } from '../../core';
import { areaAddress, columnName, sheetAreaReference, type Area } from './a1';
import { xmlText } from './elements';
import { utcDate } from './serial';

const STATUS = REGISTER_FIELDS.indexOf('status');
const DUE = REGISTER_FIELDS.indexOf('due');
/** The rows the Status list and the overdue rule cover, ahead of the actions to come. */
export const LAST_ROW = 2000;
/** The header row's fill. */
export const HEADER_FILL = '#DDEBF7';

export async function registerWorkbook(rows: readonly RegisterRow[]): Promise<Uint8Array> {
  const header = REGISTER_COLUMNS.map(({ header: value }) => ({ value, fontWeight: 'bold' as const, backgroundColor: HEADER_FILL }));
  const data: SheetData = [header, ...rows.map((row) => REGISTER_COLUMNS.map((column) => cellOf(column, row[column.field])))];
  const [due, status] = [columnName(DUE), columnName(STATUS)];
  const blob = await writeXlsxFile(data, {
    sheet: REGISTER_SHEET,
    columns: REGISTER_COLUMNS.map(({ width }) => ({ width })),
    stickyRowsCount: 1,
    conditionalFormatting: [
      {
        cellRange: { from: { row: 2, column: 1 }, to: { row: LAST_ROW, column: REGISTER_FIELDS.length } },
        condition: { formula: overdueFormula(`$${due}2`, `$${status}2`) },
        style: { backgroundColor: OVERDUE_STYLE.fill, textColor: OVERDUE_STYLE.font },
      },
    ],
  }, { features: [filterAndStatusList(rows.length)] }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A register value as its cell: a date cell (empty ones formatted too, for the date typed later); text as text. */
function cellOf(column: RegisterColumn, value: string): SheetData[number][number] {
  if (column.type === 'date') return { ...(value === '' ? {} : { value: utcDate(value) }), type: Date, format: DATE_FORMAT };
  return { value, type: String, ...(column.kept ? {} : { format: '@' }), wrap: column.field === 'text' };
}

/** The filter over the header and the rows, the hidden name Excel defines for it, and the Status drop-down. */
function filterAndStatusList(rowCount: number): Feature<Blob> {
  const area = registerArea(rowCount);
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(xml) {
            const order = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];
            const filter = getSelfClosingTagMarkup('autoFilter', { ref: areaAddress(area) });
            const withFilter = insertElementMarkupAccordingToOrderOfSiblings(xml, filter, order, 'worksheet');
            return insertElementMarkupAccordingToOrderOfSiblings(withFilter, statusList(), order, 'worksheet');
          },
        },
        'xl/workbook.xml': {
          transform(xml) {
            const names = `<definedNames>${filterDatabaseName('', 0, REGISTER_SHEET, area)}</definedNames>`;
            if (xml.includes('<definedNames/>')) return xml.replace('<definedNames/>', names);
            return insertElementMarkupAccordingToOrderOfSiblings(xml, names, getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [], 'workbook');
          },
        },
      },
    },
  };
}

/** The register's header and `rowCount` rows, every column. */
export function registerArea(rowCount: number): Area {
  return { top: 0, left: 0, bottom: rowCount, right: REGISTER_FIELDS.length - 1 };
}

/** The defined name Excel keeps a sheet's filter range in, hidden and local to the sheet (ECMA-376 Part 1, §18.2.5). */
export const FILTER_DATABASE = '_xlnm._FilterDatabase';

/** The `<definedName>` of a filter over `area` on the sheet at `sheetIndex` (its localSheetId), with the workbook's prefix. */
export function filterDatabaseName(prefix: string, sheetIndex: number, sheet: string, area: Area): string {
  return `<${prefix}definedName name="${FILTER_DATABASE}" localSheetId="${sheetIndex}" hidden="1">${xmlText(sheetAreaReference(sheet, area))}</${prefix}definedName>`;
}

/** The Status column's drop-down, as a sheet's `<dataValidations>`. */
export function statusList(): string {
  const column = columnName(STATUS);
  return (
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" ` +
    `errorTitle="Status" error="Choose a status from the list." sqref="${column}2:${column}${LAST_ROW}">` +
    `<formula1>${sanitizeAttributeValue(`"${ACTION_STATUSES.join(',')}"`)}</formula1></dataValidation></dataValidations>`
  );
}
