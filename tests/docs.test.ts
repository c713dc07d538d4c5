// The rule documentation and the README stay true to the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core';
import { MAX_QUOTE } from '../src/core/extract/context';
import { DEFAULT_LIMITS, MAX_INPUT_BYTES, megabytes } from '../src/io/limits';
import { MAX_MARKDOWN_CHARACTERS, MAX_MARKDOWN_MARKS, MAX_MARKDOWN_NESTING } from '../src/io/text/read';
import { MAX_SHEET_ROWS, MAX_SHEET_TEXT } from '../src/io/xlsx/read';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('documentation', () => {
  it('docs/rules.md lists every rule with its default severity, in catalogue order', () => {
    const rows = [...read('docs/rules.md').matchAll(/^\| `([a-z]+\/[a-z-]+)` \| (\w+) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(RULES.map((r) => [r.id, r.severity]));
  });

  it('the README Quick start has the two commands CI and users run', () => {
    const quickStart = /## Quick start[\s\S]*?```(?:sh|bash)?\n([\s\S]*?)```/.exec(read('README.md'))![1]!.trim().split('\n');
    expect(quickStart).toEqual(['npm ci && npm start', 'npm test']);
    expect(read('.ci/run')).toContain('npm test');
  });

  it('the README says what Docket refuses and caps with the numbers the code uses', () => {
    const section = /### What Docket refuses and caps([\s\S]*?)\n##/.exec(read('README.md'))![1]!.replace(/\s+/g, ' ');
    for (const promise of [
      `larger than ${megabytes(MAX_INPUT_BYTES)} MB`,
      `more than ${DEFAULT_LIMITS.maxEntries.toLocaleString('en')} entries`,
      `more than ${megabytes(DEFAULT_LIMITS.maxPartBytes)} MB, or parts that unpack to more than ${megabytes(DEFAULT_LIMITS.maxTotalBytes)} MB together`,
      `more than ${MAX_SHEET_ROWS.toLocaleString('en')} rows`,
      `${MAX_SHEET_TEXT / (1024 * 1024)} million characters`,
      `more than ${MAX_MARKDOWN_NESTING} levels deep`,
      `more than ${MAX_MARKDOWN_MARKS.toLocaleString('en')} emphasis or link marks`,
      `longer than ${MAX_MARKDOWN_CHARACTERS.toLocaleString('en')} characters`,
      `at most ${MAX_QUOTE} characters`,
    ]) {
      expect(section).toContain(promise);
    }
  });
});
