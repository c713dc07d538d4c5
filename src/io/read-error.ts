// A file that cannot be read at all: one clear line for the user, never a stack trace. A file that could be read
// may come with notes: what the reader had to guess (an encoding), for the user to see beside the findings.

export class ReadError extends Error {
  override readonly name = 'ReadError';
}

export type ReadResult<T> = { ok: true; value: T; notes: string[] } | { ok: false; message: string };

/** Tells the user something about how a file was read. */
export type Note = (message: string) => void;

/**
 * Run a reader, turning a ReadError into a failed result; what it notes comes with its value. Anything else is a bug
 * and is rethrown.
 */
export function attempt<T>(read: (note: Note) => T): ReadResult<T> {
  const notes: string[] = [];
  try {
    return { ok: true, value: read((message) => notes.push(message)), notes };
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, message: error.message };
    throw error;
  }
}
