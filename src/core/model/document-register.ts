// The meeting's document register: the TD and contribution list a document system exports (ITU-T), the Tdoc list or
// TdocsByAgenda (3GPP). Only what the register rules and the Annex A generator need is kept — number, status, agenda
// item, source, title, category and where a revision went — so it fits in a document's settings. Not to be confused
// with the ACTION register (the "Action register" sheet of anticipated actions), which has nothing to do with it.
import * as z from 'zod/mini';

export const RegisteredDocument = z.object({
  /** Canonical id with the revision the register gives: TD624R3, S2-2408687. */
  id: z.string(),
  /** The status as the register writes it: "Withdrawn", "reserved", "Revised", "Agreed". */
  status: z.optional(z.string()),
  /** The agenda item the register allocates the document to, as an item number ("4.1"). */
  item: z.optional(z.string()),
  category: z.optional(z.string()),
  source: z.optional(z.string()),
  title: z.optional(z.string()),
  /** The document this one was revised to ("Revised to S2-2408687"), as a canonical id. */
  revisedTo: z.optional(z.string()),
  /** The document this one was merged into ("Merged into S2-2408689"). */
  mergedInto: z.optional(z.string()),
});
export type RegisteredDocument = z.infer<typeof RegisteredDocument>;

export const DocumentRegister = z.object({
  /** Where it was read from: the file's name, or the workbook's sheet. */
  name: z.string(),
  /** The sheet of the open workbook it was read from (Excel), which Refresh reads again. */
  sheet: z.optional(z.string()),
  /** When it was read (ISO 8601), for the user to judge whether it is still current. */
  readAt: z.optional(z.string()),
  documents: z.array(RegisteredDocument),
  /** What the reader could not map, said in the user's words: columns not used, cells it could not read. */
  notes: z.array(z.string()),
});
export type DocumentRegister = z.infer<typeof DocumentRegister>;
