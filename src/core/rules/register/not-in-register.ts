// register/not-in-register: a meeting document the agenda cites is not in the meeting's document register, so nobody
// can open it (or the agenda cites a revision the register does not have). A number announced for a document not
// written yet ("report to be found in TD515") and documents of kinds the register does not list stay silent.
import { defineRule } from '../rule';
import { documentKeyOf } from '../../refs/document-id';
import { citedIn } from '../ref/listing';
import { citationsIn, isAnnounced } from './citing';

export const rule = defineRule({
  id: 'register/not-in-register',
  severity: 'error',
  description: 'A meeting document cited in the agenda is not in the document register.',
  messages: {
    notInRegister: '{{cited}} is cited but is not in {{register}}.',
    notInRegisterInItem: '{{cited}} is cited in item {{item}} but is not in {{register}}.',
    laterRevision: '{{cited}} is cited, but {{register}} has {{document}} only up to {{latest}}.',
    laterRevisionInItem: '{{cited}} is cited in item {{item}}, but {{register}} has {{document}} only up to {{latest}}.',
  },
  check({ meeting, snapshot, documentRegister: register, report }) {
    if (!register) return;
    const reported = new Set<string>();
    for (const citation of citationsIn(meeting, register)) {
      const once = `${citation.id}@${citation.item ?? ''}`;
      if (register.find(citation.id) || reported.has(once) || isAnnounced(citation, snapshot)) continue;
      reported.add(once);
      const known = register.highest(citation.id);
      const data = { cited: citation.raw, register: register.name };
      report({
        ...(known
          ? citedIn(citation, 'laterRevision', { ...data, document: documentKeyOf(citation.id), latest: known.id })
          : citedIn(citation, 'notInRegister', data)),
        location: citation.location,
      });
    }
  },
});
