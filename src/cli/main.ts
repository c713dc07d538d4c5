// The `docket` command line: check agendas, extract them as JSON, list the rules, and write what Docket generates
// (action register, calendar) or changes in an agenda (Annex A, the timing, the e-meeting deadlines). Arguments are parsed with Node's own parseArgs; every failure is one line on
// stderr and an exit code, never a stack trace. Each command's module is loaded when that command runs, so a command
// starts having read only what it uses (`docket rules` reads no file reader or writer).
import { parseArgs } from 'node:util';
import { RULES, type AnnexOrder } from '../core';
import type { OutputKind } from './output';

const USAGE = `Usage:
  docket check <files...> [--register <docs.xlsx|docs.csv|docs.docx> ...] [--format text|json] [--config file]
      Check agendas (.docx, .txt, .md) and document lists (.xlsx, .csv); with --register, also against the
      meeting's document register (TD list, Tdoc list, TdocsByAgenda): every citation exists, is the latest
      revision, is not withdrawn and sits under its item.
      Exit code: 0 no errors, 1 errors found, 2 a file could not be read.
  docket extract <file>
      Print what Docket reads from an agenda (the Meeting) as JSON.
  docket register <agenda.docx> -o <actions.xlsx>
      Write the action register; an existing workbook is merged into in place: only the register's own cells change.
  docket annex <agenda.docx> [--register <docs.xlsx|docs.csv|docs.docx> ...] [--order list|category|citation] [--drop-uncited] -o <out.docx>
      Bring Annex A (the document list) up to date with the documents the agenda cites: rows added for documents
      it lacks, revisions updated, described from the document register; rows nobody cites are kept unless
      --drop-uncited. Nothing else changes.
  docket agenda <agenda.docx> [--start HH:MM | --start N=HH:MM] [--minutes ITEM=MIN ...] -o <out.docx>
      Retime the agenda from a session's start and items' minutes; only the start times that move are rewritten.
  docket interim <agenda.docx> [--deadline-days N] [--off-weekends | --keep-weekends] -o <out.docx>
      Set the e-meeting contribution deadlines N calendar days before each e-meeting; only changed deadlines are rewritten.
  docket fix <agenda.docx> -o <out.docx>
      Apply every finding's fix in a copy of the agenda, printing each change; nothing else changes.
  docket ics <agenda.docx> -o <meetings.ics>
      Write the meeting's sessions, e-meetings and contribution deadlines as a calendar.
  docket rules
      List the rules, their default severities and what they check.

Options:
  --format text|json   Output format of check (default: text).
  --register <file>    The meeting's document register (not the action register); may be given more than once.
  --config <file>      Rule severities, categories and time zone (default: ./docket.config.json when present).
  -o, --output <file>  Where register, annex, agenda, interim, fix and ics write. Each prints what it changed;
                       with nothing to change, nothing is written.
  -h, --help           Show this help.
`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
const ORDERS: AnnexOrder[] = ['list', 'category', 'citation'];
/** What each writing command writes: its output must be of that kind. */
const OUTPUTS: Record<string, OutputKind> = { register: 'xlsx', annex: 'docx', agenda: 'docx', interim: 'docx', fix: 'docx', ics: 'ics' };

/** Runs a command; whatever goes wrong inside Docket is one line and exit 2, never a stack trace. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(io, `internal error (${message.slice(0, 300).replace(/\s+/g, ' ').trim()}); please report it with the file that caused it.`);
  }
}

async function runCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        config: { type: 'string' },
        output: { type: 'string', short: 'o' },
        register: { type: 'string', multiple: true },
        order: { type: 'string' },
        'drop-uncited': { type: 'boolean' },
        start: { type: 'string', multiple: true },
        minutes: { type: 'string', multiple: true },
        'deadline-days': { type: 'string' },
        'off-weekends': { type: 'boolean' },
        'keep-weekends': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`docket: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command === 'rules') {
    io.out(`${RULES.map((r) => `${r.id.padEnd(34)} ${r.severity.padEnd(8)} ${r.description}`).join('\n')}\n`);
    return 0;
  }
  if (!['check', 'extract', 'register', 'annex', 'agenda', 'interim', 'fix', 'ics'].includes(command)) return fail(io, `unknown command "${command}".\n\n${USAGE}`);
  const loaded = (await import('./config')).loadConfig(values.config);
  if (!loaded.ok) return fail(io, loaded.message);
  const config = loaded.config;

  const { checkFile, exitCode, formatJson, formatNotes, formatText } = await import('./check');
  if (command === 'check') {
    const { readDocumentRegisters } = await import('./document-register');
    if (files.length === 0) return fail(io, 'check needs at least one file.');
    if (values.format !== 'text' && values.format !== 'json') return fail(io, `--format must be text or json, not "${values.format}".`);
    const read = await readDocumentRegisters(values.register ?? []);
    if (!read.ok) return fail(io, read.message);
    const registers = read.registers.map((r) => r.register);
    const results = await Promise.all(files.map((file) => checkFile(file, config, registers)));
    for (const { path, register } of read.registers) for (const note of register.notes) io.err(`note: ${path}: ${note}\n`);
    io.err(formatNotes(results));
    io.out(values.format === 'json' ? formatJson(results, read.registers) : formatText(results));
    return exitCode(results);
  }
  if (files.length !== 1) return fail(io, `${command} takes exactly one agenda.`);
  const agenda = files[0]!;
  if (command === 'extract') {
    const result = await checkFile(agenda, config);
    if (result.error) return fail(io, `${result.path}: ${result.error}`);
    io.err(formatNotes([result]));
    io.out(`${JSON.stringify(result.meeting, null, 2)}\n`);
    return 0;
  }
  const output = values.output;
  if (!output) return fail(io, `${command} needs -o <file> to write to.`);
  const order = values.order as AnnexOrder | undefined;
  if (order !== undefined && !ORDERS.includes(order)) return fail(io, `--order must be ${ORDERS.join(', ')}, not "${order}".`);
  const days = values['deadline-days'];
  if (days !== undefined && !/^\d{1,3}$/.test(days)) return fail(io, `--deadline-days must be a whole number of days, not "${days}".`);
  if (values['off-weekends'] && values['keep-weekends']) return fail(io, '--off-weekends and --keep-weekends contradict each other: give one.');
  const [{ outputProblem, WriteError }, { ReadError }] = await Promise.all([import('./output'), import('../io/read-error')]);
  const problem = outputProblem(output, OUTPUTS[command]!, [agenda, ...(values.register ?? [])]);
  if (problem) return fail(io, problem);
  const [{ ics, register, report }, { agenda: retime, annex, fix, interim }] = await Promise.all([import('./generate'), import('./edit')]);
  try {
    if (command === 'register') return report(io, await register(agenda, output, config));
    if (command === 'ics') return report(io, await ics(agenda, output, config));
    if (command === 'fix') return report(io, await fix(agenda, output, config));
    if (command === 'agenda') return report(io, await retime(agenda, output, config, { starts: values.start ?? [], minutes: values.minutes ?? [] }));
    if (command === 'interim') {
      const weekends = values['off-weekends'] ? { offWeekends: true } : values['keep-weekends'] ? { offWeekends: false } : {};
      return report(io, await interim(agenda, output, config, { ...(days !== undefined ? { daysBefore: Number(days) } : {}), ...weekends }));
    }
    const options = { registerFiles: values.register ?? [], ...(order ? { order } : {}), ...(values['drop-uncited'] ? { dropUncited: true } : {}) };
    return report(io, await annex(agenda, output, config, options));
  } catch (error) {
    // A write that failed, or a package that could not be opened to write into: one line, the files as they were.
    if (error instanceof WriteError || error instanceof ReadError) return fail(io, error.message);
    throw error;
  }
}

function fail(io: Io, message: string): number {
  io.err(`docket: ${message}\n`);
  return 2;
}
