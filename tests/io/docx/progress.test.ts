// Reading a .docx while saying how far it is: told or not, the reading is the same, and the progress only grows, from
// the unpacking to 1.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/io/docx/read';
import { SA2_164_LIST, bytesOf } from '../../helpers/shared';

describe('reading with progress', () => {
  it('reads the 12 MB SA2 #164 list in pieces as it reads it whole, saying how far it is', () => {
    const bytes = bytesOf(SA2_164_LIST);
    const told: number[] = [];
    const inPieces = readDocx(bytes, undefined, (done) => told.push(done));
    expect(inPieces).toEqual(readDocx(bytes));
    expect(told.length).toBeGreaterThan(10);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    expect(told[0]).toBeGreaterThan(0);
    expect(told.at(-1)).toBe(1);
  });
});
