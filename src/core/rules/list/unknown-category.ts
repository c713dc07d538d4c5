// list/unknown-category: a document-list category is outside the meeting's vocabulary, usually a typo; suggests the
// nearest category ("infomration" → "Information") with a one-click fix.
import { categoryJudge } from '../../list/categories';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'list/unknown-category',
  severity: 'warning',
  description: 'A document-list category is outside the vocabulary.',
  messages: {
    misspelt: '"{{category}}" ({{document}}) is not a document category; did you mean "{{suggestion}}"?',
    unknown: '"{{category}}" ({{document}}) is not one of the document categories ({{categories}}).',
  },
  check({ meeting, config, report }) {
    const judge = categoryJudge(config.categories);
    for (const document of meeting.documents) {
      if (document.category === undefined) continue;
      const verdict = judge(document.category);
      if (verdict.known) continue;
      const location = document.categoryLocation ?? document.location;
      const { suggestion } = verdict;
      const data = { category: document.category, document: document.raw };
      report(
        suggestion
          ? {
              messageId: 'misspelt',
              data: { ...data, suggestion },
              location,
              fix: { title: `Change the category to ${suggestion}`, edits: [{ location, find: document.category, replace: suggestion }] },
            }
          : { messageId: 'unknown', data: { ...data, categories: categoryList(config.categories) }, location },
      );
    }
  },
});

/** The first categories of the vocabulary, "…" when there are more. */
function categoryList(categories: readonly string[]): string {
  return categories.length > 6 ? `${categories.slice(0, 6).join(', ')}, …` : categories.join(', ');
}
