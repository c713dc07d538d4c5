// What the recording fakes of Word and Excel share, as Office.js behaves: work is only queued until
// context.sync(), a loaded property cannot be read before the sync that loads it, queued operations run in order at
// the sync, a request Office rejects applies none of its batch, and every sync and call is counted.

export class ItemNotFound extends Error {
  readonly code = 'ItemNotFound';
}

/** What a fake counts: the syncs and the calls, by name. */
export interface Recorder {
  syncs: number;
  calls: string[];
}

/** The batch being built in one Word.run or Excel.run: queued operations, run in order at sync. */
export class Batch<D extends Recorder> {
  queue: (() => void)[] = [];
  constructor(readonly doc: D) {}
  record(call: string, operation?: () => void): void {
    this.doc.calls.push(call);
    if (operation) this.queue.push(operation);
  }
}

/** A value that exists only after the sync that loads it. */
export function loaded<T>(): { set(value: T): void; get(what: string): T } {
  let has = false;
  let value: T;
  return {
    set(v) {
      has = true;
      value = v;
    },
    get(what) {
      if (!has) throw new Error(`PropertyNotLoaded: ${what} was read before load() and context.sync()`);
      return value;
    },
  };
}

/** Document settings kept in memory. */
export function memoryStore() {
  let saved: unknown;
  return { load: () => saved, save: (value: unknown) => ((saved = value), Promise.resolve()) };
}

/** The document register kept in memory, with room for 2 MB. */
export function memoryRegisterStore() {
  const store = memoryStore();
  return { ...store, forget: () => store.save(undefined), room: () => 2_000_000 };
}

/**
 * context.sync(): counts the sync, then runs the batch's queue in order. The sync numbered `failAtSync` is rejected
 * before anything in it runs, as Office rejects a request; `check` may reject a batch too (a request too large).
 */
export async function syncBatch<D extends Recorder>(batch: Batch<D>, failAtSync: number | undefined, check?: () => void): Promise<void> {
  batch.doc.syncs++;
  const queue = batch.queue;
  batch.queue = [];
  if (batch.doc.syncs === failAtSync) throw Object.assign(new Error('The request failed.'), { code: 'GeneralException' });
  check?.();
  for (const operation of queue) operation();
  await Promise.resolve();
}

/** What an add-in's settings may take in one document, all together (Persist add-in state and settings). */
export const SETTINGS_LIMIT = 2_000_000;

/**
 * Office.context.document.settings as Microsoft documents Office.Settings (Word, Excel, PowerPoint), over a document
 * that keeps each setting as Office writes it into the file: its name and its value's JSON (a <we:property> of the
 * webextension part).
 *  - The settings saved in the document are loaded when the add-in starts, and the add-in works on an in-memory copy of
 *    them (Office.Settings remarks: "automatically loaded as part of the Document object"; Settings.saveAsync remarks).
 *  - set and remove change only that copy; saveAsync persists the whole copy in the document, each value "stored in the
 *    document as the serialized JSON representation of its data type" (Settings.set, Settings.remove, Settings.saveAsync:
 *    learn.microsoft.com/javascript/api/office/office.settings). What the next load reads is the value as JSON gives it back.
 *  - A value is a string, number, boolean, null, object or array (Office.Settings remarks); null is a value, so setting
 *    it does not remove the setting (Settings.remove remarks).
 *  - get of a setting that holds nothing gives null: Office.js's Settings.get returns `setting || null`.
 *  - refreshAsync reads the settings persisted in the document into the copy again, and gives the Settings object as
 *    the result's value (Settings.refreshAsync).
 *  - saveAsync and refreshAsync answer through a callback's AsyncResult: status "succeeded" or "failed" (with
 *    error.message), saveAsync's value undefined (Settings.saveAsync). About 2 MB of an add-in's settings are kept in a
 *    document (learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings): a larger save fails.
 */
export class FakeSettings {
  private copy: Record<string, unknown>;
  /** How many saves the document took. */
  saves = 0;
  /** Why the next saves fail (a read-only document), when they do. */
  failSave?: string;

  /**
   * `document` is what the file keeps (name → JSON); `persist` is told what the document keeps after each save (the
   * browser test hands it back to the test, as the file Word would save).
   */
  constructor(
    private document: Record<string, string> = {},
    private readonly persist: (document: Record<string, string>) => void | Promise<void> = () => undefined,
  ) {
    this.copy = FakeSettings.loaded(document);
  }

  private static loaded(document: Record<string, string>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(document).map(([name, json]) => [name, JSON.parse(json) as unknown]));
  }

  /** What the document keeps now: each setting's JSON. */
  get kept(): Record<string, string> {
    return { ...this.document };
  }

  get(name: string): unknown {
    return this.copy[name] || null;
  }

  set(name: string, value: unknown): void {
    this.copy[name] = value;
  }

  remove(name: string): void {
    delete this.copy[name];
  }

  saveAsync(callback?: (result: { status: string; value: undefined; error?: { message: string } }) => void): void {
    const document = Object.fromEntries(Object.entries(this.copy).map(([name, value]) => [name, JSON.stringify(value)]));
    const size = Object.entries(document).reduce((n, [name, json]) => n + name.length + new TextEncoder().encode(json).length, 0);
    const refused = this.failSave ?? (size > SETTINGS_LIMIT ? 'The settings are larger than a document keeps.' : undefined);
    if (refused !== undefined) {
      queueMicrotask(() => callback?.({ status: 'failed', value: undefined, error: { message: refused } }));
      return;
    }
    void Promise.resolve(this.persist(document)).then(() => {
      this.document = document;
      this.saves++;
      callback?.({ status: 'succeeded', value: undefined });
    });
  }

  refreshAsync(callback?: (result: { status: string; value: FakeSettings }) => void): void {
    this.copy = FakeSettings.loaded(this.document);
    queueMicrotask(() => callback?.({ status: 'succeeded', value: this }));
  }
}
