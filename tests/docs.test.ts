// The rule documentation and the README stay true to the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core';

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
});
