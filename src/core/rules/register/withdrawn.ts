// register/withdrawn: the register says a cited document was withdrawn, so it will not be presented and the agenda
// should drop it. A number reserved for a document not written yet (the meeting report) is normal and stays silent.
import { defineRule } from '../rule';
import { documentState } from '../../document-register/status';
import { citedIn } from '../ref/listing';
import { citationsIn, isAnnounced } from './citing';

export const rule = defineRule({
  id: 'register/withdrawn',
  severity: 'warning',
  description: 'The document register says a cited document was withdrawn.',
  messages: {
    withdrawn: '{{cited}} is cited, but {{register}} says {{document}} was withdrawn ("{{status}}").',
    withdrawnInItem: '{{cited}} is cited in item {{item}}, but {{register}} says {{document}} was withdrawn ("{{status}}").',
  },
  check({ meeting, snapshot, documentRegister: register, report }) {
    if (!register) return;
    for (const citation of citationsIn(meeting, register)) {
      const row = register.find(citation.id);
      if (!row || documentState(row) !== 'withdrawn' || isAnnounced(citation, snapshot)) continue;
      report({
        ...citedIn(citation, 'withdrawn', { cited: citation.raw, register: register.name, document: row.id, status: row.status ?? '' }),
        location: citation.location,
      });
    }
  },
});
