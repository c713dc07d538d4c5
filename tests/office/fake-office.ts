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
