// The `docket` command line: check agendas, extract them as JSON, list the rules. Arguments are parsed with Node's
// own parseArgs; every failure is one line on stderr and an exit code, never a stack trace.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, RULES, RULE_IDS, parseConfig, type Config } from '../core';

import { checkFile, exitCode, formatJson, formatText } from './check';

const USAGE = `Usage:
  docket check <files...> [--format text|json] [--config file]
      Check agendas (.docx, .txt, .md). Exit code: 0 no errors, 1 errors found, 2 a file could not be read.
  docket extract <file>
      Print what Docket reads from an agenda (the Meeting) as JSON.
  docket rules
      List the rules, their default severities and what they check.

Options:
  --format text|json   Output format of check (default: text).
  --config <file>      Rule severities, categories and time zone (default: ./docket.config.json when present).
  -h, --help           Show this help.
`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const process_io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export function main(argv: string[], io: Io = process_io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  switch (command) {
    case 'check': {
      if (files.length === 0) return fail(io, 'check needs at least one file.');
      if (values.format !== 'text' && values.format !== 'json') return fail(io, `--format must be text or json, not "${values.format}".`);
      const config = loadConfig(values.config, io);
      if (!config) return 2;
      const results = files.map((file) => checkFile(file, config));
      io.out(values.format === 'json' ? formatJson(results) : formatText(results));
      return exitCode(results);
    }
    case 'extract': {
      if (files.length !== 1) return fail(io, 'extract takes exactly one file.');
      const config = loadConfig(values.config, io);
      if (!config) return 2;
      const result = checkFile(files[0]!, config);
      if (result.error) return fail(io, `${result.path}: ${result.error}`);
      io.out(`${JSON.stringify(result.meeting, null, 2)}\n`);
      return 0;
    }
    case 'rules':
      io.out(`${RULES.map((r) => `${r.id.padEnd(34)} ${r.severity.padEnd(8)} ${r.description}`).join('\n')}\n`);
      return 0;
    default:
      return fail(io, `unknown command "${command}".\n\n${USAGE}`);
  }
}

function fail(io: Io, message: string): number {
  io.err(`docket: ${message}\n`);
  return 2;
}

function loadConfig(path: string | undefined, io: Io): Config | undefined {
  const file = path ?? (existsSync('docket.config.json') ? 'docket.config.json' : undefined);
  if (file === undefined) return DEFAULT_CONFIG;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    fail(io, `cannot read the configuration ${file}: ${reason}.`);
    return undefined;
  }
  const parsed = parseConfig(json, RULE_IDS);
  if (!parsed.ok) {
    fail(io, `configuration ${file}: ${parsed.message}.`);
    return undefined;
  }
  return parsed.config;
}


