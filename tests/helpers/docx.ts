// Builds .docx packages and flat OPC XML in tests: minimal WordprocessingML around the body the test gives.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

export interface Parts {
  numbering?: string;
  styles?: string;
}

export const W_NAMESPACE = W;

/** document.xml around a body; `namespaces` adds declarations to the root (`{ mc: '…' }`). */
export function documentXml(body: string, namespaces: Record<string, string> = {}): string {
  const declarations = Object.entries(namespaces).map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"${declarations}><w:body>${body}</w:body></w:document>`;
}

export function numberingXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${inner}</w:numbering>`;
}

export function stylesXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${inner}</w:styles>`;
}

/** A .docx package whose document body is `body`. */
export function docx(body: string, parts: Parts = {}, documentXmlText = documentXml(body)): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${MAIN}"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(documentXmlText),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(parts.numbering);
  if (parts.styles) files['word/styles.xml'] = strToU8(parts.styles);
  return zipSync(files);
}

/** A paragraph with text runs (and optional paragraph properties). */
export function p(text: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A table from rows of cell XML (each cell's content, with optional tcPr). */
export function table(rows: string[][]): string {
  return `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map((c) => (c.startsWith('<w:tc') ? c : `<w:tc>${c.startsWith('<w:p') ? c : p(c)}</w:tc>`)).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** The flat OPC XML Word's body.getOoxml() returns, built from the parts of a real .docx. */
export function flatOpcOf(docxBytes: Uint8Array): string {
  const files = unzipSync(docxBytes);
  const parts = Object.entries(files)
    .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
    .map(([name, bytes]) => {
      const xml = strFromU8(bytes).replace(/^<\?xml[^>]*\?>\s*/, '');
      const type = name === 'word/document.xml' ? MAIN : 'application/xml';
      return `<pkg:part pkg:name="/${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
    });
  return `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${parts.join('')}</pkg:package>`;
}

/** A .docx package of the parts of a flat OPC package (what insertOoxml takes), for another reader to open. */
export function docxOfFlatOpc(flat: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides: string[] = [];
  for (const match of flat.matchAll(/<pkg:part pkg:name="\/([^"]+)" pkg:contentType="([^"]+)"><pkg:xmlData>([\s\S]*?)<\/pkg:xmlData><\/pkg:part>/g)) {
    files[match[1]!] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${match[3]!}`);
    if (!match[1]!.endsWith('.rels')) overrides.push(`<Override PartName="/${match[1]!}" ContentType="${match[2]!}"/>`);
  }
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>${overrides.join('')}</Types>`,
  );
  return zipSync(files);
}

/** The zip with the uncompressed size its central directory declares for a part changed (a lying or a bomb-like header). */
export function withDeclaredSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const name = strToU8(part);
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const entry = bytes.subarray(i + 46, i + 46 + view.getUint16(i + 28, true));
    if (entry.length === name.length && entry.every((b, k) => b === name[k])) view.setUint32(i + 24, size, true);
  }
  return bytes;
}
