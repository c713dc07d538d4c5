import { describe, expect, it } from 'vitest';
import { readDocx, readFlatOpc } from '../../../src/io/docx/read';
import { flatOpcOf } from '../../helpers/docx';
import { SA2_136, TD514, WP2, bytesOf } from '../../helpers/shared';

describe('flat OPC, as Word’s body.getOoxml() returns it', () => {
  it.each([TD514, WP2, SA2_136])('reads %s exactly as the .docx', (path) => {
    const bytes = bytesOf(path);
    expect(readFlatOpc(flatOpcOf(bytes))).toEqual(readDocx(bytes));
  });

  it('refuses XML that is not a Word package', () => {
    expect(() => readFlatOpc('<html><body>hi</body></html>')).toThrow(/not the flat OPC XML of a Word document/);
    expect(() => readFlatOpc('<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>')).toThrow(/no main document part/);
  });
});
