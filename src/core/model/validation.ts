// A value read from a file or a document's settings that the model refuses, said in one readable line: where it is
// ("categories", "0.rule") and what is wrong with it, in the user's words rather than the validator's.
import type * as z from 'zod/mini';

/** What the names an object may have are called ("setting", "settings"), and the names, for a name it may not have. */
export interface Names {
  one: string;
  many: string;
  known: readonly string[];
}

/** The first issue of a refused value, with where it is. */
export function refusal(error: z.core.$ZodError, names: Names): string {
  const issue = error.issues[0]!;
  const path = issue.path.join('.');
  return `${path ? `"${path}" ` : ''}${issueInWords(issue, names)}`;
}

function issueInWords(issue: z.core.$ZodIssue, { one, many, known }: Names): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return `${keys} ${issue.keys.length === 1 ? `is not a ${one}` : `are not ${many}`} (the ${many} are ${known.join(', ')})`;
    }
    case 'invalid_type':
      return `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'record' || issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    default:
      // A refinement or a pattern says what is wrong in its own message (RuleId, IsoDate, the time zone).
      return issue.message;
  }
}
