// ref/style-mixed: one document is written in different forms in one file (TD624-R2 and TD624R2); harmless to a
// reader, but searches and copy-paste miss the other spelling.
import type { Location } from '../../model/location';
import { defineRule } from '../rule';

/** The shape of a spelling: digits stand for any digits, spaces for any spacing. */
function form(raw: string): string {
  return raw.replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

export const rule = defineRule({
  id: 'ref/style-mixed',
  severity: 'info',
  description: 'One document is written in different forms in one file.',
  messages: {
    differentForms: '{{document}} is written in different forms: {{forms}}; one form throughout lets a search find every mention.',
  },
  check({ meeting, report }) {
    const spellings = new Map<string, { raw: string; location: Location }[]>();
    const written = [
      ...meeting.citations.filter((c) => /^\D/.test(c.raw)).map((c) => ({ id: c.id, raw: c.raw, location: c.location })),
      ...meeting.documents.map((d) => ({ id: d.id, raw: d.raw, location: d.location })),
    ];
    for (const { id, raw, location } of written) {
      const forms = spellings.get(id) ?? [];
      if (!forms.some((f) => form(f.raw) === form(raw))) forms.push({ raw, location });
      spellings.set(id, forms);
    }
    for (const [id, forms] of spellings) {
      if (forms.length < 2) continue;
      report({
        messageId: 'differentForms',
        data: { document: id, forms: forms.map((f) => `"${f.raw}"`).join(' and ') },
        location: forms[1]!.location,
      });
    }
  },
});
