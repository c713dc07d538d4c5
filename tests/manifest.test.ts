// The add-in manifest: valid against Microsoft's schemas (offline, with xmllint), one manifest for Word and Excel,
// the narrowest permission, no requirement set that would hide the add-in from a host, and icons at the sizes asked.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED } from './helpers/shared';

const MANIFEST = fileURLToPath(new URL('../manifest.xml', import.meta.url));
const SCHEMA = `${SHARED}/schemas-office-manifest/OfficeAppManifestV1_1.xsd`;
const xml = readFileSync(MANIFEST, 'utf8');

function xmllint(...args: string[]): string {
  try {
    return execFileSync('xmllint', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new Error('The manifest check needs xmllint: install it with "apt-get install -y libxml2-utils".');
    throw new Error(`xmllint: ${failure.stderr ?? failure.message}`);
  }
}

/** Width and height of a PNG, from its header. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('validates against the Office add-in manifest schemas', () => {
    expect(() => xmllint('--noout', '--schema', SCHEMA, MANIFEST)).not.toThrow();
  });

  it('is one task pane for Word and Excel, asking only to read and write the document', () => {
    expect(xml).toContain('xsi:type="TaskPaneApp"');
    expect([...xml.matchAll(/<Host Name="(\w+)"\/>/g)].map((m) => m[1])).toEqual(['Document', 'Workbook']);
    expect([...xml.matchAll(/<Host xsi:type="(\w+)">/g)].map((m) => m[1])).toEqual(['Document', 'Workbook']);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).not.toContain('<Requirements>');
  });

  it('puts Check agenda in Word, Check list in Excel (both check at once) and Docket on the Home tab', () => {
    expect(xml.match(/<OfficeTab id="TabHome">/g)).toHaveLength(2);
    expect(xml).toContain('<bt:String id="Check.Label" DefaultValue="Check agenda"/>');
    const workbook = xml.slice(xml.indexOf('<Host xsi:type="Workbook">'));
    expect(workbook).toContain('<Label resid="CheckList.Label"/>');
    expect(xml).toContain('<bt:String id="CheckList.Label" DefaultValue="Check list"/>');
    expect(xml).toContain('<bt:String id="Open.Label" DefaultValue="Docket"/>');
    expect(xml).toContain('taskpane.html?run=check');
  });

  it('has every icon it names, at its size', () => {
    const icons = [...xml.matchAll(/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
    expect(new Set(icons)).toEqual(new Set([16, 32, 64, 80]));
    for (const size of icons) {
      const path = fileURLToPath(new URL(`../assets/icon-${size}.png`, import.meta.url));
      expect(existsSync(path)).toBe(true);
      expect(pngSize(path)).toEqual([size, size]);
    }
  });

  it('points only at pages and files the build produces', () => {
    const dist = fileURLToPath(new URL('../dist/', import.meta.url));
    const files = [...new Set([...xml.matchAll(/https:\/\/localhost:3000\/([^"?]+)/g)].map((m) => m[1]!))];
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(existsSync(`${dist}${file}`), file).toBe(true);
    expect(existsSync(`${dist}manifest.xml`)).toBe(true);
  });
});
