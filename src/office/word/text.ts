// Word's text is not the Snapshot's. Word keeps non-breaking spaces, manual line breaks (a vertical tab), non-breaking
// and optional hyphens as characters of their own, where the Snapshot has plain spaces, line breaks and hyphens; and
// Word's search takes those characters only as special codes (^s, ^l, ^~, ^-, ^t, and ^^ for a caret), at most 255
// characters at a time (see docs/office-behaviour.md). These functions find a text the check quoted in Word's own text
// and say it the way Word's search takes it.
import { normaliseText } from '../../core';

/** Word's characters and what each is in the Snapshot's text ('' for one the Snapshot leaves out). */
const PLAIN: Record<string, string> = { '\u000b': '\n', '\r': '\n', '\u001e': '-', '\u001f': '' };

/** What the Snapshot makes of one of Word's characters. */
function plain(char: string): string {
  return PLAIN[char] ?? normaliseText(char);
}

/** Word's text as the Snapshot has it, trailing paragraph marks and spaces aside. */
export function snapshotTextOf(word: string): string {
  let out = '';
  for (const char of word) out += plain(char);
  return out.trimEnd();
}

/** Whether Word's text and the Snapshot's say the same. */
export function sameText(word: string, snapshot: string): boolean {
  return snapshotTextOf(word) === snapshot.trimEnd();
}

/**
 * Where a text the check quoted is in Word's text (its first occurrence): the same characters as Word has them, and
 * how many times they occur before it (so the right search result can be taken).
 */
export function inWordText(word: string, quoted: string): { text: string; occurrence: number } | undefined {
  const starts: number[] = [];
  let text = '';
  for (let i = 0; i < word.length; i++) {
    const p = plain(word[i]!);
    for (let k = 0; k < p.length; k++) starts.push(i);
    text += p;
  }
  starts.push(word.length);
  const at = text.indexOf(quoted);
  if (at < 0 || quoted === '') return undefined;
  const from = starts[at]!;
  const to = starts[at + quoted.length - 1]! + 1;
  const found = word.slice(from, to);
  let occurrence = 0;
  for (let i = word.indexOf(found); i >= 0 && i < from; i = word.indexOf(found, i + found.length)) occurrence++;
  return { text: found, occurrence };
}

const CODES: Record<string, string> = { '^': '^^', '\t': '^t', '\u000b': '^l', '\u00a0': '^s', '\u001e': '^~', '\u001f': '^-' };

/** Word's search code for a text: its special characters as Word's codes. */
export function searchCode(text: string): string {
  let out = '';
  for (const char of text) out += CODES[char] ?? char;
  return out;
}

/** The longest start of a text whose search code fits Word's 255 characters (and its end, the same way). */
export function searchable(text: string, from: 'start' | 'end'): string {
  const chars = [...text];
  let length = 0;
  let count = 0;
  for (const char of from === 'start' ? chars : chars.reverse()) {
    length += (CODES[char] ?? char).length;
    if (length > 255) break;
    count++;
  }
  return from === 'start' ? chars.slice(0, count).join('') : chars.slice(0, count).reverse().join('');
}
