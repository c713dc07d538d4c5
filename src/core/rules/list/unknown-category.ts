// list/unknown-category: a document-list category is outside the meeting's vocabulary, usually a typo; suggests the
// nearest category ("infomration" → "Information") with a one-click fix.
import { closest, distance } from 'fastest-levenshtein';
import { looseKey } from '../../text/normalize';
import type { Rule } from '../rule';

/** "Information (to review)" is an Information document; case and spacing do not matter. */
function categoryKey(category: string): string {
  return looseKey(category.replace(/\s*\([^)]*\)\s*$/, ''));
}

export const rule: Rule = {
  id: 'list/unknown-category',
  severity: 'warning',
  description: 'A document-list category is outside the vocabulary.',
  check({ meeting, config, report }) {
    const vocabulary = new Map(config.categories.map((c) => [categoryKey(c), c]));
    const keys = [...vocabulary.keys()];
    for (const document of meeting.documents) {
      if (document.category === undefined) continue;
      const key = categoryKey(document.category);
      if (key === '' || vocabulary.has(key)) continue;
      const location = document.categoryLocation ?? document.location;
      const nearest = closest(key, keys);
      const close = distance(key, nearest) <= Math.max(2, Math.floor(key.length / 4));
      const suggestion = close ? vocabulary.get(nearest)! : undefined;
      report({
        message: suggestion
          ? `"${document.category}" (${document.raw}) is not a document category; did you mean "${suggestion}"?`
          : `"${document.category}" (${document.raw}) is not one of the document categories (${config.categories.slice(0, 6).join(', ')}, …).`,
        location,
        ...(suggestion
          ? { fix: { title: `Change the category to ${suggestion}`, edits: [{ location, find: document.category, replace: suggestion }] } }
          : {}),
      });
    }
  },
};
