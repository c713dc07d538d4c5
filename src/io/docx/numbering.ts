// List labels as Word shows them, computed from word/numbering.xml: level formats and texts ("%1.%2"), start values,
// overrides, restarts, legal numbering, and the counting that runs on across paragraphs of the same list.
import { type Styles } from './styles';
import { attribute, localName, type Attributes, type XmlHandler } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** lvlRestart: 0 = never restart; n = restart after a level above n is used; absent = after any level above. */
  restart?: number;
  legal: boolean;
}

interface AbstractList {
  levels: Map<number, Level>;
  /** A list whose definition lives in a numbering style. */
  numStyleLink?: string;
}

interface ListInstance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

const LEVELS = 9;

export class Numbering {
  private readonly abstracts = new Map<string, AbstractList>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** Each counter's list, numbered in the order lists first appear: paragraphs that count together are one list. */
  private readonly lists = new Map<string, number>();

  /** A handler that fills the definitions from numbering.xml. */
  handler(): XmlHandler {
    let abstract: AbstractList | undefined;
    let instance: ListInstance | undefined;
    let override: { start?: number; level?: Level } | undefined;
    let level: Level | undefined;
    let levelDepth = 0;
    let depth = 0;
    return {
      open: (name: string, attributesOf: () => Attributes) => {
        const attributes = attributesOf();
        depth++;
        const local = localName(name);
        const value = attribute(attributes, 'val');
        switch (local) {
          case 'abstractNum':
            abstract = { levels: new Map() };
            this.abstracts.set(attribute(attributes, 'abstractNumId') ?? '', abstract);
            return;
          case 'num':
            instance = { abstractId: '', overrides: new Map() };
            this.instances.set(attribute(attributes, 'numId') ?? '', instance);
            return;
          case 'abstractNumId':
            if (instance && value !== undefined) instance.abstractId = value;
            return;
          case 'lvlOverride':
            override = {};
            instance?.overrides.set(decimal(attribute(attributes, 'ilvl')) ?? 0, override);
            return;
          case 'startOverride':
            if (override) override.start = decimal(value) ?? 1;
            return;
          case 'numStyleLink':
            if (abstract && value !== undefined) abstract.numStyleLink = value;
            return;
          case 'lvl': {
            level = { start: 1, format: 'decimal', text: '', legal: false };
            levelDepth = depth;
            const ilvl = decimal(attribute(attributes, 'ilvl')) ?? 0;
            if (override) override.level = level;
            else abstract?.levels.set(ilvl, level);
            return;
          }
        }
        // Only the level's own settings: its pPr and rPr hold unrelated values.
        if (!level || depth !== levelDepth + 1 && !(local === 'numFmt' && depth > levelDepth)) return;
        if (local === 'start') level.start = decimal(value) ?? 1;
        else if (local === 'numFmt' && value !== undefined) level.format = value;
        else if (local === 'lvlText') level.text = value ?? '';
        else if (local === 'lvlRestart') level.restart = decimal(value);
        else if (local === 'isLgl') level.legal = value === undefined || value === '1' || value === 'true';
      },
      close: (name: string) => {
        depth--;
        const local = localName(name);
        if (local === 'lvl') level = undefined;
        else if (local === 'lvlOverride') override = undefined;
        else if (local === 'abstractNum') abstract = undefined;
        else if (local === 'num') instance = undefined;
      },
      text: () => {},
    };
  }

  /**
   * The label of the next paragraph of list `numId` at level `ilvl`, counting it, and the list it counts in.
   * Paragraphs must be labelled in document order. Lists sharing an abstract definition count on together (one list)
   * unless one restarts with an override.
   */
  next(numId: string, ilvl: number, styles: Styles): { label: string; list: number } | undefined {
    const label = this.count(numId, ilvl, styles);
    if (label === undefined) return undefined;
    const key = this.keyOf(numId);
    if (!this.lists.has(key)) this.lists.set(key, this.lists.size);
    return { label, list: this.lists.get(key)! };
  }

  /** The counter a list instance counts with: its own when it overrides a level, else its definition's. */
  private keyOf(numId: string): string {
    const instance = this.instances.get(numId)!;
    return instance.overrides.size > 0 ? `num:${numId}` : `abstract:${instance.abstractId}`;
  }

  private count(numId: string, ilvl: number, styles: Styles): string | undefined {
    const instance = this.instances.get(numId);
    if (!instance || ilvl < 0 || ilvl >= LEVELS) return undefined;
    const abstract = this.resolve(instance.abstractId, styles);
    const levelOf = (i: number): Level | undefined => instance.overrides.get(i)?.level ?? abstract?.levels.get(i);
    const level = levelOf(ilvl);
    if (!level) return undefined;
    const startOf = (i: number): number => instance.overrides.get(i)?.start ?? levelOf(i)?.start ?? 1;

    const key = this.keyOf(numId);
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = new Array<number | undefined>(LEVELS).fill(undefined)));
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restart = levelOf(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counts[deeper] = undefined;
    }

    if (level.format === 'none') return level.text.replace(/%[1-9]/g, '').trim() || undefined;
    if (level.format === 'bullet') return bullet(level.text);
    return level.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1;
      const format = level.legal && at < ilvl ? 'decimal' : (levelOf(at)?.format ?? 'decimal');
      return formatNumber(counts[at] ?? startOf(at), format);
    });
  }

  private resolve(abstractId: string, styles: Styles): AbstractList | undefined {
    const abstract = this.abstracts.get(abstractId);
    if (!abstract?.numStyleLink) return abstract;
    const linked = styles.numbering(abstract.numStyleLink).numId;
    const target = linked === undefined ? undefined : this.instances.get(linked);
    return target && target.abstractId !== abstractId ? this.abstracts.get(target.abstractId) : abstract;
  }
}

/** A WordprocessingML decimal number (a 32-bit integer, never negative here); anything else is damage. */
function decimal(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) && n >= 0 && n <= 0x7fffffff ? n : undefined;
}

/** Symbol-font bullets are private-use characters; show them as the bullet they stand for. */
function bullet(text: string): string {
  if (text === '' || /^[\uf000-\uf0ff]$/.test(text)) return '•';
  return text;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    case 'decimalEnclosedParen':
      return `(${n})`;
    default:
      return String(n);
  }
}

/** Word's letter numbering: A…Z, then AA, BB, … up to 780 (thirty Zs); past that, the number as digits. */
function letters(n: number): string {
  if (n < 1 || n > 780) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const numerals: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, numeral] of numerals) for (; n >= value; n -= value) out += numeral;
  return out;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
