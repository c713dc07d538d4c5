// The preview's stand-in for what Office keeps in the document: the browser's storage, one entry per file (its name
// and a hash of its bytes as opened), so a reload that opens the same file finds its checking settings, the findings
// ignored and its document register again. Measured against the same size limit as Office's settings, so the preview says what Word would.
import { HostError, type DocumentRegisterStore, type SettingsStore } from '../office/host';
import { registerRoom } from '../office/settings';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** "docket:agenda.docx:9f86d081…": the file's name and the SHA-256 of its bytes (its size where Web Crypto is missing). */
export async function fileKey(name: string, bytes: Uint8Array): Promise<string> {
  const digest = globalThis.crypto?.subtle ? await globalThis.crypto.subtle.digest('SHA-256', bytes.slice()) : undefined;
  const hash = digest ? [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('') : `${bytes.length}-bytes`;
  return `docket:${name}:${hash}`;
}

export function browserSettings(storage: KeyValueStorage, fileKey: string): { settings: SettingsStore; ignores: SettingsStore; documentRegister: DocumentRegisterStore } {
  const entry = (what: string) => {
    const key = `${fileKey}:${what}`;
    return {
      load: (): unknown => {
        const text = storage.getItem(key);
        return text === null ? undefined : (JSON.parse(text) as unknown);
      },
      save: (value: unknown): Promise<void> => {
        try {
          storage.setItem(key, JSON.stringify(value));
          return Promise.resolve();
        } catch (error) {
          return Promise.reject(new HostError(`The browser could not keep it (${(error as Error).message}).`, 'Free some of the browser storage for this page, then try again.'));
        }
      },
      remove: (): Promise<void> => {
        storage.removeItem(key);
        return Promise.resolve();
      },
    };
  };
  const settings = entry('settings');
  const ignores = entry('ignores');
  const register = entry('documentRegister');
  return {
    settings: { load: settings.load, save: settings.save },
    ignores: { load: ignores.load, save: ignores.save },
    documentRegister: {
      load: register.load,
      save: register.save,
      forget: register.remove,
      room: () => registerRoom(settings.load(), ignores.load()),
    },
  };
}
