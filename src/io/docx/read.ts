// .docx and flat OPC (what Word's body.getOoxml() returns) → Snapshot, through one OOXML reader.
import { countWork, type Snapshot } from '../../core';
import { requireText } from '../empty';
import { ReadError } from '../read-error';
import { BodyBuilder } from './body';
import { DocumentMapper, type DocumentMap } from './map';
import { Numbering } from './numbering';
import { DEFAULT_LIMITS, PackageBudget, assertZip, type PackageLimits } from './package';
import { Styles } from './styles';
import { attribute, decodeXml, localName, parseXml, type Attributes, type Progress, type XmlHandler } from './xml';

const MAIN_DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const DEFAULT_MAIN = 'word/document.xml';

/** A .docx opened: its parts (the usual ones, or all), the main part's name, and its styles and numbering read. */
interface OpenedPackage {
  parts: Record<string, Uint8Array>;
  main: string;
  styles: Styles;
  numbering: Numbering;
}

/** Opens a .docx within the package budget: all its parts, or only those the reading needs. */
function openDocx(bytes: Uint8Array, limits: PackageLimits, every: boolean): OpenedPackage {
  assertZip(bytes);
  const usual = (name: string) => every || name.endsWith('.rels') || name === DEFAULT_MAIN || name === 'word/styles.xml' || name === 'word/numbering.xml';
  const budget = new PackageBudget(limits);
  const { names, parts } = budget.unpack(bytes, usual);
  const main = relationshipTargets(parts['_rels/.rels'], '', ['officeDocument']).officeDocument ?? DEFAULT_MAIN;
  if (!names.includes(main)) throw notWord(names, main);

  const mainRels = parts[`${directory(main)}_rels/${main.slice(directory(main).length)}.rels`];
  // One reading of the main part's relationships (a document list's holds a hyperlink per row) finds both.
  const { styles: stylesPart, numbering: numberingPart } = relationshipTargets(mainRels, directory(main), ['styles', 'numbering']);
  const missing = [main, stylesPart, numberingPart].filter((p): p is string => p !== undefined && !(p in parts) && names.includes(p));
  if (missing.length > 0) Object.assign(parts, budget.unpack(bytes, (name) => missing.includes(name)).parts);

  const styles = new Styles();
  const numbering = new Numbering();
  const stylesXml = stylesPart && parts[stylesPart];
  const numberingXml = numberingPart && parts[numberingPart];
  if (stylesXml) parseXml(stylesPart, stylesXml, styles.handler());
  if (numberingXml) parseXml(numberingPart, numberingXml, numbering.handler());
  return { parts, main, styles, numbering };
}

/** Of reading a .docx, the share done once its parts are unpacked: the rest is parsing the main part. */
const UNPACKED = 0.2;

/** Reads a .docx file, saying how far it is to `progress` if given. Throws ReadError with a one-line message when it cannot. */
export function readDocx(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, progress?: Progress): Snapshot {
  countWork('read');
  const { parts, main, styles, numbering } = openDocx(bytes, limits, false);
  const body = new BodyBuilder({ styles, numbering });
  const xml = parts[main]!;
  delete parts[main];
  progress?.(UNPACKED);
  parseXml(main, xml, body, progress ? { progress: (done) => progress(UNPACKED + (1 - UNPACKED) * done) } : {});
  return requireText(body.finish(styles, numbering));
}

/** A .docx as the writer needs it: every part, the main part's name and XML, its Snapshot and where each part of it is. */
export interface WordPackage {
  files: Record<string, Uint8Array>;
  main: string;
  xml: string;
  snapshot: Snapshot;
  map: DocumentMap;
}

/** Reads a .docx for writing into it: the same reading as readDocx, with every part unpacked and the Snapshot mapped. */
export function readDocxForWriting(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS): WordPackage {
  const { parts: files, main, styles, numbering } = openDocx(bytes, limits, true);
  const xml = decodeXml(files[main]!);
  const mapper = new DocumentMapper({ styles, numbering });
  parseXml(main, xml, mapper, { spans: true });
  const { snapshot, map } = mapper.finish(styles, numbering);
  return { files, main, xml, snapshot: requireText(snapshot), map };
}

/**
 * Whether a text is flat OPC: its root element is a `package`, after whatever prolog (byte-order mark, XML
 * declaration, processing instructions, comments, whitespace, a DOCTYPE for the parser to refuse) comes first.
 */
export function isFlatOpc(text: string): boolean {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const doctype = text.startsWith('<!DOCTYPE', at);
    const subset = doctype ? text.indexOf('[', at) : -1;
    const skip = text.startsWith('<?', at) ? '?>' : text.startsWith('<!--', at) ? '-->' : !doctype ? undefined : subset >= 0 && subset < text.indexOf('>', at) ? ']>' : '>';
    if (skip === undefined) break;
    const end = text.indexOf(skip, at);
    if (end < 0) return false;
    at = end + skip.length;
  }
  if (text[at] !== '<') return false;
  let end = at + 1;
  while (end < text.length && !/[\s/>]/.test(text[end]!)) end++;
  return localName(text.slice(at + 1, end)) === 'package';
}

/** Reads the flat OPC XML of a Word document (a `pkg:package`), as Word's `body.getOoxml()` returns it. */
export function readFlatOpc(xml: string): Snapshot {
  countWork('read');
  const body = new BodyBuilder();
  const styles = new Styles();
  const numbering = new Numbering();
  const router = new FlatOpcRouter((name, contentType) => {
    if (contentType === MAIN_DOCUMENT_TYPE || name === `/${DEFAULT_MAIN}`) return body;
    if (name.endsWith('/styles.xml')) return styles.handler();
    if (name.endsWith('/numbering.xml')) return numbering.handler();
    return undefined;
  });
  parseXml('the Word document (flat OPC)', xml, router);
  if (!router.sawPackage) throw new ReadError('This is not the flat OPC XML of a Word document (no pkg:package).');
  if (!router.sawMain) throw new ReadError('The flat OPC package has no main document part.');
  return requireText(body.finish(styles, numbering));
}

/** Sends the XML inside each `pkg:part/pkg:xmlData` to the handler for that part. */
class FlatOpcRouter implements XmlHandler {
  sawPackage = false;
  sawMain = false;
  private handler: XmlHandler | undefined;
  private inData = 0;

  constructor(private readonly handlerFor: (name: string, contentType: string | undefined) => XmlHandler | undefined) {}

  open(name: string, attributesOf: () => Attributes, selfClosing: boolean): void {
    if (this.inData > 0) {
      this.inData++;
      this.handler?.open(name, attributesOf, selfClosing);
      return;
    }
    const local = localName(name);
    if (local === 'package') this.sawPackage = true;
    else if (local === 'part') {
      const attributes = attributesOf();
      const partName = attribute(attributes, 'name') ?? '';
      const contentType = attribute(attributes, 'contentType');
      this.handler = this.handlerFor(partName, contentType);
      if (contentType === MAIN_DOCUMENT_TYPE || partName === `/${DEFAULT_MAIN}`) this.sawMain = true;
    } else if (local === 'xmlData') this.inData = 1;
  }

  close(name: string): void {
    if (this.inData > 1) {
      this.inData--;
      this.handler?.close(name);
    } else if (this.inData === 1) this.inData = 0;
    else if (localName(name) === 'part') this.handler = undefined;
  }

  text(text: string): void {
    if (this.inData > 0) this.handler?.text(text);
  }
}

/** For each type, the target of its first relationship, resolved against the source part's folder. */
function relationshipTargets<Type extends string>(rels: Uint8Array | undefined, base: string, types: readonly Type[]): Partial<Record<Type, string>> {
  const targets: Partial<Record<Type, string>> = {};
  if (!rels) return targets;
  let found = 0;
  parseXml('a relationships part', rels, {
    open(name, attributesOf) {
      if (found === types.length || localName(name) !== 'Relationship') return;
      const attributes = attributesOf();
      const type = types.find((t) => attribute(attributes, 'Type')?.endsWith(`/${t}`));
      if (type === undefined || targets[type] !== undefined || attribute(attributes, 'TargetMode') === 'External') return;
      const target = attribute(attributes, 'Target');
      if (target === undefined) return;
      targets[type] = target.startsWith('/') ? target.slice(1) : normalisePath(base + target);
      found++;
    },
    close() {},
    text() {},
  });
  return targets;
}

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

function directory(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

function notWord(names: string[], main: string): ReadError {
  if (names.includes('xl/workbook.xml')) return new ReadError('This is an Excel workbook, not a Word document.');
  if (names.includes('ppt/presentation.xml')) return new ReadError('This is a PowerPoint presentation, not a Word document.');
  return new ReadError(`The zip package has no ${main}: it is not a Word document.`);
}
