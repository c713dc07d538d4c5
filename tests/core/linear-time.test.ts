// Linear time on every input: each pattern or scan that once backtracked (or looped) quadratically or worse gets an
// input of about 100 KB built to hit it. Linear, each runs in milliseconds; quadratic, in minutes (cubic: never), so
// vitest's timeout below (10 s, far past any linear run on a loaded machine) is the judge, not a measured time.
import { describe, expect, it } from 'vitest';
import { analyse, categoryJudge, zoneNamedIn, DEFAULT_CATEGORIES, findDates, findReferences, registerRows, tableOfCells, type Block, type Snapshot } from '../../src/core';
import { writtenMinutes } from '../../src/core/extract/minutes';
import { findWeekdayDays } from '../../src/core/time/dates';
import { readDocument } from '../../src/io/read-document';

const N = 100_000;
const TIMEOUT = 10_000;

const paragraph = (text: string, label?: string): Block => ({ kind: 'paragraph', text, ...(label ? { label } : {}) });
const snapshot = (...blocks: Block[]): Snapshot => ({ blocks });
const spaces = (n: number) => ' '.repeat(n);

interface Case {
  /** Where the pattern or the scan lives. */
  owner: string;
  what: string;
  run: () => unknown;
}

const CASES: Case[] = [
  {
    owner: 'io/text/read.ts (GFM separator row)',
    what: 'spaces around the dashes of a row that is not a separator',
    run: () => readDocument('list.txt', new TextEncoder().encode(`a | b\n${spaces(N / 4)}---${spaces(N / 4)}|${spaces(N / 4)}---${spaces(N / 4)}x\n`)),
  },
  {
    owner: 'io/text/read.ts (Markdown sniffing)',
    what: 'a line with dashes and long runs of spaces, tested to tell Markdown',
    run: () => readDocument('agenda.txt', new TextEncoder().encode(`Agenda\n${spaces(N / 2)}---${spaces(N / 2)}-x\n`)),
  },
  ...(
    [
      ['blockquotes', `${'>'.repeat(N / 20)} TD514`],
      ['list items on one line', `${'- '.repeat(N / 20)}TD514`],
      ['list items by indentation', Array.from({ length: 400 }, (_, i) => `${spaces(2 * i)}- TD${i}`).join('\n')],
      ['emphasis', `${'*'.repeat(N / 20)}TD514${'*'.repeat(N / 20)}`],
      ['emphasis with underscores', `${'_'.repeat(N / 20)}TD514${'_'.repeat(N / 20)}`],
      ['images in links', `${'!['.repeat(N / 20)}TD514${'](x)'.repeat(N / 20)}`],
    ] as const
  ).map(([nesting, markdown]): Case => ({
    owner: 'io/text/read.ts (Markdown nesting)',
    what: `${nesting} nested thousands deep: read as plain text, and said so`,
    run: () => {
      const read = readDocument('agenda.md', new TextEncoder().encode(`# Agenda\n\n${markdown}\n`));
      expect(read).toMatchObject({ ok: true, notes: [expect.stringMatching(/^Read as plain text: its Markdown nests more than 100 levels deep/)] });
      expect(JSON.stringify(read)).toContain('TD');
    },
  })),
  ...(
    [
      ['blockquote markers alone on a line', `${'> '.repeat(N / 20)}\n\n`, /nests more than 100 levels deep/],
      ['numbered list markers alone on a line', `${'1. '.repeat(N / 30)}\n\n`, /nests more than 100 levels deep/],
      ['emphasis marks in one paragraph', '*a'.repeat(N / 2), /holds more than 2,000 emphasis or link marks/],
      ['strong emphasis marks in one paragraph', '**a'.repeat(N / 3), /holds more than 2,000 emphasis or link marks/],
      ['links in one paragraph', '[a]'.repeat(N / 3), /holds more than 2,000 emphasis or link marks/],
      ['emphasis on each line of one quoted paragraph', '> *a\n'.repeat(N / 5), /holds more than 2,000 emphasis or link marks/],
      ['list items, more than the parser reads in seconds', '- a\n'.repeat(N), /longer than 200,000 characters/],
    ] as const
  ).map(([what, markdown, said]): Case => ({
    owner: 'io/text/read.ts (Markdown the parser is slow on)',
    what: `${what}: read as plain text, and said so`,
    run: () => expect(readDocument('agenda.md', new TextEncoder().encode(`# Agenda\n\n${markdown}TD514\n`))).toMatchObject({ ok: true, notes: [expect.stringMatching(said)] }),
  })),
  {
    owner: 'core/refs/meeting-number.ts',
    what: 'a long word near the top, with no "#" after it',
    run: () => analyse(snapshot(paragraph('A'.repeat(N)), paragraph('Agenda'))),
  },
  {
    owner: 'core/time/dates.ts (", year" after a date)',
    what: 'a date followed by a long run of spaces and no year',
    run: () => [findDates(`1 August${spaces(N)}x`), findDates(`August 1${spaces(N)}x`), findDates(`1-2 August${spaces(N)}x`), findDates(`Aug 1-2${spaces(N)}x`)],
  },
  {
    owner: 'core/time/dates.ts (weekday before a date)',
    what: 'a weekday followed by a long run of spaces and no date',
    run: () => findDates(`Monday${spaces(N)}x 1`),
  },
  {
    owner: 'core/time/dates.ts (dates already read)',
    what: 'sixty thousand dates in one paragraph (400 KB: each date is short)',
    run: () => expect(findDates('1 Jan '.repeat((4 * N) / 6))).toHaveLength(Math.floor((4 * N) / 6)),
  },
  {
    owner: 'core/time/dates.ts (weekdays before a range and before its last day)',
    what: 'weekday ranges and range ends followed by long runs of spaces and no date',
    run: () => [findDates(`Monday-Tuesday${spaces(N)}x 1`), findDates(`Mon –${spaces(N)}Wed${spaces(N)}3`), findDates(`3 - Friday${spaces(N)}x`), findDates(`May 3 - Friday${spaces(N)}x`)],
  },
  {
    owner: 'core/time/dates.ts (a weekday with an ordinal day and no month)',
    what: 'ordinal days followed by long runs of spaces, and thousands of weekdays',
    run: () => {
      expect(findWeekdayDays(`Tuesday${spaces(N)}12th${spaces(N)}x`)).toHaveLength(1);
      expect(findWeekdayDays(`Tuesday 12th,${spaces(N)}of${spaces(N)}x`)).toHaveLength(1);
      expect(findWeekdayDays(`${'Monday, '.repeat(N / 8)}1st`)).toHaveLength(1);
    },
  },
  {
    owner: 'core/time/zones.ts and core/extract/zoned-times.ts (zone labels after a time)',
    what: 'thousands of labelled times and labels, and long runs of spaces around a label',
    run: () => {
      const { meeting } = analyse(
        snapshot(
          paragraph(`1 March 2025 ${'08:00 PT / 15:00 UTC '.repeat(N / 21)}`),
          paragraph(`1 March 2025 08:00 ${'UTC/'.repeat(N / 4)}`),
          paragraph(`1 March 2025 08:00${spaces(N)}UTC${spaces(N)}/ 09:00 Geneva${spaces(N)}time`),
        ),
      );
      expect(meeting.zonedTimes.flatMap((z) => z.times).length).toBeGreaterThan((2 * N) / 21 - 2);
      expect(zoneNamedIn(`Geneva${spaces(N)}x ${'IST/'.repeat(N / 4)}`)).toBeUndefined();
    },
  },
  {
    owner: 'core/refs/find.ts (parenthesized citations)',
    what: 'twenty thousand citations in one pair of parentheses, and as many pairs',
    run: () => {
      expect(findReferences(`(${'TD1, '.repeat(N / 5)})`).citations.every((c) => c.parenthesized)).toBe(true);
      expect(findReferences('(TD1) '.repeat(N / 6)).citations.every((c) => c.parenthesized)).toBe(true);
      expect(findReferences(`${'('.repeat(N / 2)}TD1${')'.repeat(N / 2)}`).citations).toHaveLength(1);
    },
  },
  {
    owner: 'core/extract/text-agenda.ts (minutes after a title)',
    what: 'a long run of spaces before an unclosed "(5 min" (a guard: squashed text kept the old pattern linear too)',
    run: () => analyse(snapshot(paragraph('Agenda'), paragraph(`x${spaces(N)}(5 min`))),
  },
  {
    owner: 'core/list/categories.ts (a "(…)" qualifier)',
    what: 'a category of opening parentheses',
    run: () => categoryJudge(DEFAULT_CATEGORIES)(`${'('.repeat(N)}x`),
  },
  {
    owner: 'core/rules/action/duplicate-text.ts (trailing dots)',
    what: 'action texts of dots that do not end the text',
    run: () => analyse(snapshot(paragraph(`Anticipated action A-1: ${'.'.repeat(N)}x.`), paragraph(`Anticipated action A-2: ${'.'.repeat(N)}x.`))),
  },
  {
    owner: 'core/rules/numbering/duplicate-item.ts (trailing punctuation)',
    what: 'list item titles of dots that do not end the title',
    run: () => analyse(snapshot(...['1.', '2.', '3.'].map((label) => paragraph(`${'.'.repeat(N)}x.`, label)))),
  },
  ...(
    [
      ['a sentence without a closing dot', `A${' word'.repeat(N / 5)}x`],
      ['dots that do not end the topic', `5G (6.1) ${'.'.repeat(N)}x`],
      ['tdoc counts and spaces', `eNA (7.5) ${'- 1 '.repeat(N / 4)}x`],
    ] as const
  ).map(([what, text]) => ({
    owner: 'core/extract/time-grid.ts (the topics of a grid cell)',
    what,
    run: () => analyse(snapshot(tableOfCells([['', 'Monday', 'Tuesday', 'Wednesday'].map((t) => ({ text: t })), [{ text: '08:00\nQ1\n10:00' }, { text }, { text: `09:00 ${text}` }, { text: '' }]]))),
  })),
  {
    owner: 'core/extract/rooms.ts (a room list line)',
    what: 'a long paragraph below a grid that starts like a room list line',
    run: () => analyse(snapshot(tableOfCells([['', 'Monday', 'Tuesday', 'Wednesday'], ['08:00\nQ1\n10:00', 'a (1)', '', ''], ['', 'b (2)', '', '']].map((r) => r.map((t) => ({ text: t })))), paragraph(`Main room${' room'.repeat(N / 5)}:`))),
  },
  ...(
    [
      ['minutes before a title', `1${spaces(N)}min${spaces(N)}x`],
      ['minutes after a title', `${'(1 '.repeat(N / 3)}x`],
      ['minutes after a title, dashes', `${'- 1 '.repeat(N / 4)}min x`],
      ['a requester and its minutes', `a@b${', 1'.repeat(N / 3)} x`],
      ['a field of minutes', `Time requested:${spaces(N)}1 x`],
    ] as const
  ).map(([what, text]): Case => ({
    owner: 'core/extract/minutes.ts',
    what,
    run: () => {
      writtenMinutes(text);
      writtenMinutes(text, true);
    },
  })),
  {
    owner: 'core/extract/minutes.ts (bare minutes)',
    what: 'thousands of "(1)" in one line, where parentheses are minutes',
    run: () => expect(writtenMinutes(`${'(1) '.repeat(N / 4)}x`, true)?.minutes).toBe(1),
  },
  {
    owner: 'core/refs/find.ts (Internet-Drafts)',
    what: 'a draft name of thousands of words, in text, an address and a link',
    run: () => {
      const name = `draft${'-a'.repeat(N / 6)}`;
      findReferences(`${name}! https://x/${name}!`, [`https://x/${name}`, `draft-${'-'.repeat(N)}`]);
    },
  },
  {
    owner: 'core/time/dates.ts (ISO dates with a weekday)',
    what: 'weekdays and open parentheses before digits that are no date',
    run: () => findDates(`${'Sunday ( 2024-1'.repeat(N / 16)}x`),
  },
  {
    owner: 'core/extract/text-agenda.ts (windows, fields, breaks)',
    what: 'a window among thousands of dates in parentheses, field labels and break words',
    run: () =>
      analyse(
        snapshot(
          paragraph(`Time:${spaces(N / 4)}10:00-11:00 ${'(1 May 2024 '.repeat(N / 24)}`),
          paragraph(`10:00-11:00 ${spaces(N / 4)}${'1'.repeat(N / 4)} lunch`),
          paragraph(`As${spaces(N / 4)}time${spaces(N / 4)}x`, '•'),
        ),
      ),
  },
  {
    owner: 'core/generate/register.ts (who an asking verb addresses)',
    what: 'an action that invites, then a long run of spaces and no "to" (the reader squashes spaces; a register row is made from any action)',
    run: () => {
      const { meeting } = analyse(snapshot(paragraph('Agenda'), paragraph('Anticipated action A-1: WP2 invites SG9 to act.')));
      const texts = [`WP2 invites${spaces(N)}x`, `WP2 invites x${spaces(N)}x`, `WP2 invites x${spaces(N)}to`, `WP2 invites${spaces(N)}SG9 to act`];
      const rows = registerRows({ ...meeting, actions: texts.map((text) => ({ ...meeting.actions[0]!, text })) });
      expect(rows.map((row) => row.addressedTo)).toEqual(['WP2', 'WP2', 'WP2', 'SG9']);
    },
  },
];

describe('linear time on pathological inputs of about 100 KB', () => {
  it.each(CASES.map((c) => [c.owner, c.what, c] as const))('%s: %s', (_, __, { run }) => {
    run();
  }, TIMEOUT);
});
