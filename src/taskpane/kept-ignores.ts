// The findings ignored in this document, read from its settings and validated: loaded apart from the pane's first
// bundle, as the validation needs zod, which the pane otherwise leaves to its worker.
import { parseIgnores, type Ignore } from '../core';

/** The ignores as kept; a list that cannot be used ignores nothing, and says why. */
export function keptIgnores(value: unknown): { list: Ignore[]; problem?: string } {
  const parsed = parseIgnores(value);
  return parsed.ok ? { list: parsed.ignores } : { list: [], problem: parsed.message };
}
