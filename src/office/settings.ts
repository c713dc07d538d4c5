// Checking settings saved in the document itself (Office.context.document.settings), so everyone who opens the
// document shares them. Office keeps them in the file when the user saves the document, and holds about 2 MB.
import { HostError, type SettingsStore } from './host';

/** Checking settings; the comments Docket added (their ids). */
export const SETTINGS_KEY = 'docket.settings';
export const COMMENTS_KEY = 'docket.comments';

/** What a document's settings hold at most (Office.Settings: about 2 MB for all of an add-in's settings). */
export const SETTINGS_LIMIT = 2 * 1024 * 1024;

export function documentSettings(settings: Office.Settings, key = SETTINGS_KEY): SettingsStore {
  return {
    load: () => settings.get(key) as unknown,
    save: (value) =>
      new Promise<void>((resolve, reject) => {
        const size = JSON.stringify(value).length;
        if (size > SETTINGS_LIMIT) {
          return reject(new HostError(`These settings take ${Math.ceil(size / 1024)} KB, more than the 2 MB a document can keep.`, 'Keep fewer categories (or a smaller document register), then save again.'));
        }
        settings.set(key, value);
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new HostError(`The settings could not be saved in the document (${result.error.message}).`, 'Make sure the document is not read-only, then save the settings again.')),
        );
      }),
  };
}
