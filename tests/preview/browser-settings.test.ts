// The preview keeps what Office would keep in the document in the browser's storage, one entry per file: found again
// for the same file (name and bytes) after a reload, not for another file or another version of it, measured against
// Office's settings limit, and a full storage said in one line. A file's own settings (saved by Word or Excel) are
// where it starts; what the user changes in the preview wins over them.
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { IGNORES_KEY, SETTINGS_KEY } from '../../src/core';
import { savedSettingsOf } from '../../src/io/docx/addin-settings';
import { HostError } from '../../src/office/host';
import { DOCUMENT_REGISTER_KEY, SETTINGS_LIMIT_BYTES, settingsBytes } from '../../src/office/settings';
import { browserSettings, fileKey, type KeyValueStorage } from '../../src/preview/browser-settings';
import { TD514, bytesOf } from '../helpers/shared';
import { withAddinSettings } from '../helpers/webextension';

function memoryStorage(limit = Infinity): KeyValueStorage & { size(): number } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    size: () => items.size,
  };
}

const REGISTER = { name: 'TD list.csv', readAt: '2024-07-29T08:00:00.000Z', documents: [{ id: 'TD624R3' }], notes: [] };

describe('settings kept in the browser for the preview', () => {
  it('keys each file by its name and the SHA-256 of its bytes', async () => {
    const key = await fileKey('agenda.docx', strToU8('one'));
    expect(key).toBe('docket:agenda.docx:7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed');
    expect(await fileKey('agenda.docx', strToU8('one'))).toBe(key);
    expect(await fileKey('agenda.docx', strToU8('two'))).not.toBe(key);
    expect(await fileKey('other.docx', strToU8('one'))).not.toBe(key);
  });

  it('finds the settings and the document register again for the same file, and forgets the register alone', async () => {
    const storage = memoryStorage();
    const key = await fileKey('agenda.docx', strToU8('one'));
    const first = browserSettings(storage, key);
    await first.settings.save({ rules: { 'ref/style-mixed': 'off' } });
    await first.documentRegister.save(REGISTER);
    const reloaded = browserSettings(storage, key);
    expect(reloaded.settings.load()).toEqual({ rules: { 'ref/style-mixed': 'off' } });
    expect(reloaded.documentRegister.load()).toEqual(REGISTER);
    expect(browserSettings(storage, await fileKey('agenda.docx', strToU8('two'))).documentRegister.load()).toBeUndefined();
    await reloaded.documentRegister.forget();
    expect(browserSettings(storage, key).documentRegister.load()).toBeUndefined();
    expect(browserSettings(storage, key).settings.load()).toEqual({ rules: { 'ref/style-mixed': 'off' } });
  });

  it('finds the ignored findings again for the same file only, and leaves the register the room they do not take', async () => {
    const storage = memoryStorage();
    const key = await fileKey('agenda.docx', strToU8('one'));
    const ignores = [{ rule: 'list/unknown-category', text: 'infomration' }];
    await browserSettings(storage, key).ignores.save(ignores);
    const reloaded = browserSettings(storage, key);
    expect(reloaded.ignores.load()).toEqual(ignores);
    expect(reloaded.documentRegister.room()).toBe(SETTINGS_LIMIT_BYTES - settingsBytes(undefined) - settingsBytes(ignores));
    expect(browserSettings(storage, await fileKey('other.docx', strToU8('one'))).ignores.load()).toBeUndefined();
  });

  it('leaves the register what Office’s limit leaves beside the checking settings', async () => {
    const stores = browserSettings(memoryStorage(), 'docket:a.docx:x');
    expect(stores.documentRegister.room()).toBe(SETTINGS_LIMIT_BYTES - settingsBytes(undefined));
    await stores.settings.save({ categories: ['Admin', 'Report'] });
    expect(stores.documentRegister.room()).toBe(SETTINGS_LIMIT_BYTES - settingsBytes({ categories: ['Admin', 'Report'] }));
  });

  it('says so when the browser refuses to keep it', async () => {
    const stores = browserSettings(memoryStorage(10), 'docket:a.docx:x');
    const saving = stores.documentRegister.save(REGISTER);
    await expect(saving).rejects.toBeInstanceOf(HostError);
    await expect(saving).rejects.toMatchObject({ message: expect.stringContaining('quota'), action: expect.stringContaining('Free some of the browser storage') });
  });

  it('starts from the settings the file itself keeps; what is changed in the preview wins over them, for that file', async () => {
    const own = { [SETTINGS_KEY]: { rules: { 'date/weekend': 'off' } }, [IGNORES_KEY]: [{ rule: 'list/unknown-category' }], [DOCUMENT_REGISTER_KEY]: REGISTER };
    const bytes = withAddinSettings(bytesOf(TD514), own);
    const saved = savedSettingsOf('agenda.docx', bytes);
    const storage = memoryStorage();
    const key = await fileKey('agenda.docx', bytes);
    const opened = browserSettings(storage, key, saved);
    expect([opened.settings.load(), opened.ignores.load(), opened.documentRegister.load()]).toEqual([own[SETTINGS_KEY], own[IGNORES_KEY], REGISTER]);
    expect(storage.size()).toBe(0);

    await opened.ignores.save([]);
    await opened.documentRegister.forget();
    const reloaded = browserSettings(storage, key, savedSettingsOf('agenda.docx', bytes));
    expect(reloaded.ignores.load()).toEqual([]);
    // Forgotten in the preview: the file's own register does not come back.
    expect(reloaded.documentRegister.load()).toBeUndefined();
    expect(reloaded.settings.load()).toEqual(own[SETTINGS_KEY]);
    expect(reloaded.documentRegister.room()).toBe(SETTINGS_LIMIT_BYTES - settingsBytes(own[SETTINGS_KEY]) - settingsBytes([]));
  });

  it('reads no settings from a file of another kind, nor from a file that is not a package', () => {
    expect(savedSettingsOf('agenda.docx', bytesOf(TD514)).size).toBe(0);
    expect(savedSettingsOf('agenda.txt', withAddinSettings(bytesOf(TD514), { [SETTINGS_KEY]: {} })).size).toBe(0);
    expect(savedSettingsOf('agenda.docx', strToU8('not a zip')).size).toBe(0);
  });
});
