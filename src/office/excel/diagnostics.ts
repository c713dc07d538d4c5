// Diagnostics in Excel: a self-test a person runs in real Excel. It adds a scratch sheet holding a small document list
// and checks it as Check list does — read it, go to a finding's cell, apply its fix — then keeps a scratch action
// register on a second scratch sheet (created, then merged again with a changed text, agenda texts Excel would re-type
// kept as text), keeps a setting, and removes both sheets, returning to the sheet that was active, whatever failed.
import { analyse, type RegisterRow } from '../../core';
import { diagnosticSteps, keepSetting } from '../diagnostics';
import type { DiagnosticReport } from '../host';
import type { ExcelApi, ExcelHost } from './excel-host';

const LIST_SHEET = 'Docket diagnostics';
const REGISTER = { sheet: 'Docket diagnostics register', table: 'DocketDiagnostics' };
/** Texts Excel would turn into a formula, numbers, a date or a boolean if written as they are. */
const TRICKY = ['=SUM(1,2)', '4.10', '0012', '1/2', 'TRUE'];

export async function diagnoseExcel(host: ExcelHost, api: ExcelApi): Promise<DiagnosticReport> {
  const { steps, step } = diagnosticSteps('Excel');
  const sets = Object.fromEntries(['1.1', '1.4', '1.8', '1.9', '1.12'].map((v) => [`ExcelApi ${v}`, api.isSetSupported('ExcelApi', v)]));
  const savedSettings = api.settings.load();
  let active = '';
  let checked: Awaited<ReturnType<typeof readScratch>> | undefined;

  await step('Add a scratch sheet with a small document list', true, async () => {
    active = await api.run(async (context) => {
      const current = context.workbook.worksheets.getActiveWorksheet();
      current.load('name');
      const sheet = context.workbook.worksheets.add(LIST_SHEET);
      sheet.getRange('A1:C3').values = [
        ['TD/C #', 'Category', 'Title'],
        ['TD901', 'Information', 'Diagnostics'],
        ['TD902', 'infomration', 'Diagnostics'],
      ];
      sheet.activate();
      await context.sync();
      return current.name;
    });
    return `Added "${LIST_SHEET}" beside "${active}".`;
  });
  await step('Read and check the sheet', true, async () => {
    checked = await readScratch(host);
    if (!checked.typo) throw new Error('The misspelt category was not found.');
    return `${checked.findings} findings, the misspelt category among them.`;
  });
  await step('Go to a finding’s cell', true, async () => {
    const outcome = await host.goTo(checked!.typo!.location);
    if (outcome !== 'exact') throw new Error(`Went to it ${outcome}.`);
    return `Selected ${host.placeOf(checked!.typo!.location) ?? 'the cell'}.`;
  });
  await step('Apply a fix to its cell', true, async () => {
    const outcome = await host.applyFix(checked!.typo!.fix!);
    if (outcome.applied !== 1) throw new Error(`Applied ${outcome.applied}, missing ${outcome.missing}.`);
    return 'The category now reads "Information".';
  });
  const rows = TRICKY.map((text, i): RegisterRow => ({ id: `DIAG-${i + 1}`, item: text, text, verb: 'agree', addressedTo: 'Docket', documents: '', meeting: 'Diagnostics', status: '', due: '', notes: '' }));
  await step('Keep a scratch action register: create it, then merge a change', api.isSetSupported('ExcelApi', '1.8'), async () => {
    const first = await host.writeRegister(rows, REGISTER);
    const second = await host.writeRegister(rows.map((r, i) => (i === 0 ? { ...r, text: `${r.text} (changed)` } : r)), REGISTER);
    if (first.added !== rows.length || second.updated !== 1 || second.added !== 0) throw new Error(`Created ${first.added}, then ${second.added} new and ${second.updated} changed.`);
    return `${rows.length} actions written in a table, then one changed.`;
  });
  await step('Keep the agenda’s texts as text', api.isSetSupported('ExcelApi', '1.8'), async () => {
    const shown = await api.run(async (context) => {
      const range = context.workbook.worksheets.getItem(REGISTER.sheet).getRange(`B2:B${TRICKY.length + 1}`);
      range.load('text');
      await context.sync();
      return range.text.map((row) => String(row[0]));
    });
    const changed = TRICKY.filter((text, i) => shown[i] !== text);
    if (changed.length > 0) throw new Error(`Excel re-typed ${changed.map((t) => `"${t}"`).join(', ')}.`);
    return `${TRICKY.map((t) => `"${t}"`).join(', ')} read back as written.`;
  });
  await step('Keep a setting in the workbook', true, () => keepSetting(api.settings, savedSettings, 'workbook'));
  await step('Remove the scratch sheets and restore the settings', true, async () => {
    await api.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItemOrNullObject(active).activate();
      sheets.getItemOrNullObject(LIST_SHEET).delete();
      sheets.getItemOrNullObject(REGISTER.sheet).delete();
      await context.sync();
    });
    await api.settings.save(savedSettings ?? {});
    return `Back on "${active}"; the workbook and its settings are as they were.`;
  });
  return { host: 'Excel', platform: api.about.platform, version: api.about.version, sets, steps };
}

async function readScratch(host: ExcelHost) {
  const source = await host.source();
  if (source.kind !== 'snapshot') throw new Error('Excel gave no sheet.');
  const { findings } = analyse(source.snapshot);
  return { findings: findings.length, typo: findings.find((f) => f.ruleId === 'list/unknown-category' && f.fix) };
}
