// The text and Markdown agendas of ../shared/corpus against the expectation files a person wrote after reading each
// (tests/corpus/<path with "/" as "__">.json): every finding listed, every listed one found (as often as its count
// says), nothing from mustNotFind, and the counts of what was extracted. The shared corpus runner reads the same files.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Finding } from '../../src/core';
import { analyseFile } from '../helpers/analyse';
import { CORPUS } from '../helpers/shared';

const Expectation = z.object({
  file: z.string(),
  reading: z.string().min(1),
  extracted: z.object({ sessions: z.number(), items: z.number(), citations: z.number(), documents: z.number(), actions: z.number() }),
  findings: z.array(z.object({ rule: z.string(), quote: z.string(), why: z.string().min(1), count: z.number().int().positive().optional() })),
  mustNotFind: z.array(z.object({ rule: z.string(), quote: z.string().optional(), why: z.string().min(1) })),
  provisional: z.boolean().optional(),
});

/** The text documents this file checks: IETF agendas at the top, Markdown ones in more/. */
const OWN = /^(?:ietf-.*\.txt|more__.*\.md)\.json$/;
const DIR = new URL('./', import.meta.url);
const files = readdirSync(DIR).filter((name) => OWN.test(name));

const matches = (finding: Finding, rule: string, quote: string | undefined) =>
  finding.ruleId === rule && (quote === undefined || finding.location.text.includes(quote) || finding.message.includes(quote));

describe('text and Markdown agendas read as a careful person reads them', () => {
  it('has an expectation file for every one of them', () => {
    const texts = readdirSync(CORPUS).filter((n) => /^ietf-.*\.txt$/.test(n));
    const markdown = readdirSync(`${CORPUS}/more`).filter((n) => n.endsWith('.md')).map((n) => `more__${n}`);
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...texts, ...markdown].sort());
  });

  it.each(files)('%s', (name) => {
    const expected = Expectation.parse(JSON.parse(readFileSync(new URL(name, DIR), 'utf8')));
    expect(expected.file.replaceAll('/', '__')).toBe(name.replace(/\.json$/, ''));
    const { meeting, findings } = analyseFile(`${CORPUS}/${expected.file}`);
    const { sessions, agenda, citations, documents, actions } = meeting;
    expect({ sessions: sessions.length, items: agenda.length, citations: citations.length, documents: documents.length, actions: actions.length }).toEqual(expected.extracted);
    const line = (f: Finding) => `${f.ruleId}: ${f.message} [${f.location.text}]`;
    for (const entry of expected.findings) {
      const found = findings.filter((f) => matches(f, entry.rule, entry.quote));
      expect(found.map(line), `${entry.rule} "${entry.quote}"`).toHaveLength(entry.count ?? 1);
    }
    const unlisted = findings.filter((f) => !expected.findings.some((e) => matches(f, e.rule, e.quote)));
    expect(unlisted.map(line), 'findings no expectation lists').toEqual([]);
    const forbidden = findings.filter((f) => expected.mustNotFind.some((e) => matches(f, e.rule, e.quote)));
    expect(forbidden.map(line), 'findings that must not be').toEqual([]);
  });
});
