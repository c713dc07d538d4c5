// `docket annex`, `docket agenda`, `docket interim` and `docket fix`: the commands that edit an agenda .docx, as the
// pane does in Word. Each reads the agenda, makes its plan (a generator's, or every finding's fix), prints every change
// cell by cell (where, before → after) and writes a copy with only those changes; with nothing to change it says so
// and writes nothing.
import { readFileSync } from 'node:fs';
import {
  agendaPlan,
  analyse,
  annexPlan,
  emptyPlan,
  paragraphsAt,
  changesOf,
  groupedNotes,
  deadlineRuleOf,
  documentRecordsOf,
  interimPlan,
  isEmptyPlan,
  profileOf,
  sessionPlans,
  type AnnexOrder,
  type DeadlineRule,
  type Edit,
  type Meeting,
  type Plan,
  type SessionPlan,
} from '../core';
import { writePlan } from '../io/docx/rewrite';
import { isEditable, readDocument, type ReadDocument } from './check';
import type { ConfigFile } from './config';
import { withoutDocumentIgnores } from './document-settings';
import { readDocumentRegisters } from './document-register';
import type { Outcome } from './generate';
import { writeAtomically } from './output';
import { placeOf } from './where';

/** The agenda as read (the file's bytes as they were), with what it says and the configuration it is checked with. */
interface Agenda extends ReadDocument {
  meeting: Meeting;
}

async function agendaOf(path: string, given: ConfigFile): Promise<Agenda | string> {
  if (!isEditable(path)) return `${path}: Docket writes its changes into a .docx agenda.`;
  const read = await readDocument(path, given);
  if (!read.ok) return `${path}: ${read.error}`;
  return { ...read, meeting: analyse(read.snapshot, read.config).meeting };
}

/** Writes the plan into a copy of the agenda and says what changed, cell by cell. */
function written(input: string, output: string, agenda: Agenda, plan: Plan): Outcome {
  const notes = [...agenda.notes, ...groupedNotes(plan.notes)];
  if (isEmptyPlan(plan)) return { ok: true, message: `Nothing to change in ${plan.what}: ${output} was not written.`, notes };
  const { bytes, missing } = writePlan(new Uint8Array(readFileSync(input)), plan);
  if (missing > 0) return { ok: false, message: `${input} changed while Docket read it: run the command again.` };
  writeAtomically(output, bytes);
  const changes = changesOf(plan, agenda.snapshot).map((change) => {
    const place = change.kind === 'table' ? 'New table at the end' : placeOf(change.location, agenda.snapshot, agenda.meeting);
    const what = { edit: `"${change.before}" → "${change.after}"`, add: `row added after it: ${change.after}`, drop: `row dropped: ${change.before}`, table: change.after }[change.kind];
    return `  ${place}: ${what}`;
  });
  return { ok: true, message: `Wrote ${output}: ${plan.what}, ${changes.length} ${changes.length === 1 ? 'change' : 'changes'}:\n${changes.join('\n')}`, notes };
}

export async function annex(input: string, output: string, given: ConfigFile, options: { registerFiles: readonly string[]; order?: AnnexOrder; dropUncited?: boolean }): Promise<Outcome> {
  const agenda = await agendaOf(input, given);
  if (typeof agenda === 'string') return { ok: false, message: agenda };
  const read = await readDocumentRegisters(options.registerFiles);
  if (!read.ok) return { ok: false, message: read.message };
  const register = read.registers.length > 0 ? read.registers.flatMap((r) => documentRecordsOf(r.register)) : undefined;
  const plan = annexPlan(agenda.meeting, agenda.snapshot, {
    categories: agenda.config.categories,
    ...(register ? { register } : {}),
    ...(options.order ? { order: options.order } : {}),
    ...(options.dropUncited ? { dropUncited: true } : {}),
  });
  if (isEmptyPlan(plan) && !agenda.meeting.tables.some((t) => t.kind === 'document-list')) return { ok: false, message: `${input} cites no meeting documents: there is no annex to write.` };
  return written(input, output, agenda, plan);
}

/**
 * Retimes the agenda: `starts` are "HH:MM" (the one session) or "N=HH:MM" (session N), `minutes` are "ITEM=MIN"
 * (item 2.1 gets MIN minutes); every other item keeps the minutes the agenda gives it now.
 */
export async function agenda(input: string, output: string, given: ConfigFile, options: { starts: readonly string[]; minutes: readonly string[] }): Promise<Outcome> {
  const source = await agendaOf(input, given);
  if (typeof source === 'string') return { ok: false, message: source };
  const { meeting } = source;
  const plans: SessionPlan[] = [...new Set(meeting.sessions.map((s) => s.location.block))].flatMap((block) => sessionPlans(meeting, block)).filter((p) => p.timed.some((t) => t.slot));
  if (plans.length === 0) return { ok: false, message: `${input} has no timed agenda items: there is nothing to retime.` };
  const sessionList = plans.map((p, i) => `${i + 1}: ${meeting.sessions[p.session]!.label}`).join('; ');

  for (const start of options.starts) {
    const match = /^(?:(\d+)=)?((?:[01]\d|2[0-3]):[0-5]\d)$/.exec(start);
    if (!match) return { ok: false, message: `--start must be HH:MM or N=HH:MM (session N), not "${start}".` };
    if (match[1] === undefined && plans.length > 1) return { ok: false, message: `${input} has ${plans.length} sessions: say which one, --start N=${match[2]} (${sessionList}).` };
    const plan = plans[match[1] === undefined ? 0 : Number(match[1]) - 1];
    if (!plan) return { ok: false, message: `There is no session ${match[1]} (${sessionList}).` };
    plan.start = match[2]!;
  }
  for (const given of options.minutes) {
    const match = /^(\d{1,2}(?:\.\d{1,2})*)=(\d{1,3})$/.exec(given);
    if (!match) return { ok: false, message: `--minutes must be ITEM=MINUTES (for example 2.1=15), not "${given}".` };
    const found = plans.flatMap((p) => p.timed).find((t) => t.item.number === match[1]);
    if (!found) return { ok: false, message: `There is no timed item ${match[1]} in ${input}.` };
    if (!found.slot) return { ok: false, message: `Item ${match[1]} has no start time of its own: give the minutes to the item it runs in.` };
    found.minutes = Number(match[2]);
  }
  return written(input, output, source, agendaPlan(meeting, source.snapshot, plans));
}

/** Sets the e-meeting deadlines by a rule; without one, by the rule the plan's own deadlines follow. */
export async function interim(input: string, output: string, given: ConfigFile, options: { daysBefore?: number; offWeekends?: boolean }): Promise<Outcome> {
  const source = await agendaOf(input, given);
  if (typeof source === 'string') return { ok: false, message: source };
  const { meeting } = source;
  if (!meeting.interimMeetings.some((m) => m.date)) return { ok: false, message: `${input} has no dated e-meetings: there are no deadlines to set.` };
  const own = deadlineRuleOf(meeting.interimMeetings);
  const daysBefore = options.daysBefore ?? own?.daysBefore;
  if (daysBefore === undefined) {
    const usual = profileOf(meeting.facts.body)?.deadlineDays;
    const hint = usual === undefined ? '' : ` (${meeting.facts.body} usually sets ${usual} calendar days)`;
    return { ok: false, message: `The deadlines in ${input} follow no single rule: say how many days before each e-meeting with --deadline-days N${hint}.` };
  }
  const rule: DeadlineRule = { daysBefore, offWeekends: options.offWeekends ?? own?.offWeekends ?? false };
  return written(input, output, source, interimPlan(meeting, source.snapshot, rule));
}

/**
 * Applies every finding's fix, as the pane's fix buttons would one by one: each edit only where the check saw its
 * text. Two fixes that would change the same characters cannot both be right: the first is made, the other named.
 */
export async function fix(input: string, output: string, given: ConfigFile): Promise<Outcome> {
  const agenda = await agendaOf(input, given);
  if (typeof agenda === 'string') return { ok: false, message: agenda };
  // Findings ignored in the pane are not fixed either.
  const { findings } = withoutDocumentIgnores(agenda.saved, analyse(agenda.snapshot, agenda.config).findings);
  const fixable = findings.filter((f) => f.fix);
  if (fixable.length === 0) return { ok: true, message: `No finding of ${input} has a fix: ${output} was not written.`, notes: agenda.notes };
  const taken = new Map<unknown, { from: number; to: number }[]>();
  const edits: Edit[] = [];
  const notes: string[] = [];
  for (const finding of fixable) {
    const spans = finding.fix!.edits.map((edit) => {
      const paragraph = paragraphsAt(agenda.snapshot, edit.location).find((p) => p.text.includes(edit.find));
      const from = paragraph ? paragraph.text.indexOf(edit.find) : -1;
      return { paragraph, from, to: from + edit.find.length };
    });
    const clash = spans.some(({ paragraph, from, to }) => (taken.get(paragraph) ?? []).some((t) => from < t.to && t.from < to));
    if (clash) {
      notes.push(`Not applied, as another fix changes the same text: ${finding.fix!.title} (${finding.ruleId}).`);
      continue;
    }
    for (const { paragraph, from, to } of spans) taken.set(paragraph, [...(taken.get(paragraph) ?? []), { from, to }]);
    edits.push(...finding.fix!.edits);
  }
  const plan = { ...emptyPlan(`${fixable.length - notes.length} ${fixable.length - notes.length === 1 ? 'fix' : 'fixes'}`), edits };
  const result = written(input, output, agenda, plan);
  return result.ok ? { ...result, notes: [...(result.notes ?? []), ...notes] } : result;
}
