// Puts add-in settings into a .docx or .xlsx as Office does when the document is saved: a task pane part that points at
// a webextension part (word/webextensions/webextension1.xml, in a workbook xl/webextensions/…) holding each setting as
// <we:property name value/>, its value serialised as JSON and escaped for the attribute; with the relationships and
// content types Word and Excel write.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const WETP = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The webextension part of an add-in with these settings. */
export function webextensionXml(settings: Record<string, unknown>, id = '46fe61ea-0824-4dc1-95d6-a392da0736a3'): string {
  const properties = Object.entries(settings)
    .map(([name, value]) => `<we:property name="${attr(name)}" value="${attr(JSON.stringify(value))}"/>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="${WE}" id="{52811C31-4593-43B8-A697-EB873422D156}">` +
    `<we:reference id="${id}" version="0.1.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>` +
    `<we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`
  );
}

/** A copy of a .docx or .xlsx with the add-in settings Office would have saved in it. */
export function withAddinSettings(pkg: Uint8Array, settings: Record<string, unknown>): Uint8Array {
  const files = unzipSync(pkg);
  const root = files['xl/workbook.xml'] ? 'xl' : 'word';
  const types = strFromU8(files['[Content_Types].xml']!);
  files['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      `<Override PartName="/${root}/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>` +
        `<Override PartName="/${root}/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`,
    ),
  );
  const rels = strFromU8(files['_rels/.rels']!);
  files['_rels/.rels'] = strToU8(rels.replace('</Relationships>', `<Relationship Id="rIdDocketTp" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="${root}/webextensions/taskpanes.xml"/></Relationships>`));
  files[`${root}/webextensions/taskpanes.xml`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${WETP}"><wetp:taskpane dockstate="right" visibility="0" width="350" row="0">` +
      `<wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  );
  files[`${root}/webextensions/_rels/taskpanes.xml.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
  );
  files[`${root}/webextensions/webextension1.xml`] = strToU8(webextensionXml(settings));
  return zipSync(files);
}
