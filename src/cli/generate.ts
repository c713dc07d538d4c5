// `docket register` and `docket ics`: the action register as .xlsx (merged into an existing one) and the meeting
// calendar as .ics; and how every writing command reports what it did.
import { existsSync, writeFileSync } from 'node:fs';
import { analyse, mergeRegister, registerIn, registerRows, type Config, type Meeting, type Snapshot, type Table } from '../core';
import { meetingCalendar } from '../io/ics';
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
    const found = registerIn(existing.snapshot.blocks.filter((b): b is Table => b.kind === 'table'));
    if (!found) return { ok: false, message: `${output} exists but has no sheet with the action register columns; move it away or choose another file.` };
    kept = found;
  }
  const { rows, added, updated } = mergeRegister(kept, fresh);
  writeFileSync(output, await registerWorkbook(rows));
  return { ok: true, message: `Wrote ${rows.length} actions to ${output} (${added} new, ${updated} updated; Status, Due and Notes kept).` };
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
