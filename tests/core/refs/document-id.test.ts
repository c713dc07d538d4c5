import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentKey, formatDocumentId, parseDocumentId } from '../../../src/core';
import { documentKeyOf } from '../../../src/core/refs/document-id';

describe('canonical document ids', () => {
  it.each([
    ['TD 667 Rev.1', 'TD667R1', undefined],
    ['TD667-R1', 'TD667R1', undefined],
    ['TD667R1', 'TD667R1', undefined],
    ['TD 120 Rev.1', 'TD120R1', undefined],
    ['C 005 Rev.1', 'C5R1', undefined],
    ['C103', 'C103', undefined],
    ['TD 230R2(P)', 'TD230R2', 'P'],
    ['TD 235R1 (P)', 'TD235R1', 'P'],
    ['TD326/TSAG', 'TD326', 'TSAG'],
    ['SG17-TD580', 'SG17-TD580', undefined],
    ['SG9-TD163/GEN', 'SG9-TD163', 'GEN'],
    ['COM16-C45', 'COM16-C45', undefined],
    ['S2-1911962', 'S2-1911962', undefined],
    ['S2-2001774r01', 'S2-2001774r01', undefined],
    ['S3i200056', 'S3i200056', undefined],
  ])('%s → %s', (written, canonical, series) => {
    const id = parseDocumentId(written);
    expect(id && formatDocumentId(id)).toBe(canonical);
    expect(id?.series).toBe(series);
  });

  it.each(['C24/59 Rev.1', 'TSAG-R4(2024-01)', 'Annex A', 'TD', 'S2-190xxxx', '23.501', ''])('%s is not a document id', (text) => {
    expect(parseDocumentId(text)).toBeUndefined();
  });

  it('matches on the document without its revision', () => {
    expect(documentKey(parseDocumentId('TD667R1')!)).toBe('TD667');
    expect(documentKey(parseDocumentId('TD 667')!)).toBe('TD667');
  });

  it('round-trips: format(parse(x)) is stable', () => {
    const written = fc
      .tuple(
        fc.constantFrom('TD', 'C', 'TD ', 'C '),
        fc.integer({ min: 0, max: 99999 }),
        fc.boolean(),
        fc.option(fc.tuple(fc.constantFrom('R', '-R', ' Rev.', 'Rev '), fc.integer({ min: 0, max: 99 }))),
        fc.option(fc.constantFrom('/TSAG', '(P)', ' (P)', '/GEN')),
      )
      .map(([type, n, pad, rev, series]) => `${type}${pad ? String(n).padStart(3, '0') : n}${rev ? `${rev[0]}${rev[1]}` : ''}${series ?? ''}`);
    const tdoc = fc
      .tuple(fc.constantFrom('S2', 'R1', 'C4', 'SP'), fc.stringMatching(/^\d{6,8}$/), fc.option(fc.integer({ min: 0, max: 99 })))
      .map(([wg, n, rev]) => `${wg}-${n}${rev === null ? '' : `r${String(rev).padStart(2, '0')}`}`);
    fc.assert(
      fc.property(fc.oneof(written, tdoc), (text) => {
        const once = formatDocumentId(parseDocumentId(text)!);
        expect(formatDocumentId(parseDocumentId(once)!)).toBe(once);
      }),
    );
  });
});

describe('Internet-Drafts', () => {
  it.each([
    ['draft-ietf-quic-transport-14', 'draft-ietf-quic-transport-14', 'draft-ietf-quic-transport'],
    ['draft-ietf-quic-transport', 'draft-ietf-quic-transport', 'draft-ietf-quic-transport'],
    ['draft-ietf-dnsop-rfc8624-bis', 'draft-ietf-dnsop-rfc8624-bis', 'draft-ietf-dnsop-rfc8624-bis'],
  ])('%s is %s, document %s', (written, id, key) => {
    expect(formatDocumentId(parseDocumentId(written)!)).toBe(id);
    expect(documentKeyOf(id)).toBe(key);
  });
});
