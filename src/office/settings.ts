// Checking settings saved in the document itself (Office.context.document.settings), so everyone who opens the
// document shares them.
import { HostError, type SettingsStore } from './host';

/** Checking settings; and what Docket last wrote in each of its blocks, to see the user's edits. */
export const SETTINGS_KEY = 'docket.settings';
export const WRITTEN_KEY = 'docket.written';

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
