// What the user is shown of their own edits before Docket writes over a block it generated.
import { describe, expect, it } from 'vitest';
import { changedLines } from '../../src/taskpane/generate/changes';

describe('the user’s changes inside a generated block', () => {
  it('lists only the rows that changed, what Docket wrote then what is there now, cells apart', () => {
    const written = '#\tCategory\tTD/C #\n1\tinfomration\tTD667R1\n2\tInformation\tTD599';
    const now = '#\tCategory\tTD/C #\r1\tInformation\tTD667R1\r2\tInformation\tTD599';
    expect(changedLines({ written, now })).toEqual([
      { kind: 'removed', text: '1 | infomration | TD667R1' },
      { kind: 'added', text: '1 | Information | TD667R1' },
    ]);
  });

  it('finds nothing when Word gives the same text with its own line ends', () => {
    expect(changedLines({ written: 'a\tb\nc\td', now: 'a\tb\r\nc\td' })).toEqual([]);
  });

  it('shows added and removed rows', () => {
    expect(changedLines({ written: 'a\nb\nc', now: 'a\nc\nd' })).toEqual([
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'd' },
    ]);
  });
});
