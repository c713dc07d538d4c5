// The floor every reading of a .docx stands on: unzip its main part and scan its text runs (<w:t>) with a regular
// expression — no structure, no extraction, no checking. `npm run bench` runs it in process beside Docket's core,
// and, bundled like the command line, as a whole process beside `docket check`. Run directly: the characters of text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

/** The characters in the text runs of a .docx. */
export function floor(bytes: Uint8Array): number {
  const xml = strFromU8(unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']!);
  let characters = 0;
  for (const run of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) characters += run[1]!.length;
  return characters;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(floor(new Uint8Array(readFileSync(process.argv[2]!))));
