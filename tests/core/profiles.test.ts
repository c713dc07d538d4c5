// Profiles per body are data the extraction reads: which body a document is from, and the zone its times are in
// when it names none (ITU-T: Geneva; 3GPP: UTC; IETF: the meeting place's).
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extract, profileOf } from '../../src/core';
import { readDocument } from '../../src/io/read-document';

function factsOf(text: string) {
  const read = readDocument('agenda.txt', strToU8(text));
  if (!read.ok) throw new Error(read.message);
  return extract(read.value).meeting.facts;
}

describe('body profiles', () => {
  it.each([
    ['an ITU-T e-meeting that names no zone', 'ITU-T TSAG\nRG-SOP e-meeting, 12 March 2025', 'ITU-T', 'Europe/Zurich'],
    ['a 3GPP e-meeting that names no zone', '3GPP TSG SA WG2 Meeting #137E\nElectronic meeting, 24 February – 6 March 2020', '3GPP', 'UTC'],
    ['a 3GPP meeting in a known city', 'SA WG2 Meeting #136\nNov 18 - 22, 2019, Reno, USA', '3GPP', 'America/Los_Angeles'],
  ])('%s is read in its usual zone', (_, text, body, zone) => {
    expect(factsOf(text)).toMatchObject({ body, timeZone: zone });
  });

  it('an IETF agenda with no place and no zone has none: IETF times are the meeting place\'s', () => {
    expect(factsOf('IETF 99 HTTPbis WG agenda\n13:30-15:00 Session I').timeZone).toBeUndefined();
  });

  it('an ISO/TC 211 notice is ISO\'s, read in the meeting place\'s zone', () => {
    expect(factsOf('ISO/TC 211/AG 10, NOTICE OF MEETING/Draft agenda\nMeeting date: 21st May 2025').body).toBe('ISO');
  });

  it('says what each body\'s publications look like when cited, as data', () => {
    const kinds = (body: string) => profileOf(body)?.externalReferences.map((r) => r.kind);
    expect(kinds('IETF')).toEqual(['ietf']);
    expect(kinds('3GPP')).toEqual(['specification']);
    expect(kinds('ITU-T')).toEqual(['report', 'resolution', 'recommendation', 'recommendation', 'conference']);
    expect(kinds('ISO')).toEqual(['standard']);
    expect(kinds('IEEE')).toEqual(['standard']);
  });

  it('says the contribution deadline rule and the document numbers as data', () => {
    expect(profileOf('ITU-T')).toMatchObject({ deadlineDays: 12, timeZone: 'Europe/Zurich' });
    expect(profileOf('3GPP')).toMatchObject({ timeZone: 'UTC', keepsItemNumbers: true });
    expect(profileOf('IETF')).toMatchObject({ timeZone: 'meeting-local' });
  });
});
