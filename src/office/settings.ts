// Checking settings saved in the document itself (Office.context.document.settings), so everyone who opens the
// document shares them.
import { HostError, type SettingsStore } from './host';

/** Checking settings; the comments Docket added (their ids). */
export const SETTINGS_KEY = 'docket.settings';
export const COMMENTS_KEY = 'docket.comments';

export function documentSettings(settings: Office.Settings, key = SETTINGS_KEY): SettingsStore {
  return {
    load: () => settings.get(key) as unknown,
    save: (value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(key, value);
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new HostError(`The settings could not be saved in the document (${result.error.message}).`, 'Make sure the document is not read-only, then save the settings again.')),
        );
      }),
  };
}
