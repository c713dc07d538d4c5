// The document as read: an ordered list of blocks (paragraphs and tables), the same whichever file format or host
// it came from. Readers build it; extraction only reads it.
import * as z from 'zod/mini';

export const Paragraph = z.object({
  kind: z.literal('paragraph'),
  /** Normalised text, without the list label. */
  text: z.string(),
  /** The list label as Word shows it ("1.", "a)", "•"), computed from the numbering definitions. */
  label: z.optional(z.string()),
  /** List level (0-based) when the paragraph is in a list. */
  listLevel: z.optional(z.int().check(z.nonnegative())),
  /**
   * Which list the label counts in, when the reader knows (each Markdown list is one; in Word, the paragraphs that
   * count together): two lists that both start at 1 are two lists, not one list with its numbers repeated.
   */
  list: z.optional(z.int().check(z.nonnegative())),
  /** Addresses of the paragraph's links (Markdown), whose text may not say what they point to. */
  links: z.optional(z.array(z.string())),
  /** Paragraph style name ("heading 1", "Table Contents"). */
  style: z.optional(z.string()),
  /** Outline level 0-8 of a heading paragraph. */
  outlineLevel: z.optional(z.int().check(z.minimum(0), z.maximum(8))),
  /** Source line (1-based) in a text file. */
  line: z.optional(z.int().check(z.positive())),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Cell = z.object({
  paragraphs: z.array(Paragraph),
  /** First grid column the cell covers. */
  gridCol: z.int().check(z.nonnegative()),
  /** Number of grid columns the cell covers (gridSpan). */
  span: z.int().check(z.positive()),
  /** Vertical merge: the first cell of a merged run, or a cell continuing the one above. */
  merge: z.optional(z.enum(['restart', 'continue'])),
});
export type Cell = z.infer<typeof Cell>;

export const Row = z.object({
  cells: z.array(Cell),
  /** Source line (1-based) in a text file. */
  line: z.optional(z.int().check(z.positive())),
});
export type Row = z.infer<typeof Row>;

export const Table = z.object({
  kind: z.literal('table'),
  rows: z.array(Row),
  /** For a table nested in a cell: where its parent cell is. Nested tables follow their parent block. */
  parent: z.optional(
    z.object({
      block: z.int(),
      row: z.int(),
      col: z.int(),
      /** How many of the cell's paragraphs come before the nested table (all of them when absent). */
      paragraph: z.optional(z.int().check(z.nonnegative())),
    }),
  ),
  /** The tag of the Docket block the table is in ("docket:annex"): a table Docket generated. */
  generated: z.optional(z.string()),
});
export type Table = z.infer<typeof Table>;

export const Block = z.discriminatedUnion('kind', [Paragraph, Table]);
export type Block = z.infer<typeof Block>;

export const Snapshot = z.object({ blocks: z.array(Block) });
export type Snapshot = z.infer<typeof Snapshot>;
