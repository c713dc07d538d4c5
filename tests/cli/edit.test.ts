// docket annex, agenda and interim, end to end: each prints its changes cell by cell, writes a copy with only those
// changes, and with nothing to change writes nothing.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, emptyPlan } from '../../src/core';
import { main } from '../../src/cli/main';
import { readDocx } from '../../src/io/docx/read';
import { TD514, WP2, bytesOf } from '../helpers/shared';
import { unplannedChanges } from '../helpers/write-back';

const SAMPLE = new URL('../../samples/rg-wm-draft-agenda.docx', import.meta.url).pathname;

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = () => mkdtempSync(join(tmpdir(), 'docket-edit-'));
const meetingOf = (path: string) => analyse(readDocx(new Uint8Array(readFileSync(path))));

describe('docket annex', () => {
  it('updates the cited revision in the sample’s Annex A, keeps TD838 and says what it changed', async () => {
    const output = join(dir(), 'out.docx');
    const result = await run('annex', SAMPLE, '-o', output);
    expect(result).toMatchObject({ code: 0, out: `Wrote ${output}: Annex A, 1 change:\n  Annex A, row 4, TD/C #  (table 3:r5c3): "TD820" → "TD820-R1"\n` });
    expect(result.err).toBe('note: In the list but cited nowhere, kept: TD838.\n');
    const { meeting, findings } = meetingOf(output);
    expect(meeting.documents.map((d) => d.raw)).toContain('TD820-R1');
    expect(meeting.documents.map((d) => d.raw)).toContain('TD838');
    expect(findings.map((f) => f.ruleId)).not.toContain('ref/revision-mismatch');
    expect(findings.map((f) => f.ruleId)).not.toContain('ref/style-mixed');
  });

  it('drops the rows nobody cites when asked, naming them', async () => {
    const output = join(dir(), 'out.docx');
    const result = await run('annex', SAMPLE, '--drop-uncited', '-o', output);
    expect(result.out).toContain('Annex A, row 12  (table 3:r13): row dropped: Information | TD838 | TSB | Statistics on document submission deadlines');
    expect(meetingOf(output).meeting.documents.map((d) => d.raw)).not.toContain('TD838');
  });

  it('writes nothing when the list is already complete (TD514)', async () => {
    const output = join(dir(), 'out.docx');
    expect(await run('annex', TD514, '-o', output)).toMatchObject({ code: 0, out: `Nothing to change in Annex A: ${output} was not written.\n` });
    expect(existsSync(output)).toBe(false);
  });

  it('takes categories, sources and titles from an imported register, changing only those cells', async () => {
    const folder = dir();
    const csv = join(folder, 'register.csv');
    writeFileSync(csv, 'TD/C #,Category,Source,Title\nTD667R1,Information,"Rapporteur, RG-IEM",Proposed actions (final)\n');
    const output = join(folder, 'out.docx');
    const result = await run('annex', TD514, '--register', csv, '-o', output);
    expect(result.code).toBe(0);
    expect(result.out).toContain('"infomration" → "Information"');
    const { meeting, findings } = meetingOf(output);
    expect(meeting.documents.find((d) => d.id === 'TD667R1')).toMatchObject({ category: 'Information', title: 'Proposed actions (final)' });
    expect(findings).toEqual([]);
  });

  it('adds an Annex A to an agenda that has none, as the agenda spells each document', async () => {
    const output = join(dir(), 'out.docx');
    const result = await run('annex', WP2, '-o', output);
    expect(result.out).toContain('New table at the end: # | Category | TD/C # | Source | Title (12 rows)');
    const { meeting } = meetingOf(output);
    expect(meeting.documents.map((d) => d.raw)).toEqual(['TD523', 'TD598', 'TD521', 'TD624-R2', 'TD667-R1', 'TD599', 'TD671', 'TD666-R2', 'TD525', 'TD670', 'TD673', 'TD513']);
    expect(meeting.tables.find((t) => t.kind === 'document-list')?.title).toBe('Annex A');
  });

  it('refuses a document it cannot write into', async () => {
    const agenda = join(dir(), 'agenda.md');
    writeFileSync(agenda, '# Agenda\n\n1. Opening\n');
    expect(await run('annex', agenda, '-o', join(dir(), 'x.docx'))).toMatchObject({ code: 2, err: expect.stringContaining('Docket writes its changes into a .docx agenda.') });
  });
});

describe('docket agenda', () => {
  it('writes nothing when no time changes', async () => {
    const output = join(dir(), 'out.docx');
    expect(await run('agenda', SAMPLE, '-o', output)).toMatchObject({ code: 0, out: `Nothing to change in the agenda timing: ${output} was not written.\n` });
    expect(existsSync(output)).toBe(false);
  });

  it('rewrites only the start times after an item given more minutes, and says the session runs late', async () => {
    const output = join(dir(), 'out.docx');
    const result = await run('agenda', TD514, '--minutes', '2=35', '-o', output);
    expect(result.out).toBe(
      [
        `Wrote ${output}: the agenda timing, 4 changes:`,
        '  Agenda, item 3, Timing  (table 2:r12c1): "15:00 hours" → "15:10 hours"',
        '  Agenda, item 4, Timing  (table 2:r16c1): "15:30 hours" → "15:40 hours"',
        '  Agenda, item 5, Timing  (table 2:r20c1): "15:40 hours" → "15:50 hours"',
        '  Agenda, item 7, Timing  (table 2:r22c1): "15:45 hours" → "15:55 hours"',
        '',
      ].join('\n'),
    );
    expect(result.err).toBe('note: The items take 85 min from 14:30 and run past the end of the session (15:45).\n');
    const starts = meetingOf(output).meeting.agenda.filter((i) => i.start).map((i) => i.start);
    expect(starts).toEqual(['14:30', '14:35', '15:10', '15:40', '15:50', '15:55']);
  });

  it('moves the session start and every time with it', async () => {
    const output = join(dir(), 'out.docx');
    expect((await run('agenda', TD514, '--start', '14:00', '-o', output)).code).toBe(0);
    expect(meetingOf(output).meeting.sessions[0]).toMatchObject({ start: '14:00', end: '15:45' });
  });

  it.each([
    [['--minutes', '1.2=10'], 'Item 1.2 has no start time of its own: give the minutes to the item it runs in.'],
    [['--minutes', '9=10'], 'There is no timed item 9 in'],
    [['--minutes', 'two=10'], '--minutes must be ITEM=MINUTES (for example 2.1=15), not "two=10".'],
    [['--start', '2=14:00'], 'There is no session 2 (1: TSAG Rapporteur Group on Strategic and Operational Planning (RG-SOP)).'],
    [['--start', '25:00'], '--start must be HH:MM or N=HH:MM (session N), not "25:00".'],
  ])('says what is wrong with %j', async (args, message) => {
    const result = await run('agenda', TD514, ...args, '-o', join(dir(), 'x.docx'));
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});

describe('docket interim', () => {
  it('writes nothing by the rule the agenda’s own deadlines follow', async () => {
    const output = join(dir(), 'out.docx');
    expect(await run('interim', WP2, '-o', output)).toMatchObject({ code: 0, out: `Nothing to change in the e-meeting deadlines: ${output} was not written.\n` });
  });

  it('moves a deadline off the weekend, changing that cell only', async () => {
    const output = join(dir(), 'out.docx');
    const result = await run('interim', WP2, '--off-weekends', '-o', output);
    expect(result.out).toContain('RG-IEM e-meeting plan, row 2, Contribution Deadline  (table 2:r3c3): "6 April 2025" → "4 April 2025"');
    const plan = { ...emptyPlan('x'), edits: [{ location: meetingOf(WP2).meeting.interimMeetings[1]!.deadlineLocation!, find: '6 April 2025', replace: '4 April 2025' }] };
    expect(unplannedChanges(bytesOf(WP2), bytesOf(output), plan)).toEqual([]);
  });

  it('asks for a rule when the deadlines follow none', async () => {
    expect(await run('interim', SAMPLE, '-o', join(dir(), 'x.docx'))).toMatchObject({ code: 2, err: expect.stringContaining('follow no single rule: say how many days before each e-meeting with --deadline-days N (ITU-T usually sets 12 calendar days).') });
    const result = await run('interim', SAMPLE, '--deadline-days', '12', '--off-weekends', '-o', join(dir(), 'x.docx'));
    expect(result.out).toContain('"8 March 2026" → "5 March 2026"');
  });

  it('refuses contradictory or malformed options', async () => {
    expect((await run('interim', WP2, '--off-weekends', '--keep-weekends', '-o', 'x.docx')).err).toContain('contradict');
    expect((await run('interim', WP2, '--deadline-days', 'ten', '-o', 'x.docx')).err).toContain('--deadline-days must be a whole number of days, not "ten".');
  });
});

describe('docket fix', () => {
  it.each([SAMPLE, TD514])('applies every fix of %s in a copy: those findings gone, no other text changed', async (input) => {
    const output = join(dir(), 'fixed.docx');
    const before = meetingOf(input);
    const fixable = before.findings.filter((f) => f.fix);
    expect(fixable.length).toBeGreaterThan(0);
    const result = await run('fix', input, '-o', output);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Wrote ${output}: ${fixable.length} ${fixable.length === 1 ? 'fix' : 'fixes'}`);
    // Each change printed on its own line: where, in the user's words and short, and the text before and after.
    const edits = fixable.flatMap((f) => f.fix!.edits);
    const printed = result.out.split('\n').slice(1, -1);
    expect(printed).toHaveLength(edits.length);
    for (const edit of edits) expect(printed.some((line) => / {2}\(table \d+:r\d+c\d+\): /.test(line) && line.endsWith(`: "${edit.find}" → "${edit.replace}"`))).toBe(true);
    const after = meetingOf(output);
    expect(after.findings.filter((f) => f.fix)).toEqual([]);
    expect(after.findings.map((f) => f.message)).toEqual(before.findings.filter((f) => !f.fix).map((f) => f.message));
    const plan = { ...emptyPlan('fixes'), edits: fixable.flatMap((f) => f.fix!.edits) };
    expect(unplannedChanges(bytesOf(input), bytesOf(output), plan)).toEqual([]);
  });

  it('writes nothing when nothing has a fix', async () => {
    const output = join(dir(), 'fixed.docx');
    expect(await run('fix', WP2, '-o', output)).toMatchObject({ code: 0, out: `No finding of ${WP2} has a fix: ${output} was not written.\n` });
    expect(existsSync(output)).toBe(false);
  });
});
