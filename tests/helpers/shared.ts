// Fixtures are read from ../shared beside the checkout (never copied into the project); DOCKET_SHARED points
// elsewhere when the checkout is not beside it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const SHARED = process.env.DOCKET_SHARED ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
if (!existsSync(join(SHARED, 'fixtures'))) {
  throw new Error(`The shared fixtures are not at ${SHARED}: tests read them from ../shared beside the checkout (or set DOCKET_SHARED).`);
}
export const TD514 = join(SHARED, 'fixtures/seeds/TSAG-RG-SOP-agenda-TD514.docx');
export const WP2 = join(SHARED, 'fixtures/seeds/TSAG-WP2-closing-plenary-agenda.docx');
export const CORPUS = join(SHARED, 'corpus');
export const LEGACY_DOC = join(CORPUS, 'docx/legacy-word97-S2-1811620.doc');
export const SA2_136 = join(CORPUS, 'docx/S2-1911962_SA2-136-Agenda_v7.docx');
export const SA2_164_LIST = join(CORPUS, 'docx/SA2-164-TdocsByAgenda.docx');

export function bytesOf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

/** Every file of the corpus (Word files and text agendas), as absolute paths. */
export function corpusFiles(): string[] {
  const top = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, f));
  const docx = readdirSync(join(CORPUS, 'docx')).map((f) => join(CORPUS, 'docx', f));
  return [...docx, ...top];
}
