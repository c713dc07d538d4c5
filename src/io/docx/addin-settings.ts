// What an Office add-in kept in a document with Office.context.document.settings, read from the file: Office writes
// them, when the document is saved, into the add-in's webextension part (word/webextensions/webextension1.xml in a
// .docx, xl/webextensions/… in a .xlsx) as <we:property name="…" value="…"/>, each value serialised as JSON. The
// command line and the browser preview read Docket's settings (its checking settings, its ignored findings) from
// there, as the pane reads them in Word.
import { countWork } from '../../core';
import { ReadError } from '../read-error';
import { assertZip, unpackWithin } from './package';
import { attribute, localName, parseXml, type XmlHandler } from './xml';

const WEBEXTENSION_PART = /^(?:word|xl|ppt)\/webextensions\/webextension\d*\.xml$/;
/** The files Office keeps add-in settings in: Word and Excel packages. */
const PACKAGE = /\.(?:docx|docm|dotx|xlsx|xlsm)$/i;

/** The add-in settings Office saved in a Word or Excel file, by name; none in a file of another kind or a damaged one. */
export function savedSettingsOf(name: string, bytes: Uint8Array): ReadonlyMap<string, unknown> {
  if (!PACKAGE.test(name)) return new Map();
  try {
    return readAddinSettings(bytes);
  } catch (error) {
    if (error instanceof ReadError) return new Map();
    throw error;
  }
}

/**
 * The add-in settings kept in a package, by name: each property's value parsed from its JSON (a value that is not JSON
 * is skipped). With several add-ins' parts, the first part that has a name gives its value.
 */
export function readAddinSettings(bytes: Uint8Array): Map<string, unknown> {
  countWork('settings');
  assertZip(bytes);
  const { parts } = unpackWithin(bytes, undefined, (name) => WEBEXTENSION_PART.test(name));
  const settings = new Map<string, unknown>();
  for (const name of Object.keys(parts).sort()) {
    const properties: [string, string][] = [];
    const handler: XmlHandler = {
      open(element, attributes) {
        if (localName(element) !== 'property') return;
        const key = attribute(attributes(), 'name');
        const value = attribute(attributes(), 'value');
        if (key !== undefined && value !== undefined) properties.push([key, value]);
      },
      close: () => undefined,
      text: () => undefined,
    };
    parseXml(name, parts[name]!, handler);
    for (const [key, value] of properties) {
      if (settings.has(key)) continue;
      try {
        settings.set(key, JSON.parse(value) as unknown);
      } catch {
        // Not a value Office.js wrote; another program's property.
      }
    }
  }
  return settings;
}
