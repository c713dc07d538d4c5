// register/withdrawn: the register says a cited document was withdrawn, so it will not be presented and the agenda
// should drop it. A number reserved for a document not written yet (the meeting report) is normal and stays silent.
import type { Rule } from '../rule';
import { documentState } from '../../document-register/status';
import { inItem } from '../ref/listing';
import { citationsIn, isAnnounced } from './citing';

export const rule: Rule = {
  id: 'register/withdrawn',
  severity: 'warning',
  description: 'The document register says a cited document was withdrawn.',
  check({ meeting, snapshot, documentRegister: register, report }) {
    if (!register) return;
    for (const citation of citationsIn(meeting, register)) {
      const row = register.find(citation.id);
      if (!row || documentState(row) !== 'withdrawn' || isAnnounced(citation, snapshot)) continue;
      report({
        message: `${citation.raw} is cited${inItem(citation.item)}, but ${register.name} says ${row.id} was withdrawn ("${row.status}").`,
        location: citation.location,
      });
    }
  },
};
