// What a register's status says about a document, for the register rules: withdrawn (not to be presented), reserved
// (a number given out for a document not written yet, such as the meeting report), revised or merged (another
// document replaces it). Every other status (agreed, noted, postponed, open…) changes nothing Docket checks.
import type { RegisteredDocument } from '../model/document-register';

export type DocumentState = 'withdrawn' | 'reserved' | 'revised' | 'merged';

/** The statuses document systems write (3GPP's portal and TdocsByAgenda, ITU-T's lists), any case. */
export const KNOWN_STATUSES =
  /^(?:withdrawn|reserved|revised|merged|agreed|approved|noted|postponed|endorsed|technically endorsed|available|open|reply open|treated|not treated|handled|not handled|not pursued|replied to|rejected|accepted|partially approved|conditionally agreed|conditionally approved|for e-mail approval|left for e-mail approval|superseded|posted|returned)\b/i;

export function documentState(document: RegisteredDocument): DocumentState | undefined {
  const status = document.status ?? '';
  if (/^withdrawn\b/i.test(status)) return 'withdrawn';
  if (/^reserved\b/i.test(status)) return 'reserved';
  // ITU-T lists describe a number kept for a document not written yet in its title: "Reserved for: Report, RG-SOP".
  if (status === '' && /^reserved\b/i.test(document.title ?? '')) return 'reserved';
  if (/^(?:revised|superseded)\b/i.test(status) || document.revisedTo !== undefined) return 'revised';
  if (/^merged\b/i.test(status) || document.mergedInto !== undefined) return 'merged';
  return undefined;
}
