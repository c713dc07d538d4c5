import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaAddress, cellAddress, columnName, parseArea, sheetAreaReference, sheetCellAddress, sheetOf } from '../../../src/io/xlsx/a1';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (index, name) => expect(columnName(index)).toBe(name));

  it('reads the addresses Excel gives, with or without a sheet', () => {
    expect(parseArea("'Action register'!A1:J14")).toEqual({ top: 0, left: 0, bottom: 13, right: 9 });
    expect(parseArea('Sheet1!$C$3')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(cellAddress(9, 1)).toBe('B10');
    expect(() => parseArea('Sheet1!#REF!')).toThrow(RangeError);
    expect([sheetOf("'Action register'!A1:J14"), sheetOf("'Bob''s list'!A1"), sheetOf('Sheet1!A1'), sheetOf('A1')]).toEqual(['Action register', "Bob's list", 'Sheet1', '']);
  });

  it('names a cell with its sheet as Excel writes it, quoting a name that needs it', () => {
    expect(sheetCellAddress('Sheet1', 5, 2)).toBe('Sheet1!C6');
    expect(sheetCellAddress('TD list', 5, 2)).toBe("'TD list'!C6");
    expect(sheetCellAddress("Bob's list", 0, 0)).toBe("'Bob''s list'!A1");
    // A name that reads as a cell or starts with a digit, and one with a hyphen, are quoted too.
    expect([sheetCellAddress('AB12', 0, 0), sheetCellAddress('R1C1', 0, 0), sheetCellAddress('2024', 0, 0), sheetCellAddress('SA2-164', 0, 0)]).toEqual(["'AB12'!A1", "'R1C1'!A1", "'2024'!A1", "'SA2-164'!A1"]);
    expect(sheetOf(sheetCellAddress("Bob's list", 0, 0))).toBe("Bob's list");
  });

  it('names an area with its sheet, absolute, as a defined name holds it', () => {
    const area = { top: 0, left: 0, bottom: 13, right: 9 };
    expect([sheetAreaReference('Action register', area), sheetAreaReference('Sheet1', { top: 4, left: 27, bottom: 4, right: 27 })]).toEqual(["'Action register'!$A$1:$J$14", 'Sheet1!$AB$5:$AB$5']);
    expect(parseArea(sheetAreaReference("Bob's list", area))).toEqual(area);
    expect(sheetOf(sheetAreaReference("Bob's list", area))).toBe("Bob's list");
  });

  it('reads back every area it writes', () => {
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16383), fc.nat(1000), fc.nat(100), (top, left, height, width) => {
        const area = { top, left, bottom: top + height, right: left + width };
        expect(parseArea(areaAddress(area))).toEqual(area);
      }),
    );
  });
});
