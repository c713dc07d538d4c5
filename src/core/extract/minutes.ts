// How text agendas write an item's minutes: before the title ("5 min - Agenda bashing", "15 mins (Andreas Rossberg)",
// "10m"), after it ("Agenda bashing (4 min)", "(15m)", "Hackathon Results, 10 minutes", "Opening - 30 minutes"), as a
// field ("Time Requested: 15 min"), after a requester ("Peter Thomassen <peter@desec.io>, 5") and, where the document
// says so ("Numbers in parentheses are minutes"), as a bare "(15)". Every pattern is anchored and its spaces bounded,
// so each runs in linear time.
import { squash } from '../text/normalize';

export interface WrittenMinutes {
  minutes: number;
  /** The text beside the minutes; empty when the minutes stand alone ("*60 min*", "Time Requested: 15 min"). */
  title: string;
  /** Written as a request ("Time Requested: 15 min", "Peter <peter@desec.io>, 5"): minutes for the item it is under. */
  requested?: true;
}

const UNIT = String.raw`(?:min(?:ute)?s?|m)\.?`;
/** "5 min - title", "15 mins (presenters)", "~5 minutes", "10m". */
const BEFORE = new RegExp(String.raw`^~?\s{0,3}(\d{1,3})\s{0,3}${UNIT}(?![\p{L}\d])\s{0,3}(?:[-–—:]\s{0,3})?([\s\S]*)$`, 'iu');
/** "(4 min)", "(15m)", ", 15 min", "- 30 minutes" ending the text. */
const AFTER = new RegExp(String.raw`(?:\(\s{0,3}~?(\d{1,3})\s{0,3}${UNIT}\s{0,3}\)|[,–—-]\s{0,3}~?(\d{1,3})\s{0,3}min(?:ute)?s?\.?)\s{0,3}$`, 'iu');
/** "Time Requested: 15 min", "Duration: 10 minutes", "Timebox: 30m". */
const FIELD = new RegExp(String.raw`^(?:Time(?:\s{1,3}requested)?|Duration|Timebox)\s{0,3}:\s{0,3}(\d{1,3})\s{0,3}${UNIT}\s{0,3}$`, 'iu');
/** "Peter Thomassen <peter@desec.io>, 5": a requester (an e-mail address) and the minutes asked for. */
const REQUESTER = /,\s{0,3}(\d{1,3})\s{0,3}$/;
/** "(15)", "(10)?" where the document says parentheses hold minutes: "draft-… (15) Tiloca"; the last one counts. */
const BARE = /\(\s{0,3}(\d{1,3})\s{0,3}\)\??/g;
/** The document's own word that its bare numbers in parentheses are minutes. */
export const PARENTHESES_ARE_MINUTES = /numbers in parenthes[ie]s are (?:the )?minutes/i;

/** The minutes an item's text gives, and its title; `bare` when "(15)" counts as minutes in this document. */
export function writtenMinutes(text: string, bare = false): WrittenMinutes | undefined {
  const t = text.trim();
  const field = FIELD.exec(t);
  if (field) return { minutes: Number(field[1]), title: '', requested: true };
  const before = BEFORE.exec(t);
  if (before) return { minutes: Number(before[1]), title: before[2]!.trim() };
  const after = AFTER.exec(t);
  if (after) return { minutes: Number(after[1] ?? after[2]), title: t.slice(0, after.index).trim() };
  const asked = requester(t);
  if (asked) return { minutes: Number(asked[1]), title: t.slice(0, asked.index).trim(), requested: true };
  const last = bare ? [...t.matchAll(BARE)].at(-1) : undefined;
  return last ? { minutes: Number(last[1]), title: squash(`${t.slice(0, last.index)}${t.slice(last.index + last[0].length)}`) } : undefined;
}

function requester(text: string): RegExpExecArray | null {
  const match = REQUESTER.exec(text);
  return match && text.slice(0, match.index).includes('@') ? match : null;
}
