// What each standards body's meeting documents look like, as data: how a document names its body, the zone its times
// and deadlines are written in when it names none, its contribution deadline rule, how its document numbers are
// built, and whether its agenda item numbers are kept from meeting to meeting. Extraction and rules read a body's
// profile; none of them branches on a body's name.
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
  },
  { body: 'IETF', recognisedBy: /\bIETF\b/, timeZone: 'meeting-local', keepsItemNumbers: false },
  { body: 'IEEE', recognisedBy: /\bIEEE\b/, timeZone: 'meeting-local', keepsItemNumbers: false },
  {
    body: 'ITU-T',
    recognisedBy: /\bITU-T\b|\bTSAG\b|\bTSB\b|\bStudy Group \d+\b|\bWorking Party \d+\//,
    timeZone: 'Europe/Zurich',
    deadlineDays: 12,
    keepsItemNumbers: false,
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
