// Finds document references in running text: meeting documents (TD514, (TD526), TD 232R1+ 267+ 269+ 270(P),
// Internet-Drafts, also when only a web address names them) and the external references that must never be taken for
// them: other groups' numbers (Council C24/59 Rev.1, SG17-TD580) and each body's publications as its profile writes
// them (TSAG-R4(2024-01), PP-22 Res. 71, Recommendations J.185 and J.186, WTSA-24, RFCs, 3GPP specifications, ISO
// and IEEE standards).
import type { ExternalReference } from '../model/meeting';
import { PROFILES } from '../profiles';
import { GRAMMAR, draftId, idFromCaptures, type DocumentId } from './document-id';

export interface FoundCitation {
  id: DocumentId;
  /** As written; for an elided number ("267" in "TD 232R1+ 267") just the number. */
  raw: string;
  start: number;
  end: number;
  /** Inside parentheses that hold only document numbers: "(TD526)", but not "(based on TD521)". */
  parenthesized: boolean;
  /** The type prefix was left out ("+ 267"). */
  elided: boolean;
}

export interface FoundReference {
  kind: ExternalReference['kind'];
  raw: string;
  start: number;
  end: number;
}

export interface FoundReferences {
  citations: FoundCitation[];
  external: FoundReference[];
}

const NOT_AFTER = GRAMMAR.notAfter;
const NOT_BEFORE = GRAMMAR.notBefore;
const ELIDED = String.raw`(?<elided>(?:\s?\+\s?\d{1,5}(?:${GRAMMAR.revision(false)})?)+)`;
const NUMBER_TAIL = String.raw`(?<numberTail>\/\d+(?:\s?Rev\.?\s?\d+)?)`;
const CITATION = new RegExp(
  `${NOT_AFTER}(?:${GRAMMAR.group}?${GRAMMAR.itu}(?:${GRAMMAR.revision()})?${ELIDED}?` +
    `(?:${GRAMMAR.series}|${NUMBER_TAIL})?|${GRAMMAR.tdoc})${NOT_BEFORE}`,
  'gu',
);
const ELIDED_PART = new RegExp(String.raw`\+\s?(?<number>\d{1,5})(?:${GRAMMAR.revision()})?`, 'g');

/** External references as each body's profile says its publications are written. */
const EXTERNAL = PROFILES.flatMap((p) => p.externalReferences);
/** An Internet-Draft's name, not inside a longer word ("mydraft-x"); the greedy name cannot backtrack into itself. */
const DRAFT = new RegExp(String.raw`(?<![\w-])${GRAMMAR.draft}`, 'g');

/** Web addresses are masked before scanning: numbers inside them are not references. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()]+|<[a-z]+:[^\s<>]+>/gi;

/**
 * Every document reference in a text, in order of appearance. An Internet-Draft that only a web address names (in the
 * text, or in `links`, the addresses of the paragraph's links) is cited too, once, and quoted as its name.
 */
export function findReferences(text: string, links: readonly string[] = []): FoundReferences {
  const scan = text.replace(ADDRESS, (address) => ' '.repeat(address.length));
  const citations: FoundCitation[] = [];
  const external: FoundReference[] = [];
  const linked = findDrafts(text, scan, links, citations);
  // Every other reference has a number in it.
  if (/\d/.test(scan)) {
    findNumbered(text, scan, citations, external);
    findExternal(text, scan, external);
  }
  external.sort((a, b) => a.start - b.start);
  markParenthesized(scan, citations);
  citations.sort((a, b) => a.start - b.start);
  return { citations: [...citations, ...linked], external };
}

/** Meeting documents by number ("TD 232R1+ 267") into `citations`; other groups' numbers ("C24/59") into `external`. */
function findNumbered(text: string, scan: string, citations: FoundCitation[], external: FoundReference[]): void {
  for (const match of scan.matchAll(CITATION)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const raw = text.slice(start, start + match[0].length);
    if (groups.numberTail !== undefined) {
      external.push({ kind: groups.type === 'C' ? 'council' : 'other-group', raw, start, end: start + raw.length });
      continue;
    }
    const first = idFromCaptures(groups);
    if (groups.elided === undefined) {
      citations.push({ id: first, raw, start, end: start + raw.length, parenthesized: false, elided: false });
      continue;
    }
    // "TD 232R1+ 267+ 269+ 270(P)": the first number carries the type, the series applies to all of them.
    const elidedAt = raw.indexOf(groups.elided);
    const headEnd = start + elidedAt;
    citations.push({ id: first, raw: text.slice(start, headEnd), start, end: headEnd, parenthesized: false, elided: false });
    for (const part of groups.elided.matchAll(ELIDED_PART)) {
      const partStart = headEnd + part.index + part[0].indexOf(part.groups!.number!);
      const partEnd = headEnd + part.index + part[0].length;
      const id = idFromCaptures({ ...groups, number: part.groups!.number, revision: part.groups!.revision });
      citations.push({ id, raw: text.slice(partStart, partEnd), start: partStart, end: partEnd, parenthesized: false, elided: true });
    }
  }
}

/** Each body's publications, as its profile writes them, into `external`. */
function findExternal(text: string, scan: string, external: FoundReference[]): void {
  for (const { kind, pattern, each } of EXTERNAL) {
    for (const match of scan.matchAll(pattern)) {
      const named = each ? [...match[0].matchAll(each)].map((m) => ({ at: match.index + m.index, length: m[0].length })) : [{ at: match.index, length: match[0].length }];
      for (const { at, length } of named) external.push({ kind, raw: text.slice(at, at + length), start: at, end: at + length });
    }
  }
}

/**
 * Drafts named in the text or only in its web addresses go into `citations`; those named only by the paragraph's
 * links are returned apart: their address is not in the text, so they have no place in it (start -1).
 */
function findDrafts(text: string, scan: string, links: readonly string[], citations: FoundCitation[]): FoundCitation[] {
  const linked: FoundCitation[] = [];
  if (!text.includes('draft-') && !links.some((l) => l.includes('draft-'))) return linked;
  const named = new Set<string>();
  const cite = (into: FoundCitation[], raw: string, start: number) => {
    named.add(raw);
    into.push({ id: draftId(raw), raw, start, end: start < 0 ? -1 : start + raw.length, parenthesized: false, elided: false });
  };
  for (const match of scan.matchAll(DRAFT)) cite(citations, match[0], match.index);
  for (const address of text.matchAll(ADDRESS)) {
    for (const match of address[0].matchAll(DRAFT)) if (!named.has(match[0])) cite(citations, match[0], address.index + match.index);
  }
  for (const link of links) for (const match of link.matchAll(DRAFT)) if (!named.has(match[0])) cite(linked, match[0], -1);
  return linked;
}

/** Separators that may stand between document numbers inside one pair of parentheses. */
const SEPARATOR = /[\s,;+&/\u2013-]/;

/**
 * A citation is parenthesized when the innermost pair of parentheses around it holds only citations and separators:
 * "(TD526)", "(TD1, TD2 and TD3)". One pass over the text finds each citation's innermost pair; each pair is then
 * judged once, by a scan that stops at the first character that is neither a separator nor in a citation. A
 * character is scanned by the pair it directly stands in only (an outer pair stops at the inner "("), so thousands
 * of citations in one pair cost no more than the text they stand in.
 */
function markParenthesized(text: string, citations: FoundCitation[]): void {
  if (citations.length === 0 || !text.includes('(')) return;
  const byStart = [...citations].sort((a, b) => a.start - b.start);
  const closeOf = matchingParentheses(text);
  const open: number[] = [];
  const verdicts = new Map<number, boolean>();
  let next = 0;
  for (let i = 0; i <= text.length && next < byStart.length; i++) {
    while (next < byStart.length && byStart[next]!.start === i) {
      const citation = byStart[next++]!;
      // The innermost pair open here that still encloses the whole citation.
      let depth = open.length - 1;
      while (depth >= 0 && closeOf[open[depth]!]! < citation.end) depth--;
      if (depth < 0) continue;
      const at = open[depth]!;
      let verdict = verdicts.get(at);
      if (verdict === undefined) verdicts.set(at, (verdict = onlyCitationsInside(text, at, closeOf[at]!, byStart, next - 1)));
      citation.parenthesized = verdict;
    }
    if (text[i] === '(' && closeOf[i]! >= 0) open.push(i);
    else if (text[i] === ')' && open.length > 0 && closeOf[open.at(-1)!] === i) open.pop();
  }
}

/** For each "(" the offset of its ")", or -1 when it has none; unbalanced ones are ignored. */
function matchingParentheses(text: string): Int32Array {
  const closeOf = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') stack.push(i);
    else if (text[i] === ')' && stack.length > 0) closeOf[stack.pop()!] = i;
  }
  return closeOf;
}

/** Whether the pair holds only citations and separators; `from` is the first citation that may be inside it. */
function onlyCitationsInside(text: string, open: number, close: number, byStart: FoundCitation[], from: number): boolean {
  let at = open + 1;
  let next = from;
  while (next < byStart.length && byStart[next]!.start <= open) next++;
  while (at < close) {
    const citation = byStart[next];
    if (citation && citation.start === at) {
      if (citation.end > close) return false;
      at = citation.end;
      next++;
      continue;
    }
    if (SEPARATOR.test(text[at]!)) at++;
    else if (text.startsWith('and', at)) at += 3;
    else return false;
  }
  return true;
}
