// Looking documents up in one or more document registers, as the register rules need it: the register's row for a
// cited document (the revision cited, or the document in the revision the register has), its latest revision (by
// revision number and by "Revised to" chains, however long), and whether a register covers a citation at all — a TD
// list says nothing about contributions, and a 3GPP list nothing about Tdocs of earlier meetings.
import type { DocumentRegister, RegisteredDocument } from '../model/document-register';
import { documentKey, parseDocumentId, type DocumentId } from '../refs/document-id';

export interface DocumentRegisterLookup {
  /** "the document register (list.xlsx)", for messages. */
  readonly name: string;
  readonly documents: readonly RegisteredDocument[];
  /** The row of a document: the revision cited, else the document's highest revision (undefined for a later revision than the register has). */
  find(id: string): RegisteredDocument | undefined;
  /** The register's highest revision of a document's number, when it has the number. */
  highest(id: string): RegisteredDocument | undefined;
  /** The latest revision of a document: its highest revision, followed along "Revised to" to the end. */
  latest(id: string): string;
  /** Whether a register lists documents of this kind (type, and for 3GPP numbers of this meeting or later). */
  covers(id: string): boolean;
}

export function documentRegisterLookup(registers: readonly DocumentRegister[]): DocumentRegisterLookup | undefined {
  const documents = registers.flatMap((r) => r.documents);
  if (documents.length === 0) return undefined;
  const byId = new Map<string, RegisteredDocument>();
  const byKey = new Map<string, { document: RegisteredDocument; revision: number }[]>();
  /** The lowest 3GPP number of each working group's Tdocs: lower numbers are earlier meetings'. */
  const first = new Map<string, number>();
  const types = new Set<string>();
  for (const document of documents) {
    const id = parseDocumentId(document.id);
    if (!id || byId.has(document.id)) continue;
    byId.set(document.id, document);
    const key = documentKey(id);
    byKey.set(key, [...(byKey.get(key) ?? []), { document, revision: id.revision ?? 0 }]);
    types.add(typeOf(id));
    if (id.family === '3gpp') first.set(id.type, Math.min(first.get(id.type) ?? Infinity, Number(id.number)));
  }
  const highest = (id: DocumentId) => byKey.get(documentKey(id))?.reduce((a, b) => (b.revision > a.revision ? b : a));

  const lookup: DocumentRegisterLookup = {
    name: `the document register (${registers.map((r) => r.name).join(', ')})`,
    documents: [...byId.values()],
    find(text) {
      const exact = byId.get(text);
      if (exact) return exact;
      const id = parseDocumentId(text);
      const top = id && highest(id);
      return top && (id.revision ?? 0) <= top.revision ? top.document : undefined;
    },
    highest(text) {
      const id = parseDocumentId(text);
      return id ? highest(id)?.document : undefined;
    },
    latest(text) {
      const newest = (at: string) => {
        const id = parseDocumentId(at);
        const top = id && highest(id);
        return top && top.revision > (id.revision ?? 0) ? top.document.id : at;
      };
      const seen = new Set<string>();
      let current = newest(text);
      while (!seen.has(current)) {
        seen.add(current);
        const next = byId.get(current)?.revisedTo;
        if (next === undefined) break;
        current = newest(next);
      }
      return current;
    },
    covers(text) {
      const id = parseDocumentId(text);
      if (!id || id.group !== undefined || !types.has(typeOf(id))) return false;
      return id.family !== '3gpp' || Number(id.number) >= first.get(id.type)!;
    },
  };
  return lookup;
}

function typeOf(id: DocumentId): string {
  return `${id.family}:${id.type}`;
}
