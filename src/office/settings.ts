// Checking settings saved in the document itself (Office.context.document.settings), so everyone who opens the
// document shares them.
import { HostError, type SettingsStore } from './host';

/** Checking settings. */
export const SETTINGS_KEY = 'docket.settings';

export function documentSettings(settings: Office.Settings): SettingsStore {
  return {
    load: () => settings.get(SETTINGS_KEY) as unknown,
    save: (value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(SETTINGS_KEY, value);
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new HostError(`The settings could not be saved in the document (${result.error.message}).`, 'Make sure the document is not read-only, then save the settings again.')),
        );
      }),
  };
}
