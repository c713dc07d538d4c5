// `docket register`, `docket annex` and `docket ics`: the action register as .xlsx (merged into an existing one),
// Annex A regenerated in the .docx (only the annex changes), and the meeting calendar as .ics.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  ANNEX_HEADER,
  analyse,
  cellText,
  documentAnnex,
  extract,
  looseKey,
  mergeRegister,
  registerRows,
  registerRowsFrom,
  REGISTER_HEADER,
  type AnnexOrder,
  type Config,
  type DocumentRecord,
  type Meeting,
  type Snapshot,
  type Table,
} from '../core';
import { replaceTable } from '../io/docx/rewrite';
import { meetingCalendar } from '../io/ics';
import { ReadError } from '../io/read-error';
import { registerWorkbook } from '../io/xlsx/register-file';
import { readFile } from './check';
import type { Io } from './main';

/** What a command says it did, or why it could not. */
export type Outcome = { ok: true; message: string; notes?: string[] } | { ok: false; message: string };

async function meetingOf(path: string, config: Config): Promise<{ meeting: Meeting; snapshot: Snapshot } | string> {
  const read = await readFile(path);
  if (!read.ok) return `${path}: ${read.error}`;
  return { meeting: analyse(read.snapshot, config).meeting, snapshot: read.snapshot };
}

export async function register(agenda: string, output: string, config: Config): Promise<Outcome> {
  const source = await meetingOf(agenda, config);
  if (typeof source === 'string') return { ok: false, message: source };
  const fresh = registerRows(source.meeting);
  if (fresh.length === 0) return { ok: false, message: `${agenda} has no "Anticipated action" paragraphs: there is no register to write.` };
  let kept: ReturnType<typeof registerRows> = [];
  if (existsSync(output)) {
    const existing = await readFile(output);
    if (!existing.ok) return { ok: false, message: `${output} exists but cannot be read to merge into (${existing.error}); move it away or choose another file.` };
    kept = keptRegister(existing.snapshot.blocks.filter((b): b is Table => b.kind === 'table'));
  }
  const { rows, added, updated } = mergeRegister(kept, fresh);
  writeFileSync(output, await registerWorkbook(rows));
  return { ok: true, message: `Wrote ${rows.length} actions to ${output} (${added} new, ${updated} updated; Status, Due and Notes kept).` };
}

/** The register rows of the first sheet whose header is the register's. */
function keptRegister(tables: Table[]) {
  for (const table of tables) {
    const [header, ...rows] = table.rows.map((r) => r.cells.map(cellText));
    if (header && looseKey(header.join('|')) === looseKey(REGISTER_HEADER.join('|'))) return registerRowsFrom(header, rows);
  }
  throw new ReadError('the file has no sheet with the action register columns');
}

export async function annex(agenda: string, output: string, config: Config, options: { registerFile?: string; order?: AnnexOrder }): Promise<Outcome> {
  if (!/\.docx$/i.test(agenda)) return { ok: false, message: `${agenda}: the annex is regenerated in a .docx document.` };
  const source = await meetingOf(agenda, config);
  if (typeof source === 'string') return { ok: false, message: source };
  const { meeting, snapshot } = source;
  let records: DocumentRecord[] | undefined;
  if (options.registerFile) {
    const read = await readFile(options.registerFile);
    if (!read.ok) return { ok: false, message: `${options.registerFile}: ${read.error}` };
    records = extract(read.snapshot).meeting.documents.map(({ id, category, source: from, title }) => ({
      id,
      ...(category !== undefined ? { category } : {}),
      ...(from !== undefined ? { source: from } : {}),
      ...(title !== undefined ? { title } : {}),
    }));
    if (records.length === 0) return { ok: false, message: `${options.registerFile} has no document list (a TD/C # or Tdoc column) to take documents from.` };
  }
  const list = meeting.tables.find((t) => t.kind === 'document-list');
  const order = options.order ?? (list ? 'list' : 'citation');
  const spec = documentAnnex(meeting, { order, categories: config.categories, ...(records ? { register: records } : {}) });
  if (spec.rows.length === 0) return { ok: false, message: `${agenda} cites no meeting documents: there is no annex to write.` };
  const table = list ? snapshot.blocks.slice(0, list.location.block).filter((b) => b.kind === 'table' && !b.parent).length : undefined;
  const keepHeader = list !== undefined && looseKey(list.header.join('|')) === looseKey(ANNEX_HEADER.join('|'));
  const bytes = replaceTable(new Uint8Array(readFileSync(agenda)), spec, { ...(table !== undefined ? { table } : {}), keepHeader, headings: ['Annex A:', 'Documentation'] });
  writeFileSync(output, bytes);
  return {
    ok: true,
    message: `Wrote ${output}: ${list ? 'regenerated' : 'added'} Annex A with ${spec.rows.length} documents (${order} order).`,
    notes: spec.notes.map((n) => `row ${n.row + 1}: ${n.message}`),
  };
}

export async function ics(agenda: string, output: string, config: Config): Promise<Outcome> {
  const source = await meetingOf(agenda, config);
  if (typeof source === 'string') return { ok: false, message: source };
  const calendar = meetingCalendar(source.meeting, config.timeZone ? { defaultTimeZone: config.timeZone } : {});
  const events = calendar.split('BEGIN:VEVENT').length - 1;
  if (events === 0) return { ok: false, message: `${agenda} has no dated sessions or e-meetings: there is nothing to put in a calendar.` };
  writeFileSync(output, calendar);
  return { ok: true, message: `Wrote ${events} events to ${output}.` };
}

export function report(io: Io, outcome: Outcome): number {
  if (!outcome.ok) {
    io.err(`docket: ${outcome.message}\n`);
    return 2;
  }
  io.out(`${outcome.message}\n`);
  for (const note of outcome.notes ?? []) io.err(`note: ${note}\n`);
  return 0;
}
