// What the file system says about a path the user named, in the user's words: shared by what the command line reads
// (check) and where it writes (output).
import { statSync, type Stats } from 'node:fs';

/** Why a file-system call failed, as the user reads it: "permission denied" for EACCES, else the error's code. */
export function failureOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' ? 'permission denied' : code;
}

/** The file's status (through links, unless `stat` is lstat); undefined when there is none; why it cannot be looked at. */
export function statOf(path: string, stat: (path: string) => Stats = statSync): Stats | undefined | string {
  try {
    return stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return `${path} cannot be looked at (${failureOf(error)}).`;
  }
}
