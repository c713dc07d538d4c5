// `docket register` and `docket ics`: the action register as .xlsx (merged into an existing one in place, everything
// else in it kept) and the meeting calendar as .ics; and how every writing command reports what it did.
import { existsSync, readFileSync } from 'node:fs';
import { analyse, registerRows, type Config, type Finding, type Meeting, type Snapshot } from '../core';
import { meetingCalendar } from '../io/ics';
import { ReadError } from '../io/read-error';
import { registerWorkbook } from '../io/xlsx/register-file';
import { mergeRegisterInto } from '../io/xlsx/register-merge';
import { readFile } from './check';
import type { Io } from './main';
import { writeAtomically } from './output';

/** What a command says it did, or why it could not. */
export type Outcome = { ok: true; message: string; notes?: string[] } | { ok: false; message: string };

async function meetingOf(path: string, config: Config): Promise<{ meeting: Meeting; snapshot: Snapshot; findings: Finding[] } | string> {
  const read = await readFile(path);
  if (!read.ok) return `${path}: ${read.error}`;
  return { ...analyse(read.snapshot, config), snapshot: read.snapshot };
}

export async function register(agenda: string, output: string, config: Config): Promise<Outcome> {
  const source = await meetingOf(agenda, config);
  if (typeof source === 'string') return { ok: false, message: source };
  const fresh = registerRows(source.meeting);
  if (fresh.length === 0) return { ok: false, message: `${agenda} has no "Anticipated action" paragraphs: there is no register to write.` };
  // Two actions with one id are both in the register; the finding says so.
  const notes = source.findings.filter((f) => f.ruleId === 'action/duplicate-id').map((f) => `${f.message} Both are in the register (${f.ruleId}).`);
  const existing = existsSync(output) ? new Uint8Array(readFileSync(output)) : undefined;
  if (!existing || existing.length === 0) {
    writeAtomically(output, await registerWorkbook(fresh));
    return { ok: true, message: `Wrote ${fresh.length} actions to ${output}.`, notes };
  }
  let merged;
  try {
    merged = mergeRegisterInto(existing, fresh);
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, message: `${output}: ${error.message}` };
    throw error;
  }
  const { bytes, sheet, added, updated, total } = merged;
  if (!bytes) return { ok: true, message: `${output} is up to date: ${total} actions on sheet "${sheet}", none new or changed; the file was not written.`, notes };
  writeAtomically(output, bytes);
  return {
    ok: true,
    message: `Merged into ${output}, sheet "${sheet}": ${added} new, ${updated} updated, ${total} actions; Status, Due, Notes and everything else in the workbook kept.`,
    notes,
  };
}

export async function ics(agenda: string, output: string, config: Config): Promise<Outcome> {
  const source = await meetingOf(agenda, config);
  if (typeof source === 'string') return { ok: false, message: source };
  const calendar = meetingCalendar(source.meeting, config.timeZone ? { defaultTimeZone: config.timeZone } : {});
  const events = calendar.split('BEGIN:VEVENT').length - 1;
  if (events === 0) return { ok: false, message: `${agenda} has no dated sessions or e-meetings: there is nothing to put in a calendar.` };
  writeAtomically(output, calendar);
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
