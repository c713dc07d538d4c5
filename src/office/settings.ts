// What Docket keeps in the document itself (Office.context.document.settings), so everyone who opens it shares it:
// the checking settings, the findings ignored, the ids of the comments Docket added, and the meeting's document
// register (its fields, not the file). Office keeps them in the file when the user saves the document, and about 2 MB of an add-in's settings
// in all; the register is measured against what the checking settings leave.
import { IGNORES_KEY, SETTINGS_KEY, type DocumentRegister } from '../core';
import { HostError, type DocumentRegisterStore, type SettingsStore } from './host';

/** The comments Docket added (their ids); the checking settings are kept under SETTINGS_KEY, the ignores under IGNORES_KEY (core). */
export const COMMENTS_KEY = 'docket.comments';
/** The meeting's document register (not the action register, which is a sheet of its own). */
export const DOCUMENT_REGISTER_KEY = 'docket.documentRegister';
/** What Office keeps of an add-in's settings in one document, all settings together. */
export const SETTINGS_LIMIT_BYTES = 2_000_000;

/** The size a value takes in the settings: its JSON, in UTF-8 bytes. */
export function settingsBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value ?? null)).length;
}

/** What the document register may take: the limit, less the checking settings and the findings ignored (when any). */
export function registerRoom(checking: unknown, ignores: unknown): number {
  return SETTINGS_LIMIT_BYTES - settingsBytes(checking) - (ignores === undefined ? 0 : settingsBytes(ignores));
}

function saved(settings: Office.Settings): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new HostError(`The settings could not be saved in the document (${result.error.message}).`, 'Make sure the document is not read-only, then save the settings again.')),
    ),
  );
}

/**
 * A setting's value, undefined when the document has none: Office.js gives null for a setting never set (its
 * Settings.get returns `setting || null`), which is not a value Docket kept.
 */
const kept = (settings: Office.Settings, key: string): unknown => (settings.get(key) as unknown) ?? undefined;

/** A value kept under its key; one past what a document keeps is refused before Office is asked, the last one kept. */
export function documentSettings(settings: Office.Settings, key = SETTINGS_KEY): SettingsStore {
  return {
    load: () => kept(settings, key),
    save: (value) => {
      const size = settingsBytes(value);
      if (size > SETTINGS_LIMIT_BYTES) {
        return Promise.reject(new HostError(`These settings take ${Math.ceil(size / 1024)} KB, more than the 2 MB a document can keep.`, 'Keep fewer categories, then save again.'));
      }
      settings.set(key, value);
      return saved(settings);
    },
  };
}

export function documentRegisterSettings(settings: Office.Settings): DocumentRegisterStore {
  return {
    load: () => kept(settings, DOCUMENT_REGISTER_KEY),
    save: (register: DocumentRegister) => {
      settings.set(DOCUMENT_REGISTER_KEY, register);
      return saved(settings);
    },
    forget: () => {
      settings.remove(DOCUMENT_REGISTER_KEY);
      return saved(settings);
    },
    room: () => registerRoom(kept(settings, SETTINGS_KEY), kept(settings, IGNORES_KEY)),
  };
}
