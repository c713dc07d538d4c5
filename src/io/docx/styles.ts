// Styles from word/styles.xml: display names, what a paragraph style gives its paragraphs through its basedOn chain
// (list numbering, outline level), so list labels and headings come out as Word shows them, and which styles hide
// their text (w:vanish), so hidden text stays out of what Docket reads.
import { attribute, localName, onOff, type Attributes, type XmlHandler } from './xml';

interface StyleDefinition {
  name?: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  /** w:vanish in the style's run properties. */
  vanish?: boolean;
}

export interface StyleNumbering {
  numId?: string;
  ilvl?: number;
}

export class Styles {
  private readonly styles = new Map<string, StyleDefinition>();
  /** What each style resolves to, computed once: a large document repeats a handful of styles. */
  private readonly resolved = new Map<string, { name: string; numbering: StyleNumbering; outlineLevel?: number }>();
  private defaultParagraphStyle: string | undefined;
  /** Hidden text by default (w:docDefaults). */
  private defaultVanish = false;
  /** Whether any style or the defaults set w:vanish at all: most documents never do. */
  private anyVanish = false;

  /** A handler that fills these styles from styles.xml. */
  handler(): XmlHandler {
    let current: StyleDefinition | undefined;
    let inParagraphProperties = 0;
    let inRunProperties = 0;
    let inDefaults = false;
    return {
      open: (name: string, attributesOf: () => Attributes) => {
        const attributes = attributesOf();
        const local = localName(name);
        if (local === 'rPr') inRunProperties++;
        else if (local === 'rPrDefault') inDefaults = true;
        else if (local === 'vanish' && inRunProperties > 0) {
          const vanish = onOff(attribute(attributes, 'val'));
          if (current) current.vanish = vanish;
          else if (inDefaults) this.defaultVanish = vanish;
          this.anyVanish ||= vanish;
          return;
        }
        if (local === 'style') {
          const id = attribute(attributes, 'styleId');
          current = {};
          if (id !== undefined) this.styles.set(id, current);
          if (attribute(attributes, 'type') === 'paragraph' && isOn(attribute(attributes, 'default'))) this.defaultParagraphStyle = id;
          return;
        }
        if (!current) return;
        const value = attribute(attributes, 'val');
        if (local === 'pPr') inParagraphProperties++;
        else if (local === 'name') current.name = value;
        else if (local === 'basedOn') current.basedOn = value;
        else if (inParagraphProperties > 0 && local === 'numId') current.numId = value;
        else if (inParagraphProperties > 0 && local === 'ilvl') current.ilvl = Number(value);
        else if (inParagraphProperties > 0 && local === 'outlineLvl') current.outlineLevel = Number(value);
      },
      close: (name: string) => {
        const local = localName(name);
        if (local === 'style') current = undefined;
        else if (local === 'pPr') inParagraphProperties--;
        else if (local === 'rPr') inRunProperties--;
        else if (local === 'rPrDefault') inDefaults = false;
      },
      text: () => {},
    };
  }

  /** The style a paragraph without its own style has. */
  paragraphStyle(styleId: string | undefined): string | undefined {
    return styleId ?? this.defaultParagraphStyle;
  }

  /**
   * A style's display name, and what it gives its paragraphs through its basedOn chain: list membership and outline
   * level 0-8.
   */
  resolve(styleId: string): { name: string; numbering: StyleNumbering; outlineLevel?: number } {
    let resolved = this.resolved.get(styleId);
    if (resolved) return resolved;
    const name = this.styles.get(styleId)?.name ?? styleId;
    const numId = this.inherited(styleId, (s) => s.numId);
    const ilvl = this.inherited(styleId, (s) => s.ilvl);
    const numbering = { ...(numId === undefined ? {} : { numId }), ...(ilvl === undefined ? {} : { ilvl }) };
    const outline = this.inherited(styleId, (s) => s.outlineLevel ?? headingLevel(s.name));
    const outlineLevel = outline !== undefined && outline <= 8 ? outline : undefined;
    resolved = { name, numbering, ...(outlineLevel === undefined ? {} : { outlineLevel }) };
    this.resolved.set(styleId, resolved);
    return resolved;
  }

  /**
   * Which runs of a paragraph in this style are hidden, by their character style; undefined when no style hides
   * anything. w:vanish is a toggle: the paragraph style's and the character style's each flip the default, as in Word.
   */
  hiddenRuns(paragraphStyleId: string | undefined): ((runStyle: string | undefined) => boolean) | undefined {
    if (!this.anyVanish) return undefined;
    const paragraphHides = this.defaultVanish !== this.vanishes(paragraphStyleId);
    return (runStyle) => paragraphHides !== this.vanishes(runStyle);
  }

  private vanishes(styleId: string | undefined): boolean {
    return styleId !== undefined && this.inherited(styleId, (s) => s.vanish) === true;
  }

  /** List membership given by the style or the styles it is based on. */
  numbering(styleId: string): StyleNumbering {
    return this.resolve(styleId).numbering;
  }

  private inherited<T>(styleId: string, pick: (style: StyleDefinition) => T | undefined): T | undefined {
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) return undefined;
      const value = pick(style);
      if (value !== undefined) return value;
    }
    return undefined;
  }
}

/** Word's built-in "heading N" styles have outline level N-1 even when styles.xml does not say so. */
function headingLevel(name: string | undefined): number | undefined {
  const heading = name === undefined ? null : /^heading ([1-9])$/i.exec(name);
  return heading ? Number(heading[1]) - 1 : undefined;
}

function isOn(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}
