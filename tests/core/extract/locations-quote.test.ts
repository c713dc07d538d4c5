// Every location quotes text that is literally where it points, so a host can find and select it.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsAt, type Location } from '../../../src/core';
import { readDocument } from '../../../src/io/read-document';
import { LEGACY_DOC, TD514, WP2, bytesOf, corpusFiles } from '../../helpers/shared';

describe('quoted text is where its location points', () => {
  it.each([TD514, WP2, ...corpusFiles().filter((f) => f !== LEGACY_DOC)])('%s', (path) => {
    const read = readDocument(basename(path), bytesOf(path));
    if (!read.ok) throw new Error(read.message);
    const snapshot = read.value;
    const { meeting, findings } = analyse(snapshot);
    const locations: Location[] = [
      ...findings.map((f) => f.location),
      ...meeting.citations.map((c) => c.location),
      ...meeting.documents.map((d) => d.location),
      ...meeting.agenda.map((a) => a.location),
      ...meeting.sessions.map((s) => s.location),
      ...meeting.slots.map((s) => s.location),
      ...meeting.actions.map((a) => a.location),
      ...meeting.interimMeetings.map((m) => m.location),
      ...meeting.dates.map((d) => d.location),
      ...meeting.tables.map((t) => t.location),
    ];
    const misplaced = locations.filter((l) => l.text !== '' && !paragraphsAt(snapshot, l).some((p) => p.text.includes(l.text)));
    expect(misplaced).toEqual([]);
  });
});
