// Read a file from ../shared and run the whole pipeline on it.
import { basename } from 'node:path';
import { analyse, type Config, type Finding, type Meeting, type Snapshot } from '../../src/core';
import { readDocument } from '../../src/io/read-document';
import { bytesOf } from './shared';

export function analyseFile(path: string, config?: Config): { snapshot: Snapshot; meeting: Meeting; findings: Finding[] } {
  const read = readDocument(basename(path), bytesOf(path));
  if (!read.ok) throw new Error(read.message);
  return { snapshot: read.value, ...analyse(read.value, config) };
}
