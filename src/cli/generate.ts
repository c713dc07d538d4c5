// `docket register` and `docket ics`: the action register as .xlsx (merged into an existing one in place, or added
// to a workbook without one on a sheet of its own, everything else in it kept) and the meeting calendar as .ics; and how every writing command reports what it did.
import { existsSync, readFileSync } from 'node:fs';
import { analyse, registerRows, type CalendarEvent, type Config, type Finding, type Meeting, type Snapshot } from '../core';
import { meetingCalendarWithEvents, withoutStamps } from '../io/ics';
import { ReadError } from '../io/read-error';
import { registerWorkbook } from '../io/xlsx/register-file';
import { mergeRegisterInto } from '../io/xlsx/register-merge';
import { readDocument } from './check';
import type { ConfigFile } from './config';
import type { Io } from './main';
import { writeAtomically } from './output';

/** What a command says it did, or why it could not. */
export type Outcome = { ok: true; message: string; notes?: string[] } | { ok: false; message: string };

async function meetingOf(path: string, given: ConfigFile): Promise<{ meeting: Meeting; snapshot: Snapshot; findings: Finding[]; config: Config; notes: string[] } | string> {
  const read = await readDocument(path, given);
  if (!read.ok) return `${path}: ${read.error}`;
  return { ...analyse(read.snapshot, read.config), snapshot: read.snapshot, config: read.config, notes: read.notes };
}

export async function register(agenda: string, output: string, given: ConfigFile): Promise<Outcome> {
  const source = await meetingOf(agenda, given);
  if (typeof source === 'string') return { ok: false, message: source };
  const fresh = registerRows(source.meeting);
  if (fresh.length === 0) return { ok: false, message: `${agenda} has no "Anticipated action" paragraphs: there is no register to write.` };
  // Two actions with one id are both in the register; the finding says so.
  const notes = [...source.notes, ...source.findings.filter((f) => f.ruleId === 'action/duplicate-id').map((f) => `${f.message} Both are in the register (${f.ruleId}).`)];
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
  const { bytes, sheet, added, updated, total, created } = merged;
  if (created) {
    writeAtomically(output, bytes!);
    return { ok: true, message: `Added sheet "${sheet}" to ${output}, with ${total} actions; every other sheet kept as it was.`, notes };
  }
  if (!bytes) return { ok: true, message: `${output} is up to date: ${total} actions on sheet "${sheet}", none new or changed; the file was not written.`, notes };
  writeAtomically(output, bytes);
  return {
    ok: true,
    message: `Merged into ${output}, sheet "${sheet}": ${added} new, ${updated} updated, ${total} actions; Status, Due, Notes and everything else in the workbook kept.`,
    notes,
  };
}

export async function ics(agenda: string, output: string, given: ConfigFile): Promise<Outcome> {
  const source = await meetingOf(agenda, given);
  if (typeof source === 'string') return { ok: false, message: source };
  const { meeting, config, notes } = source;
  const { events, ics: calendar } = meetingCalendarWithEvents(meeting, config.timeZone ? { defaultTimeZone: config.timeZone } : {});
  if (events.length === 0) return { ok: false, message: `${agenda} has no dated sessions or e-meetings: there is nothing to put in a calendar.` };
  const lines = events.map((e) => `  ${eventLine(e)}`).join('\n');
  if (existsSync(output) && withoutStamps(readFileSync(output, 'utf8')) === withoutStamps(calendar)) {
    return { ok: true, message: `${output} is up to date: the same ${events.length} events; the file was not written.`, notes };
  }
  writeAtomically(output, calendar);
  return { ok: true, message: `Wrote ${events.length} events to ${output}:\n${lines}`, notes };
}

/** "2019-11-18 09:00-10:30 America/Los_Angeles, Naples 6/7 (Main meeting room): SA WG2: Opening (1)". */
function eventLine(event: CalendarEvent): string {
  const when = event.start ? `${event.date} ${event.start}${event.end ? `-${event.end}` : ''} ${event.timeZone}` : `${event.date} (all day)`;
  return `${when}${event.room ? `, ${event.room}` : ''}: ${event.title}`;
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
