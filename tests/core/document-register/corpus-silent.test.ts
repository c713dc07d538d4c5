// The register rules need a document register: on every corpus document checked on its own, none of them fires.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/io/read-document';
import { analyseFile } from '../../helpers/analyse';
import { bytesOf, corpusFiles } from '../../helpers/shared';

const readable = corpusFiles().filter((path) => readDocument(path, bytesOf(path)).ok);

describe('the register rules without a register', () => {
  it.each(readable)('stay silent on %s', (path) => {
    expect(analyseFile(path).findings.filter((f) => f.ruleId.startsWith('register/'))).toEqual([]);
  });
});
