// Text as the user sees it: invisible and non-breaking characters made plain, while dashes and curly quotes are kept
// (they are the user's text) but treated alike when matching.

const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const NON_BREAKING_HYPHEN = /\u2011/g;

/** Plain spaces for non-breaking and typographic spaces; zero-width characters and soft hyphens removed. */
export function normaliseText(text: string): string {
  return text.replace(SPACES, ' ').replace(INVISIBLE, '').replace(NON_BREAKING_HYPHEN, '-');
}

/** Any dash or hyphen a writer may use between two times, dates or numbers, as a regex character class. */
export const DASH = '[-\u2010\u2012\u2013\u2014\u2015\u2212]';

const DASHES = new RegExp(DASH, 'g');

/**
 * Whitespace that is not already one plain space: a run of two or more, or a tab or line break alone. Squashing
 * only these leaves a text that needs no change uncopied (a 50 MB paragraph is squashed by several readers).
 */
const WHITESPACE_TO_SQUASH = /\s{2,}|[^\S ]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a]/g;

/** A key for loose comparison: any dash is "-", curly quotes are straight, case and runs of spaces ignored. */
export function looseKey(text: string): string {
  return text
    .replace(DASHES, '-')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(WHITESPACE_TO_SQUASH, ' ')
    .trim()
    .toLowerCase();
}

/** Collapse runs of whitespace (including line breaks) to one space and trim. */
export function squash(text: string): string {
  return text.replace(WHITESPACE_TO_SQUASH, ' ').trim();
}

/** The text without the run of these characters it ends with ("Agree." → "Agree"), found without a regex. */
export function withoutTrailing(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Shorten a text for quoting in a message. */
export function excerpt(text: string, max = 80): string {
  // Only the head is squashed: a 50 MB paragraph is not copied to quote 80 characters of it.
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const flat = squash(head);
  return flat.length <= max && head === text ? flat : `${flat.slice(0, max - 1)}…`;
}
