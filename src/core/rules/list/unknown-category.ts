// list/unknown-category: a document-list category is outside the meeting's vocabulary, usually a typo; suggests the
// nearest category ("infomration" → "Information") with a one-click fix.
import { categoryJudge } from '../../list/categories';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'list/unknown-category',
  severity: 'warning',
  description: 'A document-list category is outside the vocabulary.',
  check({ meeting, config, report }) {
    const judge = categoryJudge(config.categories);
    for (const document of meeting.documents) {
      if (document.category === undefined) continue;
      const verdict = judge(document.category);
      if (verdict.known) continue;
      const location = document.categoryLocation ?? document.location;
      const { suggestion } = verdict;
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
