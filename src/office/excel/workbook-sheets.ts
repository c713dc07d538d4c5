// Any sheet of the open workbook as the meeting's document register: the sheet names in one sync, and a sheet's used
// range as the text Excel shows in one more, read into a Snapshot the way a workbook file is read.
import { snapshotOfSheets } from '../../core';
import { HostError, type WorkbookSheets } from '../host';

export function workbookSheets(api: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> }): WorkbookSheets {
  return {
    names: () =>
      api.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      }),
    read: (name) =>
      api.run(async (context) => {
        const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
        used.load('text');
        await context.sync();
        if (used.isNullObject) throw new HostError(`The sheet "${name}" is empty.`, 'Choose the sheet that holds the document register.');
        return snapshotOfSheets([{ name, rows: used.text }]);
      }),
  };
}
