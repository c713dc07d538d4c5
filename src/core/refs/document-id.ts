// Meeting document numbers: TD514, TD 667 Rev.1, C 005 Rev.1, SG17-TD580, S2-1911962, and the IETF's Internet-Drafts
// (draft-ietf-quic-transport-14, its version kept apart as the revision). One canonical spelling per
// document (type + number without padding + R + revision; series and the writer's spelling kept apart), so that
// citations and document-list rows can be compared however each was written.
import { looseKey } from '../text/normalize';

export type DocumentFamily = 'itu' | '3gpp' | 'ietf';

export interface DocumentId {
  family: DocumentFamily;
  /** "TD" or "C" (ITU); the working-group prefix "S2", "R1", "SP" (3GPP); "draft" (IETF). */
  type: string;
  /** ITU: digits without leading zeros. 3GPP: digits as written (the year is part of them). IETF: the draft's name after "draft-". */
  number: string;
  revision?: number;
  /** "P" in "TD 230R2(P)", "TSAG" in "TD326/TSAG", "GEN" in "SG9-TD163/GEN". */
  series?: string;
  /** The group a cross-reference names: "SG17" in "SG17-TD580", "COM16" in "COM16-C45". */
  group?: string;
}

/** Grammar pieces (named groups), shared with the finder that scans running text (find.ts). */
export const GRAMMAR = {
  /** A reference starts at no letter, digit, "/" or "." before it, and ends at no letter or digit after it. */
  notAfter: String.raw`(?<![\p{L}\p{N}/.])`,
  notBefore: String.raw`(?![\p{L}\p{N}])`,
  /** "SG17-", "COM 16 – " before an ITU number. */
  group: String.raw`(?:(?<groupKind>SG|COM)\s?(?<groupNumber>\d{1,2})\s?[-\u2013]\s?)`,
  itu: String.raw`(?<type>TD|C)\s?(?<number>\d{1,5})`,
  /** "R1", "-R1", " Rev.1", "Rev 1"; captured as `revision` unless `capture` is false. */
  revision: (capture = true) => String.raw`\s?-?\s?(?:Rev\.?\s?|R)(${capture ? '?<revision>' : '?:'}\d{1,2})`,
  /** "/TSAG", "/GEN" or "(P)", "(GEN/17)". */
  series: String.raw`(?:\/(?<slashSeries>[A-Z][A-Za-z0-9-]*)|\s?\((?<parenSeries>(?:P|GEN|PLEN|WP\d)(?:\/\d{1,2})?)\))`,
  /** An Internet-Draft's name: lower-case words joined by single hyphens (a version, when written, is its last word). */
  draft: String.raw`draft-[a-z0-9]+(?:-[a-z0-9]+)+`,
  tdoc: String.raw`(?:(?<wg>[SRC][1-6]|[SRC]P)-(?<tdocNumber>\d{6,8})|(?<s3i>S3i)(?<s3iNumber>\d{6}))(?:r(?<tdocRevision>\d{1,2}))?`,
};

const ITU_ID = new RegExp(`^${GRAMMAR.group}?${GRAMMAR.itu}(?:${GRAMMAR.revision()})?${GRAMMAR.series}?$`);
const THREE_GPP_ID = new RegExp(`^${GRAMMAR.tdoc}$`);
const DRAFT_ID = new RegExp(`^${GRAMMAR.draft}$`);
/** The version ending a draft's name: two digits ("-14"). */
const DRAFT_VERSION = /-(\d{2})$/;

/** An Internet-Draft named as written ("draft-ietf-quic-transport-14"): the name, and the version as the revision. */
export function draftId(name: string): DocumentId {
  const version = DRAFT_VERSION.exec(name);
  const base = version ? name.slice(0, version.index) : name;
  return withOptional({ family: 'ietf', type: 'draft', number: base.slice('draft-'.length), revision: version ? Number(version[1]) : undefined });
}

type Captures = Partial<Record<string, string>>;

/** Build the id from what the grammar captured in one match. */
export function idFromCaptures(g: Captures): DocumentId {
  if (g.type !== undefined && g.number !== undefined) {
    return withOptional({
      family: 'itu',
      type: g.type,
      number: String(Number(g.number)),
      revision: g.revision === undefined ? undefined : Number(g.revision),
      series: g.slashSeries ?? g.parenSeries,
      group: g.groupKind ? `${g.groupKind}${g.groupNumber}` : undefined,
    });
  }
  return withOptional({
    family: '3gpp',
    type: (g.wg ?? g.s3i)!,
    number: (g.tdocNumber ?? g.s3iNumber)!,
    revision: g.tdocRevision === undefined ? undefined : Number(g.tdocRevision),
  });
}

/** Parse one document number written on its own (a document-list cell). */
export function parseDocumentId(text: string): DocumentId | undefined {
  const t = text.trim();
  if (DRAFT_ID.test(t)) return draftId(t);
  const match = ITU_ID.exec(t) ?? THREE_GPP_ID.exec(t);
  return match?.groups ? idFromCaptures(match.groups) : undefined;
}

/** The canonical spelling: TD667R1, C5R1, SG17-TD580, S2-1911962, S2-2001774r01, draft-ietf-quic-transport-14. */
export function formatDocumentId(id: DocumentId): string {
  return `${documentKey(id)}${revisionSuffix(id)}`;
}

/** The document without its revision: TD667 for TD667R1. Citations and list rows are matched on it. */
export function documentKey(id: DocumentId): string {
  if (id.family === 'ietf') return `draft-${id.number}`;
  if (id.family === '3gpp') return id.type === 'S3i' ? `S3i${id.number}` : `${id.type}-${id.number}`;
  return `${id.group ? `${id.group}-` : ''}${id.type}${id.number}`;
}

/** The document of a canonical id, whatever its revision: "TD667" for "TD667R1"; an id that is no document number as it is. */
export function documentKeyOf(id: string): string {
  const parsed = parseDocumentId(id);
  return parsed ? documentKey(parsed) : id;
}

function revisionSuffix(id: DocumentId): string {
  if (id.revision === undefined) return '';
  if (id.family === 'ietf') return `-${String(id.revision).padStart(2, '0')}`;
  return id.family === '3gpp' ? `r${String(id.revision).padStart(2, '0')}` : `R${id.revision}`;
}

/** Drop undefined members so objects compare and serialise cleanly. */
function withOptional<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** "TD" for a "TD #" column, "C" for a "C #" column: the type a bare number in it has. */
export function typeOfNumberColumn(header: string): string | undefined {
  const key = looseKey(header);
  if (/^td\b(?!\/)/.test(key)) return 'TD';
  if (/^c ?#$/.test(key)) return 'C';
  return undefined;
}

/** A document number as a column writes it: in full, or bare ("624") under a header that gives its type. */
export function parseDocumentIdUnder(text: string, type: string | undefined): DocumentId | undefined {
  return parseDocumentId(text) ?? (type !== undefined && /^\d/.test(text) ? parseDocumentId(`${type}${text}`) : undefined);
}
