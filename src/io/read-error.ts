// A file that cannot be read at all: one clear line for the user, never a stack trace.

export class ReadError extends Error {
  override readonly name = 'ReadError';
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Run a reader, turning a ReadError into a failed result; anything else is a bug and is rethrown. */
export function attempt<T>(read: () => T): ReadResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, message: error.message };
    throw error;
  }
}
