// What a document register tells the Annex A generator about each document: its category, source and title.
import type { DocumentRecord } from '../generate/annex';
import type { DocumentRegister } from '../model/document-register';

export function documentRecordsOf(register: DocumentRegister): DocumentRecord[] {
  return register.documents.map(({ id, category, source, title }) => ({
    id,
    ...(category !== undefined ? { category } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(title !== undefined ? { title } : {}),
  }));
}
