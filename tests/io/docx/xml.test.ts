// An XML part read from its bytes is decoded and parsed a piece at a time: what the reader is told must be exactly
// what it is told when the same part is parsed as one text, wherever the letters outside ASCII, the entities and the
// namespace declarations fall, in UTF-8 and UTF-16, and the progress only grows, up to 1.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeXml, parseXml, type XmlHandler } from '../../../src/io/docx/xml';
import { SA2_164_LIST, bytesOf } from '../../helpers/shared';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Every event the parser gives, written out: opened names with their attributes, closed names, text. */
function events(xml: string | Uint8Array, progress?: (done: number) => void): string[] {
  const seen: string[] = [];
  const recorder: XmlHandler = {
    open: (name, attributes, selfClosing) => void seen.push(`<${name} ${JSON.stringify(attributes())}${selfClosing ? '/' : ''}>`),
    close: (name) => void seen.push(`</${name}>`),
    text: (text) => void seen.push(text),
  };
  parseXml('a test part', xml, recorder, progress ? { progress } : {});
  return seen;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A body of many paragraphs (far more than one piece), with letters outside ASCII, entities and attributes. */
function body(paragraphs: number, extra: (i: number) => string = () => ''): string {
  const letters = ['é', '’', '中文', '😀', 'plain', 'Ünïcødé — “quoted”'];
  let xml = '';
  for (let i = 0; i < paragraphs; i++) {
    const letter = letters[i % letters.length]!;
    xml += `<w:p w:rsidR="00A${i}" w14:paraId="${letter}&amp;${i}"><w:r><w:t xml:space="preserve">TD${i} ${letter} &lt;R&gt; &amp; ${'x'.repeat(i % 97)}</w:t></w:r>${extra(i)}</w:p>`;
  }
  return xml;
}

const document = (inner: string, namespaces = `xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="${MC}"`) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${namespaces}><w:body>${inner}</w:body></w:document>`;

describe('an XML part read a piece at a time', () => {
  it('tells the reader what the whole text tells it, letters outside ASCII at any place', () => {
    const xml = document(body(6000));
    expect(xml.length).toBeGreaterThan(8 * 65536);
    expect(events(utf8(xml))).toEqual(events(xml));
  });

  it('reads a part whose tags stand on lines of their own a piece at a time too, saying how far it is', () => {
    const xml = document(body(6000)).replaceAll('><', '>\n  <');
    const told: number[] = [];
    expect(events(utf8(xml), (done) => told.push(done))).toEqual(events(xml));
    expect(told.length).toBeGreaterThan(8);
  });

  it('resolves a namespace declared deep in the part, past the first piece, as the whole text does', () => {
    const choice = (i: number) =>
      i === 4000
        ? `<mc:AlternateContent><mc:Choice xmlns:x="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" Requires="x"><w:r><w:t>chosen</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent><v:shape xmlns:v="urn:schemas-microsoft-com:vml"/>`
        : '';
    const xml = document(body(6000, choice));
    const read = events(utf8(xml));
    expect(read).toEqual(events(xml));
    expect(read).toContain('chosen');
    expect(read).not.toContain('fallback');
  });

  it('reads the names a declaration past the first piece binds anew as the whole text does, telling each event once', () => {
    // "w" bound to another namespace deep in the part: what it names there is not WordprocessingML.
    const other = (i: number) => (i === 5000 ? '<w:customXml xmlns:w="urn:example:other"><w:p><w:r><w:t>other</w:t></w:r></w:p></w:customXml>' : '');
    const xml = document(body(6000, other));
    const read = events(utf8(xml));
    expect(read).toEqual(events(xml));
    expect(read.filter((event) => event.startsWith('<w:p '))).toHaveLength(6000);
    expect(read.filter((event) => event === 'other')).toHaveLength(1);
  });

  it('resolves the names from a declaration inside an alternative Word skips, which spans pieces, as the whole text does', () => {
    const skipped = (i: number) =>
      i === 3000
        ? `<mc:AlternateContent><mc:Choice Requires="w15x">${body(500)}<v:shape xmlns:v="urn:schemas-microsoft-com:vml"/>${body(500)}</mc:Choice>` +
          `<mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent>`
        : '';
    const xml = document(body(6000, skipped), `xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="${MC}" xmlns:w15x="urn:example:unknown"`);
    const read = events(utf8(xml));
    expect(read).toEqual(events(xml));
    expect(read).toContain('fallback');
    expect(read.filter((event) => event.startsWith('<w:p '))).toHaveLength(6000);
  });

  it('reads a part written in UTF-16 by its byte-order mark', () => {
    const xml = document(body(50)).replace('UTF-8', 'UTF-16');
    const bytes = new Uint8Array(2 + xml.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) bytes.set([xml.charCodeAt(i) & 0xff, xml.charCodeAt(i) >> 8], 2 + i * 2);
    expect(decodeXml(bytes)).toBe(xml);
    expect(events(bytes)).toEqual(events(xml));
  });

  it('reads the 12 MB SA2 #164 list as it reads the list decoded whole, saying how far it is', () => {
    const main = unzipSync(bytesOf(SA2_164_LIST), { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']!;
    const inPieces = events(main);
    const whole = events(decodeXml(main));
    expect(inPieces.length).toBe(whole.length);
    expect(inPieces.findIndex((event, i) => event !== whole[i])).toBe(-1);

    const told: number[] = [];
    parseXml('the SA2 #164 list', main, { open() {}, close() {}, text() {} }, { progress: (done) => told.push(done) });
    expect(told.length).toBeGreaterThan(100);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    expect(told.at(-1)).toBe(1);
  });

  it('refuses a part that is not well-formed, wherever the fault is', () => {
    const xml = document(body(3000)).replace('</w:t></w:r></w:p><w:p w:rsidR="00A2500"', '</w:t></w:p><w:p w:rsidR="00A2500"');
    expect(() => events(utf8(xml))).toThrow(/not well-formed XML \(closing tag mismatch/);
  });
});
