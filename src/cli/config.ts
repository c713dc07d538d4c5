// The checking configuration the command line runs with: --config <file>, else ./docket.config.json when present,
// else none. A document's own checking settings (saved by the pane) are laid under it: see document-settings.ts.
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_CONFIG, RULE_IDS, parseConfig, type Config } from '../core';

/** The configuration file the command line was given or found, and the settings it names; no file: the defaults. */
export interface ConfigFile {
  config: Config;
  file?: string;
  /** The settings the file sets itself (rules, categories, timeZone), which win over a document's. */
  names: readonly string[];
}

/** No configuration file: the defaults, under whatever a document keeps. */
export const NO_CONFIG_FILE: ConfigFile = { config: DEFAULT_CONFIG, names: [] };

export function loadConfig(path: string | undefined): ({ ok: true } & ConfigFile) | { ok: false; message: string } {
  const file = path ?? (existsSync('docket.config.json') ? 'docket.config.json' : undefined);
  if (file === undefined) return { ok: true, ...NO_CONFIG_FILE };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message.split('\n')[0];
    return { ok: false, message: `cannot read the configuration ${file}: ${reason}.` };
  }
  const parsed = parseConfig(json, RULE_IDS);
  if (!parsed.ok) return { ok: false, message: `configuration ${file}: ${parsed.message}.` };
  // parseConfig took an object: its keys are the settings the file sets.
  return { ok: true, config: parsed.config, file, names: Object.keys(json as object) };
}
