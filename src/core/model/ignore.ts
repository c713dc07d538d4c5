// What is kept of a finding the user ignored: its rule and the text it quoted ("Ignore here"), or its rule alone (the
// rule in the whole document); validated when read back from a document's settings.
import * as z from 'zod/mini';
import { RuleId } from './finding';
import { refusal } from './validation';

export const Ignore = z.strictObject({
  /** The rule whose findings are ignored. */
  rule: RuleId,
  /** The quoted text of the one finding ignored ("Ignore here"); without it, the rule is ignored in the whole document. */
  text: z.optional(z.string()),
});
export type Ignore = z.infer<typeof Ignore>;

export const Ignores = z.array(Ignore);
export type Ignores = z.infer<typeof Ignores>;

/** The ignores kept in a document: none when nothing is kept, a one-line reason when what is kept is not valid. */
export function parseIgnores(value: unknown): { ok: true; ignores: Ignores } | { ok: false; message: string } {
  if (value === undefined || value === null) return { ok: true, ignores: [] };
  const parsed = Ignores.safeParse(value);
  if (parsed.success) return { ok: true, ignores: parsed.data };
  return { ok: false, message: refusal(parsed.error, { one: 'part of an ignored finding', many: 'parts of an ignored finding', known: Object.keys(Ignore.shape) }) };
}
