// Checking settings saved in the document itself (Office.context.document.settings), so everyone who opens the
// document shares them.
import { HostError, type SettingsStore } from './host';

const KEY = 'docket.settings';

export function documentSettings(settings: Office.Settings): SettingsStore {
  return {
    load: () => settings.get(KEY) as unknown,
    save: (value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(KEY, value);
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new HostError(`Word could not save the settings in the document (${result.error.message}).`, 'Make sure the document is not read-only, then save the settings again.')),
        );
      }),
  };
}
