// register/superseded: the register has a later revision of a cited document (a higher revision number, or a
// "Revised to" chain), so delegates would read an outdated text. The fix cites the latest, spelt as the agenda spells.
import { defineRule } from '../rule';
import { documentState } from '../../document-register/status';
import { parseDocumentId } from '../../refs/document-id';
import { revisionStyle, spellLike } from '../../refs/respell';
import { citedIn } from '../ref/listing';
import { citationsIn } from './citing';

export const rule = defineRule({
  id: 'register/superseded',
  severity: 'warning',
  description: 'The document register has a later revision of a cited document.',
  messages: {
    superseded: '{{cited}} is cited, but in {{register}} {{history}}.',
    supersededInItem: '{{cited}} is cited in item {{item}}, but in {{register}} {{history}}.',
    supersededByWithdrawn: '{{cited}} is cited, but in {{register}} {{history}}, which was withdrawn.',
    supersededByWithdrawnInItem: '{{cited}} is cited in item {{item}}, but in {{register}} {{history}}, which was withdrawn.',
  },
  check({ meeting, documentRegister: register, report }) {
    if (!register) return;
    const style = revisionStyle(meeting.citations.map((c) => c.raw));
    for (const citation of citationsIn(meeting, register)) {
      const cited = register.find(citation.id);
      if (!cited || documentState(cited) === 'withdrawn') continue;
      const latest = register.latest(citation.id);
      const target = parseDocumentId(latest);
      if (latest === citation.id || !target) continue;
      const row = register.find(latest);
      const state = row && documentState(row);
      const how = cited.revisedTo !== undefined ? `${cited.id} was revised to ${cited.revisedTo}${cited.revisedTo === latest ? '' : `, and so on to ${latest}`}` : `its latest revision is ${latest}`;
      const data = { cited: citation.raw, register: register.name };
      if (state === 'withdrawn') {
        report({ ...citedIn(citation, 'supersededByWithdrawn', { ...data, history: how }), location: citation.location });
        continue;
      }
      const merged = state === 'merged' && row?.mergedInto ? ` (since merged into ${row.mergedInto})` : '';
      const spelled = spellLike(citation.raw, target, style);
      report({
        ...citedIn(citation, 'superseded', { ...data, history: `${how}${merged}` }),
        location: citation.location,
        fix: { title: `Cite ${spelled}`, edits: [{ location: citation.location, find: citation.raw, replace: spelled }] },
      });
    }
  },
});
