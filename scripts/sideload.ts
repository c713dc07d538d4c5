// How to put the add-in into Office on this machine: register the manifest for desktop Word and Excel on Windows
// (the WEF developer registry key) or on a Mac (the applications' wef folders); anywhere else, the steps for Word
// on the web. Worked out here, carried out by start.ts.
import { join } from 'node:path';

export type Sideload =
  | { kind: 'registry'; command: string[]; apps: string[] }
  | { kind: 'copy'; targets: string[]; apps: string[] }
  | { kind: 'web'; steps: string[] };

export interface Machine {
  platform: NodeJS.Platform;
  home: string;
  exists(path: string): boolean;
}

const REGISTRY_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
const MAC_APPS: Record<string, string> = { Word: 'com.microsoft.Word', Excel: 'com.microsoft.Excel' };

export function sideloadPlan(machine: Machine, manifest: string, addinId: string, previewUrl: string): Sideload {
  if (machine.platform === 'win32') {
    return { kind: 'registry', command: ['reg', 'add', REGISTRY_KEY, '/v', addinId, '/t', 'REG_SZ', '/d', manifest, '/f'], apps: ['Word', 'Excel'] };
  }
  if (machine.platform === 'darwin') {
    const apps = Object.keys(MAC_APPS).filter((app) => machine.exists(`/Applications/Microsoft ${app}.app`));
    if (apps.length > 0) {
      const targets = apps.map((app) => join(machine.home, 'Library/Containers', MAC_APPS[app]!, 'Data/Documents/wef', 'docket.manifest.xml'));
      return { kind: 'copy', targets, apps };
    }
  }
  return {
    kind: 'web',
    steps: [
      'No desktop Word or Excel here. To use Docket in Word on the web:',
      '  1. Open https://localhost:3000/taskpane.html once in this browser and accept the development certificate',
      '     (or trust ~/.office-addin-dev-certs/ca.crt in the system and the browser).',
      '  2. Open a document in Word on the web (office.com), then Home > Add-ins > More Add-ins > My Add-ins >',
      `     Upload My Add-in, and choose ${manifest}.`,
      '  3. Select "Check agenda" on the Home tab. In Excel on the web, upload the same manifest and select "Check list".',
      `Or try Docket right here in the browser preview, with the sample agenda loaded: ${previewUrl}`,
    ],
  };
}
