// What each standards body's meeting documents look like, as data: how a document names its body, the zone its times
// and deadlines are written in when it names none, its contribution deadline rule, how its document numbers are
// built, whether its agenda item numbers are kept from meeting to meeting, and what its publications look like when
// an agenda cites them (external references). Extraction and rules read a body's profile; none of them branches on a
// body's name.
import type { ExternalReference } from './model/meeting';
import { GRAMMAR } from './refs/document-id';

/** How one kind of a body's publications is written when cited: never a meeting document of the agenda. */
export interface ReferenceForm {
  kind: ExternalReference['kind'];
  /** The reference as written (a global pattern). */
  pattern: RegExp;
  /** When one match names several ("Recommendations J.185 and J.186"): each reference in it. */
  each?: RegExp;
}

const { notAfter: NOT_AFTER, notBefore: NOT_BEFORE } = GRAMMAR;
/** "J.185", "X.509", "BT.709", "Q.3960.1": an ITU-T or ITU-R Recommendation's series and number. */
const RECOMMENDATION_NUMBER = String.raw`[A-Z]{1,2}\.\d{1,4}(?:\.\d+)*`;
const RECOMMENDATIONS_WORD = String.raw`(?:Recommendations?|Recs?\.)\s+`;

export interface BodyProfile {
  /** As MeetingFacts.body says it: "ITU-T", "3GPP", "IETF". */
  body: string;
  /** Words that name the body in a document's head. */
  recognisedBy: RegExp;
  /** The zone its agendas and deadlines are written in when they name none; "meeting-local" for the place's zone. */
  timeZone: string;
  /** Contributions are due this many calendar days before the meeting. */
  deadlineDays?: number;
  /** The numbers of its meeting documents: the prefix, and how many digits follow it from a given year on. */
  documentNumbers?: { prefix: RegExp; digitsFrom: readonly { year: number; digits: number }[] };
  /** Agenda item numbers name a work area and are kept from meeting to meeting: a closed item leaves a gap. */
  keepsItemNumbers: boolean;
  /** What its publications look like when any agenda cites them. */
  externalReferences: readonly ReferenceForm[];
}

/** In the order a tie between two bodies named at the same place is settled. */
export const PROFILES: readonly BodyProfile[] = [
  {
    body: '3GPP',
    recognisedBy: /\b3GPP\b|\bTSG[ -]?(?:SA|RAN|CT)\b|\b(?:SA|RAN|CT) ?WG ?\d/,
    timeZone: 'UTC',
    // S2-150746 (2015: the year and a 4-digit sequence), S2-1911962 (from 2017: a 5-digit sequence).
    documentNumbers: { prefix: /^[SRC][1-6P]-/, digitsFrom: [{ year: 2017, digits: 7 }, { year: 1999, digits: 6 }] },
    keepsItemNumbers: true,
    // TS 23.501, TR 38.913, TS 36.331-1: its specifications.
    externalReferences: [{ kind: 'specification', pattern: /(?<![\w.])T[SR] ?\d{2}\.\d{3}(?:-\d+)?(?![\d.])/g }],
  },
  {
    body: 'IETF',
    recognisedBy: /\bIETF\b/,
    timeZone: 'meeting-local',
    keepsItemNumbers: false,
    // RFC 9000, BCP 56, STD 97: published; its meeting documents are Internet-Drafts.
    externalReferences: [{ kind: 'ietf', pattern: /(?<![\w-])(?:RFC|BCP|STD) ?\d{1,5}(?!\d)/g }],
  },
  {
    body: 'IEEE',
    recognisedBy: /\bIEEE\b/,
    timeZone: 'meeting-local',
    keepsItemNumbers: false,
    // IEEE Std 1588-2019, IEEE 802.11ax (not "IEEE 802", the committee).
    externalReferences: [{ kind: 'standard', pattern: /(?<![\w-])IEEE(?: Std \d{3,4}(?:\.\d+[a-z]{0,3})*| \d{3,4}(?:\.\d+[a-z]{0,3})+)(?:-\d{4})?(?![\w.])/g }],
  },
  {
    body: 'ITU-T',
    recognisedBy: /\bITU-T\b|\bTSAG\b|\bTSB\b|\bStudy Group \d+\b|\bWorking Party \d+\//,
    timeZone: 'Europe/Zurich',
    deadlineDays: 12,
    keepsItemNumbers: false,
    externalReferences: [
      // TSAG-R4(2024-01), SG17-R12: reports.
      { kind: 'report', pattern: new RegExp(String.raw`${NOT_AFTER}(?:TSAG|SG\d{1,2})-R\s?\d+(?:\s?\(\d{4}-\d{2}\))?`, 'gu') },
      // PP-22 Res. 71, Resolution 1428.
      { kind: 'resolution', pattern: new RegExp(String.raw`${NOT_AFTER}(?:(?:PP|WTSA|WTDC|RA)-\d{2}\s+)?Res(?:olution|\.)?\s?\d{1,4}${NOT_BEFORE}`, 'gu') },
      // "Recommendations J.185 and J.186", "Recommendation ITU-R BT.709": each; "ITU-T X.509" as written.
      {
        kind: 'recommendation',
        pattern: new RegExp(
          String.raw`${RECOMMENDATIONS_WORD}(?:ITU-[TR]\s+)?${RECOMMENDATION_NUMBER}(?:(?:\s*,\s*|\s+and\s+)${RECOMMENDATION_NUMBER})*`,
          'gu',
        ),
        each: new RegExp(RECOMMENDATION_NUMBER, 'g'),
      },
      { kind: 'recommendation', pattern: new RegExp(String.raw`(?=ITU-[TR]\s)(?<!${RECOMMENDATIONS_WORD})ITU-[TR]\s+${RECOMMENDATION_NUMBER}`, 'gu') },
      // WTSA-24, PP-22, Council-24 (not "PP-22 Res. 71", a resolution).
      { kind: 'conference', pattern: new RegExp(String.raw`${NOT_AFTER}(?:WTSA|WTDC|WRC|PP|RA|Council)-\d{2}${NOT_BEFORE}(?!\s+Res)`, 'gu') },
    ],
  },
  {
    body: 'ISO',
    recognisedBy: /\bISO\/(?:TC|IEC JTC) ?\d+/,
    timeZone: 'meeting-local',
    keepsItemNumbers: false,
    // ISO 19115-1, ISO 19139-1:2019, ISO/IEC 27001, ISO/TS 19139: its standards (not "ISO/TC 211", the committee).
    externalReferences: [{ kind: 'standard', pattern: /(?<![\w/])ISO(?:\/IEC)?(?:\/(?:TS|TR|PAS))? ?\d{3,5}(?:-\d{1,3})*(?::\d{4})?(?!\d)/g }],
  },
];

export function profileOf(body: string | undefined): BodyProfile | undefined {
  return PROFILES.find((p) => p.body === body);
}

/** The IANA zone a body's documents are written in when they name none (undefined: the meeting place's own). */
export function usualZoneOf(body: string | undefined): string | undefined {
  const zone = profileOf(body)?.timeZone;
  return zone === 'meeting-local' ? undefined : zone;
}
