// The action register as an .xlsx file (what Word users download, what `docket register` writes): a frozen, bold
// header with filters, fitted columns, a Status drop-down, and overdue rows highlighted. Written with
// write-excel-file; the filter and the drop-down are added through its extension mechanism ("features").
import writeXlsxFile, { type Feature, type SheetData } from 'write-excel-file/universal';
import {
  getOrderOfSiblings,
  getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeAttributeValue,
} from 'write-excel-file/utility';
import { ACTION_STATUSES, REGISTER_FIELDS, REGISTER_HEADER, type RegisterRow } from '../../core';
import { columnName } from './a1';

const WIDTHS = [11, 8, 60, 11, 22, 16, 22, 13, 12, 30];
const STATUS = REGISTER_FIELDS.indexOf('status');
const DUE = REGISTER_FIELDS.indexOf('due');
const LAST_ROW = 2000;

export async function registerWorkbook(rows: readonly RegisterRow[]): Promise<Uint8Array> {
  const header = REGISTER_HEADER.map((value) => ({ value, fontWeight: 'bold' as const, backgroundColor: '#DDEBF7' }));
  const data: SheetData = [header, ...rows.map((row) => REGISTER_FIELDS.map((field) => ({ value: row[field], wrap: field === 'text' })))];
  const blob = await writeXlsxFile(data, {
    sheet: 'Action register',
    columns: WIDTHS.map((width) => ({ width })),
    stickyRowsCount: 1,
    conditionalFormatting: [
      {
        cellRange: { from: { row: 2, column: 1 }, to: { row: LAST_ROW, column: REGISTER_FIELDS.length } },
        condition: { formula: `AND(${columnName(DUE)}2<>"",${columnName(DUE)}2<TEXT(TODAY(),"yyyy-mm-dd"),${columnName(STATUS)}2<>"Done")` },
        style: { backgroundColor: '#FCE4D6', textColor: '#9C0006' },
      },
    ],
  }, { features: [filterAndStatusList(rows.length)] }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function filterAndStatusList(rowCount: number): Feature<Blob> {
  const lastColumn = columnName(REGISTER_FIELDS.length - 1);
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(xml) {
            const order = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];
            const filter = getSelfClosingTagMarkup('autoFilter', { ref: `A1:${lastColumn}${rowCount + 1}` });
            const list = sanitizeAttributeValue(`"${ACTION_STATUSES.join(',')}"`);
            const validation =
              `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" ` +
              `errorTitle="Status" error="Choose a status from the list." sqref="${columnName(STATUS)}2:${columnName(STATUS)}${LAST_ROW}">` +
              `<formula1>${list}</formula1></dataValidation></dataValidations>`;
            const withFilter = insertElementMarkupAccordingToOrderOfSiblings(xml, filter, order, 'worksheet');
            return insertElementMarkupAccordingToOrderOfSiblings(withFilter, validation, order, 'worksheet');
          },
        },
      },
    },
  };
}
