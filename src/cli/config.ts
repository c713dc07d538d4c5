// The checking configuration the command line runs with: --config <file>, else ./docket.config.json when present,
// else the defaults.
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_CONFIG, RULE_IDS, parseConfig, type Config } from '../core';

export function loadConfig(path: string | undefined): { ok: true; config: Config } | { ok: false; message: string } {
  const file = path ?? (existsSync('docket.config.json') ? 'docket.config.json' : undefined);
  if (file === undefined) return { ok: true, config: DEFAULT_CONFIG };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message.split('\n')[0];
    return { ok: false, message: `cannot read the configuration ${file}: ${reason}.` };
  }
  const parsed = parseConfig(json, RULE_IDS);
  return parsed.ok ? { ok: true, config: parsed.config } : { ok: false, message: `configuration ${file}: ${parsed.message}.` };
}
