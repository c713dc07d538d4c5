// An .xlsx package opened for editing in place: its parts as they were (bytes, in their order), the workbook's sheets
// found through the relationships, each sheet's table parts, and the text of a cell (shared string, inline string,
// number, formula result). A part is replaced only when it is edited; every other part is zipped back with the same
// name, order and bytes; a new part is added after them.
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { unpackWithin } from '../docx/package';
import { isZip } from '../file-kinds';
import { ReadError } from '../read-error';
import { attribute, childOf, childrenOf, parseElements, type Element } from './elements';

export interface SheetPart {
  /** The sheet's name as the tab shows it. */
  name: string;
  /** Its part in the package: "xl/worksheets/sheet1.xml". */
  path: string;
  /** Its position among the workbook's sheets (a defined name's localSheetId). */
  index: number;
}

export interface Relationship {
  id: string;
  type: string;
  /** The part it points to, as a path in the package. */
  path: string;
  element: Element;
}

export class WorkbookPackage {
  private readonly parts: Record<string, Uint8Array>;
  private readonly edited = new Map<string, string>();
  private readonly removed = new Set<string>();
  readonly workbookPath: string;

  constructor(bytes: Uint8Array) {
    if (!isZip(bytes)) throw new ReadError('This is not an .xlsx workbook: it is not a zip package.');
    this.parts = unpackWithin(bytes).parts;
    const main = this.relationships('').find((r) => r.type.endsWith('/officeDocument'));
    this.workbookPath = main?.path ?? 'xl/workbook.xml';
    if (!this.has(this.workbookPath)) throw new ReadError('This zip package has no workbook: it is not an .xlsx file.');
  }

  has(path: string): boolean {
    return !this.removed.has(path) && (this.edited.has(path) || path in this.parts);
  }

  text(path: string): string {
    const edited = this.edited.get(path);
    if (edited !== undefined) return edited;
    const bytes = this.parts[path];
    if (!bytes) throw new ReadError(`The workbook has no part ${path}: it is damaged.`);
    return strFromU8(bytes);
  }

  /** Parses a part, keeping the elements `keep` accepts. */
  parse(path: string, keep: (path: readonly string[]) => boolean = () => true): { xml: string; root: Element } {
    const xml = this.text(path);
    return { xml, root: parseElements(xml, keep, path) };
  }

  /** Replaces a part's XML, or adds a new part (zipped after the parts the package had). */
  edit(path: string, xml: string): void {
    this.edited.set(path, xml);
    this.removed.delete(path);
  }

  remove(path: string): void {
    this.removed.add(path);
  }

  /** The relationships of a part ("" for the package's own): `xl/_rels/workbook.xml.rels` for the workbook. */
  relationships(part: string): Relationship[] {
    const folder = part.slice(0, part.lastIndexOf('/') + 1);
    const rels = this.relationshipsPart(part);
    if (!this.has(rels)) return [];
    return childrenOf(this.parse(rels).root, 'Relationship').flatMap((element) => {
      const target = attribute(element, 'Target');
      if (target === undefined || attribute(element, 'TargetMode') === 'External') return [];
      return [{ id: attribute(element, 'Id') ?? '', type: attribute(element, 'Type') ?? '', path: resolvePath(folder, target), element }];
    });
  }

  /** The relationships part of a part, where they are kept. */
  relationshipsPart(part: string): string {
    const folder = part.slice(0, part.lastIndexOf('/') + 1);
    return `${folder}_rels/${part.slice(folder.length)}.rels`;
  }

  /** The workbook's sheets in tab order (worksheets only; chart sheets have no cells). */
  sheets(): SheetPart[] {
    const targets = new Map(this.relationships(this.workbookPath).filter((r) => r.type.endsWith('/worksheet')).map((r) => [r.id, r.path]));
    const sheets = childrenOf(childOf(this.parse(this.workbookPath, (p) => p.length <= 3).root, 'sheets'), 'sheet');
    return sheets.flatMap((sheet, index) => {
      const path = targets.get(attribute(sheet, 'id') ?? '');
      return path && this.has(path) ? [{ name: attribute(sheet, 'name') ?? '', path, index }] : [];
    });
  }

  /** The shared strings, in order: the text of each `<si>`, its phonetic guide left out. */
  sharedStrings(): string[] {
    const part = this.relationships(this.workbookPath).find((r) => r.type.endsWith('/sharedStrings'))?.path;
    if (!part || !this.has(part)) return [];
    const { root } = this.parse(part, (p) => p[1] === 'si' && p[2] !== 'rPh');
    return childrenOf(root, 'si').map(richText);
  }

  /** The package as bytes: every part in its place, edited ones replaced, removed ones gone, new ones last. */
  bytes(): Uint8Array {
    const out: Zippable = {};
    for (const [path, bytes] of Object.entries(this.parts)) {
      if (this.removed.has(path)) continue;
      const edited = this.edited.get(path);
      out[path] = edited === undefined ? bytes : strToU8(edited);
    }
    for (const [path, xml] of this.edited) if (!(path in this.parts)) out[path] = strToU8(xml);
    return zipSync(out);
  }
}

/** A package path from a relationship's target: absolute ("/xl/x.xml") or relative to the source part's folder. */
function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** The text of a string item (`<si>`, `<is>`): its `<t>`, or the `<t>` of each of its runs. */
export function richText(item: Element): string {
  const runs = [childOf(item, 't'), ...childrenOf(item, 'r').map((r) => childOf(r, 't'))];
  return decodeEscapes(runs.map((t) => t?.text ?? '').join(''));
}

/** Excel's escapes of characters XML cannot hold: "_x0001_"; "_x005F_" is a literal underscore. */
function decodeEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text a cell holds: its shared or inline string, its number, TRUE/FALSE, or its formula's last result. */
export function cellText(cell: Element, shared: readonly string[]): string {
  const type = attribute(cell, 't');
  const value = childOf(cell, 'v')?.text ?? '';
  if (type === 's') return shared[Number(value)] ?? '';
  if (type === 'inlineStr') {
    const item = childOf(cell, 'is');
    return item ? richText(item) : '';
  }
  if (type === 'b') return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
  return type === 'str' ? decodeEscapes(value) : value;
}
