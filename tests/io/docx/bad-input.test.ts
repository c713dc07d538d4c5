import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/io/read-document';
import { readDocx } from '../../../src/io/docx/read';
import { fflateInflater, inflateWith } from '../../../src/io/docx/package';
import { DEFAULT_LIMITS } from '../../../src/io/limits';
import { nodeInflater } from '../../../src/io/node-inflater';
import { docx, documentXml, p, withDeclaredSize } from '../../helpers/docx';
import { LEGACY_DOC, TD514, bytesOf } from '../../helpers/shared';

function message(name: string, bytes: Uint8Array): string {
  const result = readDocument(name, bytes);
  if (result.ok) throw new Error(`${name} was read`);
  return result.message;
}

/** An OLE compound file header followed by the UTF-16 name of a stream it holds. */
function oleWith(stream: string): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = [...stream].flatMap((ch) => [ch.charCodeAt(0), 0]);
  return new Uint8Array([...header, ...new Array<number>(504).fill(0), ...name]);
}

// The task pane inflates with fflate, the command line with Node's zlib: both refuse the same packages the same way.
describe.each([
  ['fflate', fflateInflater],
  ["Node's zlib", nodeInflater],
])('bad input gets one clear line, never a crash (parts inflated by %s)', (_name, inflater) => {
  beforeAll(() => inflateWith(inflater));

  it('refuses a legacy Word 97 .doc, saying to save it as .docx', () => {
    expect(message('legacy.doc', bytesOf(LEGACY_DOC))).toMatch(/Word 97-2003 \.doc.*save it as \.docx/);
  });

  it('refuses a password-protected document', () => {
    expect(message('secret.docx', oleWith('EncryptedPackage'))).toMatch(/password-protected/);
  });

  it('refuses a file that is not a zip', () => {
    expect(message('agenda.docx', strToU8('hello, this is not a zip'))).toMatch(/not a zip package/);
    expect(message('agenda.docx', strToU8('%PDF-1.7 ...'))).toMatch(/PDF/);
    expect(message('agenda.docx', strToU8('{\\rtf1\\ansi ...'))).toMatch(/RTF/);
    expect(message('agenda.docx', new Uint8Array())).toMatch(/empty/);
  });

  it('refuses a damaged zip', () => {
    const bytes = bytesOf(TD514);
    expect(message('cut.docx', bytes.subarray(0, bytes.length / 2))).toMatch(/damaged/);
  });

  it('refuses a zip without word/document.xml, and says what it is when it can', () => {
    expect(message('other.docx', zipSync({ 'hello.txt': strToU8('hi') }))).toMatch(/no word\/document\.xml: it is not a Word document/);
    expect(message('book.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toMatch(/Excel workbook/);
  });

  it('refuses a part that unpacks past the size limit (zip bomb)', () => {
    const big = docx(p('x'.repeat(2_000_000)));
    expect(() => readDocx(big, { ...DEFAULT_LIMITS, maxPartBytes: 1_000_000 })).toThrow(/unpacks to more than 1 MB: refused as a possible zip bomb/);
  });

  it('does not trust a size header that lies: the part is refused as soon as it unpacks past the size it declares', () => {
    const bytes = withDeclaredSize(docx(p('y'.repeat(500_000))), 'word/document.xml', 100);
    expect(message('liar.docx', bytes)).toBe('word/document.xml unpacks to more than the 100 bytes its zip entry declares: refused as a damaged package or a zip bomb.');
    // Word's own parts that declare their sizes truthfully are read as before, the budget spent over each pass.
    expect(readDocx(docx(p('y'.repeat(500_000)))).blocks).toHaveLength(1);
  });

  it('refuses parts that each fit the limit but not together: ten .rels parts declaring 250 MB each', () => {
    let bytes: Uint8Array = zipSync({ ...unzipSync(docx(p('Agenda'))), ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`extra/_rels/part${i}.xml.rels`, strToU8('<Relationships/>')])) });
    for (let i = 0; i < 10; i++) bytes = withDeclaredSize(bytes, `extra/_rels/part${i}.xml.rels`, 250 * 1024 * 1024);
    expect(message('rels.docx', bytes)).toMatch(/unpack to more than 512 MB together: refused as a possible zip bomb/);
  });

  it('counts the budget over every pass on the package', () => {
    const limits = { ...DEFAULT_LIMITS, maxTotalBytes: 1_500_000 };
    // The main part under a name Word does not use is unpacked in a second pass, within what is left of the budget.
    const { 'word/document.xml': main, ...files } = unzipSync(docx(p('z'.repeat(1_000_000))));
    const renamed = { ...files, 'word/main.xml': main!, '_rels/.rels': strToU8(strFromU8(files['_rels/.rels']!).replace('word/document.xml', 'word/main.xml')) };
    expect(readDocx(zipSync(renamed), { ...limits, maxTotalBytes: 2_000_000 }).blocks).toHaveLength(1);
    const bigRels = { ...renamed, 'word/_rels/other.xml.rels': strToU8(`<Relationships>${' '.repeat(700_000)}</Relationships>`) };
    expect(() => readDocx(zipSync(bigRels), limits)).toThrow(/together/);
  });

  it('refuses a package with more entries than any document has', () => {
    const many = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`media/${i}.txt`, new Uint8Array()]));
    expect(message('many.docx', zipSync({ ...unzipSync(docx(p('Agenda'))), ...many }))).toMatch(/more than 10,000 entries: refused/);
  });

  it('refuses a stored part larger than the limit, whatever size it declares', () => {
    const stored = zipSync({ ...unzipSync(docx(p('Agenda'))), 'word/big.xml.rels': [new Uint8Array(2_000_000), { level: 0 }] });
    expect(() => readDocx(withDeclaredSize(stored, 'word/big.xml.rels', 10), { ...DEFAULT_LIMITS, maxPartBytes: 1_000_000 })).toThrow(/word\/big\.xml\.rels unpacks to more than 1 MB/);
  });

  it('refuses XML with a DOCTYPE, and never expands entities', () => {
    const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    const xml = documentXml(p('&lol2;')).replace('<w:document', `${laughs}<w:document`);
    expect(message('laughs.docx', docx('', {}, xml))).toMatch(/DOCTYPE.*refused/);
  });

  it('refuses XML that is not well-formed', () => {
    expect(message('broken.docx', docx('', {}, documentXml('<w:p><w:r><w:t>open</w:r></w:p>')))).toMatch(/not well-formed XML/);
  });

  it('refuses an element whose prefix nothing declares, as when the parser resolves the names', () => {
    expect(message('undeclared.docx', docx('', {}, documentXml(`${p('Agenda')}<x:extra/>`)))).toMatch(/not well-formed XML \(missing namespace on <x:extra> at line \d+, column \d+\)/);
    // A prefix named like a property every object has is no declaration either.
    expect(message('undeclared.docx', docx('', {}, documentXml(`${p('Agenda')}<constructor:extra/>`)))).toMatch(/missing namespace on <constructor:extra>/);
  });

  it('refuses an empty document', () => {
    expect(message('empty.docx', docx(p('') + p('   ')))).toMatch(/The document is empty/);
    expect(message('empty.txt', strToU8('\n\n  \n'))).toMatch(/The document is empty/);
  });

  it('refuses binary files that are not documents', () => {
    expect(message('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toBe('This is a binary file, not a Word document or a text agenda.');
  });

  it('refuses an empty text file', () => {
    expect(message('agenda.txt', new Uint8Array())).toBe('The file is empty (0 bytes).');
  });
});
