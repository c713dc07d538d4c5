// An empty document is reported as such rather than checked into an empty result that looks like success.
import type { Snapshot } from '../core';
import { ReadError } from './read-error';

export function requireText(snapshot: Snapshot): Snapshot {
  const hasText = snapshot.blocks.some((block) =>
    block.kind === 'paragraph'
      ? block.text.trim() !== ''
      : block.rows.some((row) => row.cells.some((cell) => cell.paragraphs.some((p) => p.text.trim() !== ''))),
  );
  if (!hasText) throw new ReadError('The document is empty: there is nothing to check.');
  return snapshot;
}
