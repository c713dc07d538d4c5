// The preview's stand-in for what Office keeps in the document. A file's own settings — those Word or Excel saved in it
// (Office.context.document.settings, read from its webextension part) — are where it starts, as the pane in Word gets
// them; what the user changes in the preview is kept in the browser's storage, one entry per file (its name and a hash
// of its bytes as opened), and wins over the file's own from then on, so a reload that opens the same file finds the
// checking settings, the findings ignored and the document register as the user left them. Another version of the
// file (other bytes) starts again from its own settings. Measured against the same size limit as Office's settings,
// so the preview says what Word would.
import { IGNORES_KEY, SETTINGS_KEY } from '../core';
import { HostError, type DocumentRegisterStore, type SettingsStore } from '../office/host';
import { DOCUMENT_REGISTER_KEY, registerRoom } from '../office/settings';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** "docket:agenda.docx:9f86d081…": the file's name and the SHA-256 of its bytes (its size where Web Crypto is missing). */
export async function fileKey(name: string, bytes: Uint8Array): Promise<string> {
  const digest = globalThis.crypto?.subtle ? await globalThis.crypto.subtle.digest('SHA-256', bytes.slice()) : undefined;
  const hash = digest ? [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('') : `${bytes.length}-bytes`;
  return `docket:${name}:${hash}`;
}

/**
 * The stores of one file: `saved` is what the file itself keeps, by Office's setting name. A value removed in the
 * preview is kept as null, so the file's own value does not come back after a reload.
 */
export function browserSettings(
  storage: KeyValueStorage,
  fileKey: string,
  saved: ReadonlyMap<string, unknown> = new Map(),
): { settings: SettingsStore; ignores: SettingsStore; documentRegister: DocumentRegisterStore } {
  const entry = (what: string, officeKey: string) => {
    const key = `${fileKey}:${what}`;
    return {
      load: (): unknown => {
        const text = storage.getItem(key);
        return (text === null ? saved.get(officeKey) : (JSON.parse(text) as unknown)) ?? undefined;
      },
      save: (value: unknown): Promise<void> => {
        try {
          storage.setItem(key, JSON.stringify(value ?? null));
          return Promise.resolve();
        } catch (error) {
          return Promise.reject(new HostError(`The browser could not keep it (${(error as Error).message}).`, 'Free some of the browser storage for this page, then try again.'));
        }
      },
    };
  };
  const settings = entry('settings', SETTINGS_KEY);
  const ignores = entry('ignores', IGNORES_KEY);
  const register = entry('documentRegister', DOCUMENT_REGISTER_KEY);
  return {
    settings,
    ignores,
    documentRegister: {
      load: register.load,
      save: register.save,
      forget: () => register.save(null),
      room: () => registerRoom(settings.load(), ignores.load()),
    },
  };
}
