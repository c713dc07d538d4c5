// A finding: what is wrong, where, how bad, and (sometimes) a fix the user can apply with one click.
import * as z from 'zod/mini';
import { Location } from './location';

/** A rule's id: its area and its name ("text/placeholder", "ref/revision-mismatch"). */
export const RuleId = z.string().check(z.regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'is not a rule id (such as "text/placeholder")' }));

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** Replace `find` by `replace` in the text at `location`. */
export const Edit = z.object({ location: Location, find: z.string(), replace: z.string() });
export type Edit = z.infer<typeof Edit>;

export const Fix = z.object({
  /** What the fix does, in the user's words: "Change the category to Information". */
  title: z.string(),
  edits: z.array(Edit).check(z.minLength(1)),
});
export type Fix = z.infer<typeof Fix>;

export const Finding = z.object({
  ruleId: RuleId,
  /** Which of the rule's messages this is (its `messages` key, as ESLint's `messageId`). */
  messageId: z.string(),
  severity: Severity,
  /** The message rendered from the rule's template and the finding's data. */
  message: z.string(),
  /** What filled the template's placeholders, by name (absent for a message without placeholders). */
  data: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  location: Location,
  fix: z.optional(Fix),
});
export type Finding = z.infer<typeof Finding>;
