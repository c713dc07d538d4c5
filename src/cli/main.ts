// The `docket` command line: check agendas, extract them as JSON, list the rules, and write what Docket generates
// (action register, calendar) or changes in an agenda (Annex A, the timing, the e-meeting deadlines). Arguments are
// parsed with Node's own parseArgs, each command taking only its own options; every failure is one line on stderr
// and exit 2, never a stack trace, and a misspelt command or option is answered with the one meant. Each command's
// code is loaded when that command runs, so a command starts having read only what it uses.
import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { RULES, type AnnexOrder } from '../core';
import type { FileResult } from './check';
import type { OutputKind } from './output';
import { VERSION } from './version';

const USAGE = `Usage:
  docket check <files or folders...> [--register <docs.xlsx|docs.csv|docs.docx> ...] [--format text|json|sarif]
               [--max-warnings N] [--config file]
      Check agendas (.docx, .txt, .md) and document lists (.xlsx, .csv); a folder is checked whole (its subfolders
      too), a file in it that cannot be read skipped with a note. With --register, also against the meeting's
      document register (TD list, Tdoc list, TdocsByAgenda): every citation exists, is the latest revision, is not
      withdrawn and sits under its item.
      Exit code: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 a file could not be read or
      the command could not run.
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
  --format text|json|sarif  Output format of check (default: text, grouped by file; sarif: SARIF 2.1.0 for CI
                            systems and editors).
  --max-warnings N          check fails (exit 1) when it finds more than N warnings.
  --register <file>         The meeting's document register (not the action register); may be given more than once.
  --config <file>           Rule severities, categories and time zone (default: ./docket.config.json when present).
  -o, --output <file>       Where register, annex, agenda, interim, fix and ics write. Each prints what it changed;
                            with nothing to change, nothing is written.
  -h, --help                Show this help.
  -v, --version             Show Docket's version.
`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether what goes to `out` may be coloured. */
  colour?: boolean;
}

/** The process's own streams; whether stdout shows colour is asked only when check prints. */
const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

const COMMANDS = ['check', 'extract', 'register', 'annex', 'agenda', 'interim', 'fix', 'ics', 'rules'] as const;
type Command = (typeof COMMANDS)[number];
const WRITERS: Command[] = ['register', 'annex', 'agenda', 'interim', 'fix', 'ics'];

/** Every option, and the commands that take it (all of them when none are named). */
const OPTIONS = {
  format: { type: 'string', for: ['check'] },
  'max-warnings': { type: 'string', for: ['check'] },
  register: { type: 'string', multiple: true, for: ['check', 'annex'] },
  config: { type: 'string', for: COMMANDS.filter((c) => c !== 'rules') },
  output: { type: 'string', short: 'o', for: WRITERS },
  order: { type: 'string', for: ['annex'] },
  'drop-uncited': { type: 'boolean', for: ['annex'] },
  start: { type: 'string', multiple: true, for: ['agenda'] },
  minutes: { type: 'string', multiple: true, for: ['agenda'] },
  'deadline-days': { type: 'string', for: ['interim'] },
  'off-weekends': { type: 'boolean', for: ['interim'] },
  'keep-weekends': { type: 'boolean', for: ['interim'] },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string; for?: readonly Command[] }>;
type Option = keyof typeof OPTIONS;

const FORMATS = ['text', 'json', 'sarif'];
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
  const parsed = parse(argv);
  if (typeof parsed === 'string') return fail(io, parsed);
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.version) {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (values.help || command === undefined || command === 'help') {
    io.out(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command === 'rules') {
    io.out(`${RULES.map((r) => `${r.id.padEnd(34)} ${r.severity.padEnd(8)} ${r.description}`).join('\n')}\n`);
    return 0;
  }
  // Every other command reads files: their zip packages are inflated by Node's own zlib.
  (await import('../io/node-inflater')).inflateWithNode();
  const config = (await import('./config')).loadConfig(values.config);
  if (!config.ok) return fail(io, config.message);
  const { checkFile, formatNotes } = await import('./check');

  if (command === 'check') {
    if (files.length === 0) return fail(io, 'check needs at least one file or folder.');
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) return fail(io, `--format must be one of ${FORMATS.join(', ')}, not "${format}".`);
    const max = values['max-warnings'];
    if (max !== undefined && !/^\d{1,9}$/.test(max)) return fail(io, `--max-warnings must be a whole number (0 or more), not "${max}".`);
    const { exitCode, inputsOf, tallyOf, tooManyWarnings } = await import('./check');
    const { readDocumentRegisters } = await import('./document-register');
    const { colourFor, formatJson, formatText, tooManyWarningsLine } = await import('./format');
    const found = inputsOf(files);
    if (!found.ok) return fail(io, found.message);
    const read = await readDocumentRegisters(values.register ?? []);
    if (!read.ok) return fail(io, read.message);
    const registers = read.registers.map((r) => r.register);
    for (const note of found.notes) io.err(`note: ${note}\n`);
    const results: FileResult[] = [];
    let skipped = 0;
    for (const input of found.inputs) {
      const result = await checkFile(input.path, config, registers);
      if (result.error && input.found) {
        io.err(`note: ${result.path}: skipped: ${result.error}\n`);
        skipped++;
      } else {
        if (result.error) io.err(`docket: ${result.path}: ${result.error}\n`);
        results.push(result);
      }
    }
    if (results.length === 0) return fail(io, `no file could be read (${skipped} skipped).`);
    for (const { path, register } of read.registers) for (const note of register.notes) io.err(`note: ${path}: ${note}\n`);
    io.err(formatNotes(results));
    const tally = tallyOf(results, skipped, max === undefined ? undefined : Number(max));
    if (format === 'json') io.out(formatJson(results, read.registers));
    else if (format === 'sarif') io.out((await import('./sarif')).formatSarif(results));
    else io.out(formatText(results, tally, io === processIo ? colourFor(process.stdout) : io.colour === true));
    if (tooManyWarnings(tally)) io.err(tooManyWarningsLine(tally));
    return exitCode(tally);
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
  const { existsSync } = await import('node:fs');
  if (!existsSync(agenda)) return fail(io, `${agenda}: no such file.`);
  const { outputProblem, WriteError } = await import('./output');
  const { ReadError } = await import('../io/read-error');
  const { agenda: retime, annex, fix, interim } = await import('./edit');
  const { ics, register, report } = await import('./generate');
  const problem = outputProblem(output, OUTPUTS[command]!, [agenda, ...(values.register ?? [])]);
  if (problem) return fail(io, problem);
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

/**
 * The command line read, or why it cannot be, in one line: a misspelt command or option answered with the one
 * meant, an option the command does not take named with the commands that do.
 */
function parse(argv: string[]) {
  // A first pass that accepts anything, to name what is wrong in the user's words rather than parseArgs's.
  const loose = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const command = loose.positionals[0];
  const options = loose.tokens.filter((t) => t.kind === 'option');
  // A command written as an option (`docket --fix agenda.docx`) is answered before the file is taken for a command.
  const commandAsOption = options.find((t) => !(t.name in OPTIONS) && (COMMANDS as readonly string[]).includes(t.name));
  if (commandAsOption) return unknownOption(commandAsOption.rawName, command);
  const helpOrVersion = loose.values.help === true || loose.values.version === true;
  if (command !== undefined && command !== 'help' && !(COMMANDS as readonly string[]).includes(command) && !helpOrVersion) {
    const near = closest(command, [...COMMANDS]);
    return `unknown command "${command}"; ${distance(command, near) <= 2 ? `did you mean ${near}?` : `the commands are ${COMMANDS.join(', ')}.`}`;
  }
  for (const token of options) {
    if (!(token.name in OPTIONS)) return unknownOption(token.rawName, command);
    const option = OPTIONS[token.name as Option];
    const takers: readonly string[] | undefined = 'for' in option ? option.for : undefined;
    if (command !== undefined && takers && !takers.includes(command)) {
      return `${command} does not take ${token.rawName}; ${takers.length === 1 ? `${takers[0]} does` : `${takers.slice(0, -1).join(', ')} and ${takers.at(-1)} do`}.`;
    }
    if (option.type === 'string' && token.value === undefined) return `${token.rawName} needs a value.`;
    if (option.type === 'boolean' && token.inlineValue) return `${token.rawName} takes no value.`;
  }
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  }
}

/** An option no command takes: a command written as an option (`--fix`), a misspelling, or neither. */
function unknownOption(raw: string, command: string | undefined): string {
  const name = raw.replace(/^-+/, '');
  if ((COMMANDS as readonly string[]).includes(name) && name !== command) return `unknown option ${raw}; did you mean \`docket ${name}\`?`;
  const names = Object.keys(OPTIONS);
  const near = closest(name, names);
  if (name.length > 1 && distance(name, near) <= 2) return `unknown option ${raw}; did you mean --${near}?`;
  return `unknown option ${raw} (see docket --help).`;
}

function fail(io: Io, message: string): number {
  io.err(`docket: ${message}\n`);
  return 2;
}
