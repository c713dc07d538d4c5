// Findings the user chose to ignore, as Editor's "Ignore" or eslint-disable: one finding ("Ignore here"), keyed by its
// rule and the text it quotes so it stays ignored when the document changes elsewhere, or a rule in the whole
// document. Kept in the document's settings under IGNORES_KEY, read the same way by the pane and the command line;
// the schema of what is kept is model/ignore.ts (apart, so the pane matches findings without loading zod up front).
import type { Finding } from './model/finding';
import type { Ignore, Ignores } from './model/ignore';
import { squash } from './text/normalize';

/** The document setting the ignores are kept under (Office.context.document.settings, a webextension property). */
export const IGNORES_KEY = 'docket.ignores';

/** The ignore that covers one finding ("Ignore here") or its rule in the whole document. */
export function ignoreOf(finding: Finding, scope: 'here' | 'rule'): Ignore {
  return scope === 'here' ? { rule: finding.ruleId, text: squash(finding.location.text) } : { rule: finding.ruleId };
}

/** Whether an ignore covers a finding: its rule, and (for one finding) the same quoted text, spaces aside. */
export function ignores(ignore: Ignore, finding: Finding): boolean {
  return ignore.rule === finding.ruleId && (ignore.text === undefined || ignore.text === squash(finding.location.text));
}

/** The findings no ignore covers, and how many were ignored. */
export function withoutIgnored<F extends Finding>(findings: readonly F[], list: Ignores): { findings: F[]; ignored: number } {
  const kept = list.length === 0 ? [...findings] : findings.filter((finding) => !list.some((ignore) => ignores(ignore, finding)));
  return { findings: kept, ignored: findings.length - kept.length };
}

const same = (a: Ignore, b: Ignore) => a.rule === b.rule && a.text === b.text;

/** The list with one more ignore (once only). */
export function addIgnore(list: Ignores, ignore: Ignore): Ignores {
  return list.some((i) => same(i, ignore)) ? list : [...list, ignore];
}

/** The list without an ignore: its findings are shown again. */
export function removeIgnore(list: Ignores, ignore: Ignore): Ignores {
  return list.filter((i) => !same(i, ignore));
}
