// Document categories against the meeting's vocabulary: "Information (to review)" is an Information document, case
// and spacing do not matter, and a category that is not in the vocabulary gets the nearest one as a suggestion.
import { closest, distance } from 'fastest-levenshtein';
import { looseKey } from '../text/normalize';

function categoryKey(category: string): string {
  return looseKey(withoutQualifier(category));
}

/** "Information (to review)" → "Information": the "(…)" ending the text, found by scanning back from its end. */
function withoutQualifier(category: string): string {
  const text = category.trimEnd();
  if (!text.endsWith(')')) return category;
  const open = text.indexOf('(', text.lastIndexOf(')', text.length - 2) + 1);
  return open < 0 ? category : text.slice(0, open).trimEnd();
}

export type CategoryVerdict = { known: true } | { known: false; suggestion?: string };

/** Judges categories against a vocabulary, built once for many rows. */
export function categoryJudge(vocabulary: readonly string[]): (category: string) => CategoryVerdict {
  const byKey = new Map(vocabulary.map((c) => [categoryKey(c), c]));
  const keys = [...byKey.keys()];
  return (category) => {
    const key = categoryKey(category);
    if (key === '' || byKey.has(key)) return { known: true };
    const nearest = closest(key, keys);
    const close = distance(key, nearest) <= Math.max(2, Math.floor(key.length / 4));
    return close ? { known: false, suggestion: byKey.get(nearest)! } : { known: false };
  };
}
