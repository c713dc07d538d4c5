import { describe, expect, it } from 'vitest';
import { sideloadPlan } from '../../scripts/sideload';

const manifest = '/work/docket/manifest.xml';
const preview = 'https://localhost:3000/preview.html?sample';

describe('sideloading on each kind of machine', () => {
  it('registers the manifest for desktop Word and Excel on Windows', () => {
    const plan = sideloadPlan({ platform: 'win32', home: 'C:\\Users\\ada', exists: () => false }, manifest, 'the-id', preview);
    expect(plan).toEqual({
      kind: 'registry',
      command: ['reg', 'add', 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer', '/v', 'the-id', '/t', 'REG_SZ', '/d', manifest, '/f'],
      apps: ['Word', 'Excel'],
    });
  });

  it('copies the manifest into the wef folder of each Office application installed on a Mac', () => {
    const plan = sideloadPlan({ platform: 'darwin', home: '/Users/ada', exists: (p) => p === '/Applications/Microsoft Word.app' }, manifest, 'id', preview);
    expect(plan).toEqual({ kind: 'copy', targets: ['/Users/ada/Library/Containers/com.microsoft.Word/Data/Documents/wef/docket.manifest.xml'], apps: ['Word'] });
  });

  it.each(['linux', 'darwin'] as const)('explains Word on the web and offers the preview where there is no desktop Office (%s)', (platform) => {
    const plan = sideloadPlan({ platform, home: '/home/ada', exists: () => false }, manifest, 'id', preview);
    expect(plan.kind).toBe('web');
    if (plan.kind !== 'web') return;
    const text = plan.steps.join('\n');
    expect(text).toContain('Upload My Add-in');
    expect(text).toContain(manifest);
    expect(text).toContain(preview);
  });
});
