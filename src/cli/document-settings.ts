// What the Docket pane keeps in a .docx or .xlsx (Office.context.document.settings, which Office saves in the file's
// webextension part): the checking settings and the findings ignored. The command line applies both, as the pane does
// in Word. A configuration file given on the command line or found in the folder is laid over the document's checking
// settings and wins where both set something, as ESLint's command line wins over a file's own configuration; each
// file's note says what it was checked with. Settings the document keeps that are not valid are named in a note and
// not used, never a failure. The settings are read from the file by io/docx/addin-settings.ts.
import { DEFAULT_CATEGORIES, IGNORES_KEY, RULES, RULE_IDS, SETTINGS_KEY, configOver, parseConfig, parseIgnores, withoutIgnored, type Config, type Finding } from '../core';
import type { ConfigFile } from './config';

/** The configuration a document is checked with: its own checking settings under the configuration file, if any, and a note saying so. */
export function configFor(saved: ReadonlyMap<string, unknown>, given: ConfigFile): { config: Config; note?: string } {
  const kept = saved.get(SETTINGS_KEY);
  if (kept === undefined || kept === null) return { config: given.config };
  const parsed = parseConfig(kept, RULE_IDS);
  if (!parsed.ok) {
    return { config: given.config, note: `the checking settings saved in the document are not valid (${parsed.message}); checked with ${given.file ?? 'the defaults'} instead.` };
  }
  const own = parsed.config;
  const what = `checked with the checking settings saved in the document (${changesOf(own)})`;
  if (given.file === undefined) return { config: own, note: `${what}.` };
  const decided = [
    ...Object.keys(given.config.rules).filter((id) => own.rules[id] !== undefined && own.rules[id] !== given.config.rules[id]),
    ...(given.names.includes('categories') && !same(own.categories, given.config.categories) ? ['categories'] : []),
    ...(given.names.includes('timeZone') && own.timeZone !== undefined && own.timeZone !== given.config.timeZone ? ['time zone'] : []),
  ];
  return { config: configOver(own, given.config, given.names), note: `${what}, ${given.file} over them${decided.length > 0 ? ` (${given.file} decides ${decided.join(', ')})` : ''}.` };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What settings change from the defaults, in a few words: "date/weekend off; its own 3 categories". */
function changesOf(config: Config): string {
  const rules = RULES.filter((rule) => config.rules[rule.id] !== undefined && config.rules[rule.id] !== rule.severity).map((rule) => `${rule.id} ${config.rules[rule.id]}`);
  const changes = [
    ...(rules.length > 0 ? [rules.join(', ')] : []),
    ...(same(config.categories, DEFAULT_CATEGORIES) ? [] : [`its own ${config.categories.length} ${config.categories.length === 1 ? 'category' : 'categories'}`]),
    ...(config.timeZone !== undefined ? [`time zone ${config.timeZone}`] : []),
  ];
  return changes.length > 0 ? changes.join('; ') : 'the defaults';
}

/** The findings the document's own settings do not ignore, and a note saying what was left out (or why nothing was). */
export function withoutDocumentIgnores(saved: ReadonlyMap<string, unknown>, findings: readonly Finding[]): { findings: Finding[]; note?: string } {
  const parsed = parseIgnores(saved.get(IGNORES_KEY));
  if (!parsed.ok) return { findings: [...findings], note: `the ignored findings kept in the document cannot be used (${parsed.message}); none were left out.` };
  const result = withoutIgnored(findings, parsed.ignores);
  if (result.ignored === 0) return { findings: result.findings };
  const count = `${result.ignored} ${result.ignored === 1 ? 'finding' : 'findings'}`;
  return { findings: result.findings, note: `${count} ignored in the Docket pane ${result.ignored === 1 ? 'was' : 'were'} left out (restore ${result.ignored === 1 ? 'it' : 'them'} there under "ignored").` };
}
