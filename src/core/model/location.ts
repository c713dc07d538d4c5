// Where something is in the document: the block of the Snapshot it came from, the table cell and paragraph
// inside it, and the text shown to the user (also used to find the spot again if the document changed).
import * as z from 'zod/mini';

export const Location = z.object({
  /** Index of the block (paragraph or table) in the Snapshot. */
  block: z.int().check(z.nonnegative()),
  /** Table row, counting the header row as 0. */
  row: z.optional(z.int().check(z.nonnegative())),
  /** Index of the cell within its row (not the grid column: merged cells count once). */
  col: z.optional(z.int().check(z.nonnegative())),
  /** Paragraph within the cell; for a paragraph block, the line within the paragraph. */
  paragraph: z.optional(z.int().check(z.nonnegative())),
  /** The excerpt shown to the user. */
  text: z.string(),
});
export type Location = z.infer<typeof Location>;
