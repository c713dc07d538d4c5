// Verbs of decision and instruction, as actions are written ("Agree the guidelines …", "WP2 instructs SG9 …"): the
// action register reads what an action asks by them, and an action that starts with one names no owner ("Agree to the
// way forward" is asked of the meeting, not of someone called Agree).
const VERBS = [
  'agree', 'approve', 'instruct', 'recommend', 'note', 'endorse', 'consider', 'send', 'adopt', 'accept', 'review',
  'request', 'invite', 'forward', 'establish', 'appoint', 'consent', 'decide', 'confirm', 'finalize', 'finalise', 'prepare',
];
const ENDINGS = '(?:s|es|d|ed)?';

/** The first of the verbs in a text, in any of its forms ("agree", "agrees", "agreed"): the verb is group 1. */
export const ACTION_VERB = new RegExp(`\\b(${VERBS.join('|')})${ENDINGS}\\b`, 'i');

const ONE_VERB = new RegExp(`^(?:${VERBS.join('|')})${ENDINGS}$`, 'i');

/** Whether a word is one of the verbs, in any of its forms. */
export function isActionVerb(word: string): boolean {
  return ONE_VERB.test(word);
}
