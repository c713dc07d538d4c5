// Finding where a location is in Word for the same few calls wherever it is: its paragraph is reached by paging the
// body's paragraph collection to it (Word's body.paragraphs holds the paragraphs of table cells too, in the order
// core/model/order.ts gives), and read as Word has it; the quoted text is then searched inside that paragraph in Word's
// own characters. When the document changed and the paragraph no longer holds the text, the text is looked for
// anywhere in the body. One sync reads; a second is needed only where Word's search must be read back (the quoted
// text occurs earlier in its paragraph, or the host has WordApi 1.1 only).
import { bodyParagraphIndex, paragraphsAt, type Location, type Paragraph, type Snapshot } from '../../core';
import { inWordText, searchCode, searchable } from './text';

export interface Spot {
  range: Word.Range;
  /** Where the check saw it, or found elsewhere because the document changed. */
  how: 'exact' | 'moved';
}

export interface Wanted {
  text: string;
  location: Location;
}

/** The paragraph of a location that holds the quoted text (the location's own paragraph first). */
export function paragraphOf(document: Snapshot, location: Location, text: string): Paragraph | undefined {
  const paragraphs = paragraphsAt(document, location);
  return paragraphs.find((p) => text !== '' && p.text.includes(text)) ?? paragraphs[0];
}

/** Queues the load of the paragraph at a location (its text, as Word has it); `items[0]` holds it after the sync. */
export function loadParagraph(body: Word.Body, document: Snapshot, paragraph: Paragraph | undefined): Word.ParagraphCollection | undefined {
  const index = paragraph && bodyParagraphIndex(document, paragraph);
  if (index === undefined) return undefined;
  const page = body.paragraphs;
  page.load({ text: true, $top: 1, $skip: index });
  return page;
}

/**
 * Finds each text at its location (or, moved, anywhere): one sync, and one more only where needed. The ranges are
 * for the caller's next batch (select, replace, comment).
 */
export async function locate(context: Word.RequestContext, document: Snapshot, wanted: readonly Wanted[], hasWordApi13: boolean): Promise<(Spot | undefined)[]> {
  const body = context.document.body;
  const pages = wanted.map(({ text, location }) => loadParagraph(body, document, paragraphOf(document, location, text)));
  const anywhere = wanted.map(({ text }) => (text.trim() !== '' ? readSearch(body, text, 0) : undefined));
  await context.sync();

  let reads = false;
  const spots = wanted.map(({ text }, i): { how: Spot['how']; range: () => Word.Range | undefined } | undefined => {
    const paragraph = pages[i]?.items[0];
    const found = paragraph && text.trim() !== '' ? inWordText(paragraph.text, text) : undefined;
    if (paragraph && found) {
      if (hasWordApi13 && found.occurrence === 0) {
        const range = firstIn(paragraph, found.text);
        return { how: 'exact', range: () => range };
      }
      reads = true;
      return { how: 'exact', range: readSearch(paragraph, found.text, found.occurrence) };
    }
    const elsewhere = anywhere[i];
    return elsewhere ? { how: 'moved', range: elsewhere } : undefined;
  });
  if (reads) await context.sync();
  return spots.map((spot) => {
    const range = spot?.range();
    return spot && range ? { range, how: spot.how } : undefined;
  });
}

/**
 * The first place of a text in a paragraph (WordApi 1.3), for the batch being built; a text past Word's 255-character
 * search is found by its start, expanded to its end.
 */
export function firstIn(where: Word.Paragraph | Word.Range, text: string): Word.Range {
  const start = searchable(text, 'start');
  const options = { matchCase: true };
  const first = where.search(searchCode(start), options).getFirst();
  if (start.length === text.length) return first;
  const end = first.expandTo(where.getRange('End')).search(searchCode(searchable(text, 'end')), options).getFirst();
  return first.expandTo(end);
}

/** Queues a search whose results are read at the next sync; then the `occurrence`-th result (WordApi 1.1). */
function readSearch(where: Word.Paragraph | Word.Body, text: string, occurrence: number): () => Word.Range | undefined {
  const results = where.search(searchCode(searchable(text, 'start')), { matchCase: true });
  results.load('items');
  return () => results.items[occurrence];
}
