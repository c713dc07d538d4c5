// Checking configuration: rule severities and off-switches by rule id, the document-category vocabulary, and the
// time zone used when an agenda names none. Read from docket.config.json by the CLI, from document settings in Word
// (under SETTINGS_KEY, where the command line reads them too, a configuration file laid over them).
import * as z from 'zod/mini';
import { Severity } from './model/finding';
import { refusal } from './model/validation';
import { isTimeZone } from './time/zones';

/** Categories of ITU-T document lists and 3GPP Tdoc types, matched without regard to case or a "(…)" qualifier. */
export const DEFAULT_CATEGORIES = [
  'Admin',
  'Administrative',
  'Report',
  'Information',
  'Contribution',
  'Liaison',
  'Liaison Statement',
  'LS',
  'Input',
  'Output',
  'Proposal',
  'Discussion',
  'Draft',
  'Agenda',
  'Approval',
  'Decision',
  'CR',
  'P-CR',
  'pCR',
  'DraftCR',
  'LS In',
  'LS Out',
  'WID New',
  'WID Revised',
  'SID New',
  'SID Revised',
  'TS or TR Cover',
  'Work Plan',
  'Response',
  'Other',
];

/** A rule's setting, from quietest to loudest: off, or the severity its findings get. */
export const RuleSetting = z.enum(['off', ...[...Severity.options].reverse()] as ['off', ...Severity[]]);
export type RuleSetting = z.infer<typeof RuleSetting>;

export const Config = z.strictObject({
  /** Severity by rule id, or "off". Rules not named keep their default severity. */
  rules: z._default(z.record(z.string(), RuleSetting), {}),
  /** The document-list categories the meeting uses. */
  categories: z._default(z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1)), DEFAULT_CATEGORIES),
  /** IANA time zone of the agenda's times when it names none (its place decides first). */
  timeZone: z.optional(z.string().check(z.refine(isTimeZone, { message: 'is not an IANA time zone (e.g. Europe/Zurich)' }))),
});
export type Config = z.infer<typeof Config>;

export const DEFAULT_CONFIG: Config = Config.parse({});

/** The document setting the checking settings are kept under (Office.context.document.settings, a webextension property). */
export const SETTINGS_KEY = 'docket.settings';

/**
 * One configuration laid over another, as ESLint lays its command line's configuration over a file's: every rule the
 * top one sets, and its categories and time zone where it sets them (`names`: the settings it sets); the rest from below.
 */
export function configOver(below: Config, top: Config, names: readonly string[]): Config {
  const categories = names.includes('categories') ? top.categories : below.categories;
  const timeZone = names.includes('timeZone') ? top.timeZone : below.timeZone;
  return { rules: { ...below.rules, ...top.rules }, categories, ...(timeZone !== undefined ? { timeZone } : {}) };
}

/** Validate a configuration object, naming unknown rule ids and bad values in one readable line. */
export function parseConfig(value: unknown, knownRules: readonly string[]): { ok: true; config: Config } | { ok: false; message: string } {
  const parsed = Config.safeParse(value);
  if (!parsed.success) return { ok: false, message: refusal(parsed.error, { one: 'setting', many: 'settings', known: Object.keys(Config.shape) }) };
  const unknown = Object.keys(parsed.data.rules).filter((id) => !knownRules.includes(id));
  if (unknown.length > 0) {
    return { ok: false, message: `unknown rule id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}` };
  }
  return { ok: true, config: parsed.data };
}
