// Checking configuration: rule severities and off-switches by rule id, the document-category vocabulary, and the
// time zone used when an agenda names none. Read from docket.config.json by the CLI, from document settings in Word
// (under SETTINGS_KEY, where the command line reads them too, a configuration file laid over them).
import * as z from 'zod';
import { Severity } from './model/finding';
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

export const Config = z
  .object({
    /** Severity by rule id, or "off". Rules not named keep their default severity. */
    rules: z.record(z.string(), RuleSetting).default({}),
    /** The document-list categories the meeting uses. */
    categories: z.array(z.string().trim().min(1)).min(1).default(DEFAULT_CATEGORIES),
    /** IANA time zone of the agenda's times when it names none (its place decides first). */
    timeZone: z.string().refine(isTimeZone, { message: 'is not an IANA time zone (e.g. Europe/Zurich)' }).optional(),
  })
  .strict();
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
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.');
    return { ok: false, message: `${path ? `"${path}" ` : ''}${problemOf(issue)}` };
  }
  const unknown = Object.keys(parsed.data.rules).filter((id) => !knownRules.includes(id));
  if (unknown.length > 0) {
    return { ok: false, message: `unknown rule id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}` };
  }
  return { ok: true, config: parsed.data };
}

/** One issue in the user's words: the allowed values when there are few, the settings there are for an unknown one. */
function problemOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `${keys} ${issue.keys.length === 1 ? 'is not a setting' : 'are not settings'} (the settings are ${Object.keys(Config.shape).join(', ')})`;
  }
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'record' || issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
  return issue.message;
}
