// Time zones as agendas name them ("Geneva time", "(Geneva time)", "UTC", "CET") and, when the agenda names none,
// as the meeting's place implies. Results are IANA names, checked against the platform's own zone list.

/** Cities where ITU, 3GPP, IETF and IEEE groups meet, by the IANA zone their clocks follow. */
const CITY_ZONES: Record<string, string> = {
  geneva: 'Europe/Zurich',
  zurich: 'Europe/Zurich',
  paris: 'Europe/Paris',
  'sophia antipolis': 'Europe/Paris',
  nice: 'Europe/Paris',
  london: 'Europe/London',
  madrid: 'Europe/Madrid',
  malaga: 'Europe/Madrid',
  berlin: 'Europe/Berlin',
  split: 'Europe/Zagreb',
  prague: 'Europe/Prague',
  vienna: 'Europe/Vienna',
  athens: 'Europe/Athens',
  stockholm: 'Europe/Stockholm',
  helsinki: 'Europe/Helsinki',
  montreal: 'America/Toronto',
  toronto: 'America/Toronto',
  vancouver: 'America/Vancouver',
  reno: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  'san diego': 'America/Los_Angeles',
  chicago: 'America/Chicago',
  philadelphia: 'America/New_York',
  'new york': 'America/New_York',
  washington: 'America/New_York',
  tokyo: 'Asia/Tokyo',
  yokohama: 'Asia/Tokyo',
  sapporo: 'Asia/Tokyo',
  fukuoka: 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  busan: 'Asia/Seoul',
  beijing: 'Asia/Shanghai',
  shanghai: 'Asia/Shanghai',
  xiamen: 'Asia/Shanghai',
  shenzhen: 'Asia/Shanghai',
  singapore: 'Asia/Singapore',
  bangkok: 'Asia/Bangkok',
  bangalore: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  dubai: 'Asia/Dubai',
  sydney: 'Australia/Sydney',
  brisbane: 'Australia/Brisbane',
};

const ABBREVIATIONS: Record<string, string> = {
  utc: 'UTC',
  gmt: 'UTC',
  cet: 'Europe/Paris',
  cest: 'Europe/Paris',
};

const CITY = Object.keys(CITY_ZONES).join('|');
const NAMED_ZONE = new RegExp(`\\b(${CITY})\\s+(?:local\\s+)?time\\b|\\b(UTC|GMT|CEST|CET)\\b(?![+-]\\d)`, 'i');

/** The zone a text names: "14:30 - 15:45 hours Geneva time" → Europe/Zurich. */
export function zoneNamedIn(text: string): string | undefined {
  const match = NAMED_ZONE.exec(text);
  if (!match) return undefined;
  return match[1] !== undefined ? CITY_ZONES[match[1].toLowerCase()] : ABBREVIATIONS[match[2]!.toLowerCase()];
}

/** The zone of a meeting place ("Geneva", "Reno, USA"), when it is a city we know. */
export function zoneOfPlace(place: string): string | undefined {
  const city = place.split(',')[0]!.trim().toLowerCase();
  return CITY_ZONES[city];
}

/** Whether the platform knows an IANA zone name. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
