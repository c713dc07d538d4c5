// Writes a document number the way the document around it writes numbers, so a fix reads as if its author had typed
// it: "TD 624 Rev.1" becomes "TD 624 Rev.3", "TD624-R1" becomes "TD624-R3", and a citation without a revision takes
// the revision form the document uses most ("-R", " Rev.", "R"). 3GPP Tdoc numbers have one spelling.
import { formatDocumentId, type DocumentId } from './document-id';

const ITU_SPELLING = /^(?<head>\D*)(?<number>\d{1,5})(?<revision>(?<separator>\s?-?\s?(?:Rev\.?\s?|R))\d{1,2})?(?<tail>(?!\d).*)$/s;

/** The revision separator a document uses most in its citations ("-R" in "TD624-R2"); "R" when it writes none. */
export function revisionStyle(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const raw of spellings) {
    const separator = ITU_SPELLING.exec(raw)?.groups?.separator;
    if (separator !== undefined) counts.set(separator, (counts.get(separator) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'R';
}

/** `target` written like `raw` (its spacing, padding and series kept), a revision added in the document's `style`. */
export function spellLike(raw: string, target: DocumentId, style: string): string {
  const groups = target.family === 'itu' ? ITU_SPELLING.exec(raw)?.groups : undefined;
  if (!groups) return formatDocumentId(target);
  const number = target.number.padStart(groups.number!.length, '0');
  const separator = groups.separator ?? style;
  const revision = target.revision === undefined ? '' : `${separator}${target.revision}`;
  return `${groups.head}${number}${revision}${groups.tail}`;
}
