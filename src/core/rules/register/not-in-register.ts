// register/not-in-register: a meeting document the agenda cites is not in the meeting's document register, so nobody
// can open it (or the agenda cites a revision the register does not have). A number announced for a document not
// written yet ("report to be found in TD515") and documents of kinds the register does not list stay silent.
import type { Rule } from '../rule';
import { documentKeyOf } from '../../refs/document-id';
import { inItem } from '../ref/listing';
import { citationsIn, isAnnounced } from './citing';

export const rule: Rule = {
  id: 'register/not-in-register',
  severity: 'error',
  description: 'A meeting document cited in the agenda is not in the document register.',
  check({ meeting, snapshot, documentRegister: register, report }) {
    if (!register) return;
    const reported = new Set<string>();
    for (const citation of citationsIn(meeting, register)) {
      const once = `${citation.id}@${citation.item ?? ''}`;
      if (register.find(citation.id) || reported.has(once) || isAnnounced(citation, snapshot)) continue;
      reported.add(once);
      const known = register.highest(citation.id);
      report({
        message: known
          ? `${citation.raw} is cited${inItem(citation.item)}, but ${register.name} has ${documentKeyOf(citation.id)} only up to ${known.id}.`
          : `${citation.raw} is cited${inItem(citation.item)} but is not in ${register.name}.`,
        location: citation.location,
      });
    }
  },
};
