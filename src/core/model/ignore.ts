// What is kept of a finding the user ignored: its rule and the text it quoted ("Ignore here"), or its rule alone (the
// rule in the whole document); validated when read back from a document's settings.
import * as z from 'zod';

export const Ignore = z
  .object({
    /** The rule whose findings are ignored. */
    rule: z.string().regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** The quoted text of the one finding ignored ("Ignore here"); without it, the rule is ignored in the whole document. */
    text: z.string().optional(),
  })
  .strict();
export type Ignore = z.infer<typeof Ignore>;

export const Ignores = z.array(Ignore);
export type Ignores = z.infer<typeof Ignores>;

/** The ignores kept in a document: none when nothing is kept, a one-line reason when what is kept is not valid. */
export function parseIgnores(value: unknown): { ok: true; ignores: Ignores } | { ok: false; message: string } {
  if (value === undefined || value === null) return { ok: true, ignores: [] };
  const parsed = Ignores.safeParse(value);
  if (parsed.success) return { ok: true, ignores: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, message: `${issue.path.length > 0 ? `"${issue.path.join('.')}" ` : ''}${issue.message}` };
}
