// Who an action is for, as minutes and lists of actions write it: the words before "to" and the verb ("IHO Sec to
// complete …", "Christian to report …", "S-101PT Members encouraged to …", "KHOA, NIWC, Validation Sub-Group to …").
// Helpers named after a comma ("IHO Sec, in consultation with IIC, to draft") are not the owner. An action that starts
// with its verb ("review the S-101 documentation …", "Agree to the way forward …") names no owner.
import { isActionVerb } from '../text/action-verbs';

/** The most words an owner takes: "Validation Sub-Group lead" is three, a sentence is not an owner. */
const MAX_WORDS = 8;
/** The words in lower case an owner may hold ("Validation Sub-Group lead", "UK and SE"); any other is a sentence's. */
const OWNER_WORDS = new Set(['and', 'or', '&', 'of', 'the', 'all', 'each', 'lead', 'leads', 'chair', 'chairs', 'members', 'team', 'secretariat']);
/** Said of the owner before "to": "encouraged to", "invited to", "is to". */
const ASKED = new Set(['is', 'are', 'encouraged', 'invited', 'requested', 'asked', 'tasked']);

export function ownerOf(text: string): string | undefined {
  const to = /\sto\s+\p{Ll}/u.exec(text);
  if (!to) return undefined;
  let owner = text.slice(0, to.index).trim();
  // "IHO Sec, in consultation with IIC": the owner is before the comma that starts in lower case.
  const helpers = /,\s*\p{Ll}/u.exec(owner);
  if (helpers) owner = owner.slice(0, helpers.index);
  const words = owner.split(/\s+/).filter((w) => w !== '');
  if (words.length > 1 && ASKED.has(words.at(-1)!.toLowerCase())) words.pop();
  owner = words.join(' ').replace(/,$/, '');
  const sentence = words.some((w) => /^\p{Ll}/u.test(w) && !OWNER_WORDS.has(w.replace(/,$/, '')));
  if (!/^[\p{Lu}\d]/u.test(owner) || words.length > MAX_WORDS || sentence || /[.;:!?]\s/.test(owner) || isActionVerb(words[0]!)) return undefined;
  return owner;
}
