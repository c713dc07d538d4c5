// Finds document references in running text: meeting documents (TD514, (TD526), TD 232R1+ 267+ 269+ 270(P)) and
// the external references that must never be taken for them (Council C24/59 Rev.1, TSAG-R4(2024-01), PP-22 Res. 71,
// Recommendations J.185 and J.186, WTSA-24, RFCs, 3GPP specifications).
import type { ExternalReference } from '../model/meeting';
import { GRAMMAR, idFromCaptures, type DocumentId } from './document-id';

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

const NOT_AFTER = String.raw`(?<![\p{L}\p{N}/.])`;
const NOT_BEFORE = String.raw`(?![\p{L}\p{N}])`;
const ELIDED = String.raw`(?<elided>(?:\s?\+\s?\d{1,5}(?:${GRAMMAR.revision(false)})?)+)`;
const NUMBER_TAIL = String.raw`(?<numberTail>\/\d+(?:\s?Rev\.?\s?\d+)?)`;
const CITATION = new RegExp(
  `${NOT_AFTER}(?:${GRAMMAR.group}?${GRAMMAR.itu}(?:${GRAMMAR.revision()})?${ELIDED}?` +
    `(?:${GRAMMAR.series}|${NUMBER_TAIL})?|${GRAMMAR.tdoc})${NOT_BEFORE}`,
  'gu',
);
const ELIDED_PART = new RegExp(String.raw`\+\s?(?<number>\d{1,5})(?:${GRAMMAR.revision()})?`, 'g');

const RECOMMENDATION_NUMBER = String.raw`[A-Z]\.\d{1,4}(?:\.\d+)*`;
const EXTERNAL: { kind: ExternalReference['kind']; pattern: RegExp }[] = [
  { kind: 'report', pattern: new RegExp(String.raw`${NOT_AFTER}(?:TSAG|SG\d{1,2})-R\s?\d+(?:\s?\(\d{4}-\d{2}\))?`, 'gu') },
  {
    kind: 'resolution',
    pattern: new RegExp(String.raw`${NOT_AFTER}(?:(?:PP|WTSA|WTDC|RA)-\d{2}\s+)?Res(?:olution|\.)?\s?\d{1,4}${NOT_BEFORE}`, 'gu'),
  },
  {
    kind: 'recommendation',
    pattern: new RegExp(
      String.raw`(?:Recommendations?|Recs?\.)\s+(?:ITU-T\s+)?${RECOMMENDATION_NUMBER}(?:(?:\s*,\s*|\s+and\s+)${RECOMMENDATION_NUMBER})*` +
        String.raw`|ITU-T\s+${RECOMMENDATION_NUMBER}`,
      'gu',
    ),
  },
  {
    kind: 'conference',
    pattern: new RegExp(String.raw`${NOT_AFTER}(?:WTSA|WTDC|WRC|PP|RA|Council)-\d{2}${NOT_BEFORE}(?!\s+Res)`, 'gu'),
  },
  { kind: 'ietf', pattern: /(?<![\w-])(?:draft-[a-z0-9]+(?:-[a-z0-9]+)+|(?:RFC|BCP|STD) ?\d{1,5}(?!\d))/g },
  { kind: 'specification', pattern: /(?<![\w.])T[SR] ?\d{2}\.\d{3}(?:-\d+)?(?![\d.])/g },
];
const RECOMMENDATION_IN_LIST = new RegExp(RECOMMENDATION_NUMBER, 'g');

/** Web addresses are masked before scanning: numbers inside them are not references. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()]+|<[a-z]+:[^\s<>]+>/gi;

/** Every document reference in a text, in order of appearance. */
export function findReferences(text: string): FoundReferences {
  const scan = text.replace(ADDRESS, (address) => ' '.repeat(address.length));
  const citations: FoundCitation[] = [];
  const external: FoundReference[] = [];
  if (!/\d/.test(scan)) return { citations, external };

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

  for (const { kind, pattern } of EXTERNAL) {
    for (const match of scan.matchAll(pattern)) {
      const start = match.index;
      if (kind === 'recommendation' && /^Rec/.test(match[0])) {
        for (const number of match[0].matchAll(RECOMMENDATION_IN_LIST)) {
          const at = start + number.index;
          external.push({ kind, raw: text.slice(at, at + number[0].length), start: at, end: at + number[0].length });
        }
      } else {
        external.push({ kind, raw: text.slice(start, start + match[0].length), start, end: start + match[0].length });
      }
    }
  }
  external.sort((a, b) => a.start - b.start);
  markParenthesized(scan, citations);
  return { citations, external };
}

/** Separators that may stand between document numbers inside one pair of parentheses. */
const ONLY_SEPARATORS = /^(?:[\s,;+&/\u2013-]|and)*$/;

function markParenthesized(text: string, citations: FoundCitation[]): void {
  if (citations.length === 0 || !text.includes('(')) return;
  const pairs = parenthesisPairs(text);
  for (const citation of citations) {
    const pair = innermost(pairs, citation.start, citation.end);
    if (!pair) continue;
    const [open, close] = pair;
    let inside = '';
    let at = open + 1;
    for (const other of citations) {
      if (other.start < open || other.end > close) continue;
      inside += text.slice(at, other.start);
      at = other.end;
    }
    inside += text.slice(at, close);
    citation.parenthesized = ONLY_SEPARATORS.test(inside);
  }
}

/** Matched parenthesis pairs as [open, close] offsets; unbalanced ones are ignored. */
function parenthesisPairs(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') stack.push(i);
    else if (ch === ')' && stack.length > 0) pairs.push([stack.pop()!, i]);
  }
  return pairs;
}

function innermost(pairs: [number, number][], start: number, end: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const pair of pairs) {
    if (pair[0] < start && pair[1] >= end && (!best || pair[0] > best[0])) best = pair;
  }
  return best;
}
