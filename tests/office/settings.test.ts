// Checking settings and the document register live in the document (Office.context.document.settings): saved with
// saveAsync, a failure to save reaches the user as a message with what to do, and the register is measured against
// what the settings' size limit leaves beside the checking settings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../src/office/host';
import { IGNORES_KEY, SETTINGS_KEY } from '../../src/core';
import { DOCUMENT_REGISTER_KEY, SETTINGS_LIMIT_BYTES, documentRegisterSettings, documentSettings, settingsBytes } from '../../src/office/settings';

function fakeSettings(fail?: string) {
  const values = new Map<string, unknown>();
  let saved = 0;
  return {
    settings: {
      get: (key: string) => values.get(key),
      set: (key: string, value: unknown) => values.set(key, value),
      remove: (key: string) => values.delete(key),
      saveAsync: (callback: (result: { status: string; error: { message: string } }) => void) => {
        if (!fail) saved++;
        callback({ status: fail ? 'failed' : 'succeeded', error: { message: fail ?? '' } });
      },
    } as unknown as Office.Settings,
    saves: () => saved,
    keys: () => [...values.keys()],
  };
}

describe('settings saved with the document', () => {
  beforeEach(() => {
    (globalThis as { Office?: unknown }).Office = { AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } };
  });
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('stores the settings in the document and saves it', async () => {
    const { settings, saves } = fakeSettings();
    const store = documentSettings(settings);
    expect(store.load()).toBeUndefined();
    await store.save({ rules: { 'ref/style-mixed': 'off' } });
    expect(store.load()).toEqual({ rules: { 'ref/style-mixed': 'off' } });
    expect(saves()).toBe(1);
  });

  it('says what to do when Word cannot save them', async () => {
    const store = documentSettings(fakeSettings('The document is read-only.').settings);
    const failure = store.save({});
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ message: expect.stringContaining('read-only'), action: expect.stringContaining('not read-only') });
  });

  it('refuses settings past the 2 MB a document keeps, before asking Office, and keeps the last ones', async () => {
    const { settings, saves } = fakeSettings();
    const store = documentSettings(settings);
    await store.save({ categories: ['Admin'] });
    const huge = { categories: Array.from({ length: 120_000 }, (_, i) => `Category number ${i}`) };
    await expect(store.save(huge)).rejects.toMatchObject({ message: expect.stringContaining('more than the 2 MB a document can keep') });
    expect(store.load()).toEqual({ categories: ['Admin'] });
    expect(saves()).toBe(1);
  });

  it('keeps the document register under its own key, beside the checking settings, and forgets it', async () => {
    const { settings, saves, keys } = fakeSettings();
    const checking = documentSettings(settings);
    const register = documentRegisterSettings(settings);
    await checking.save({ categories: ['Admin'] });
    expect(register.room()).toBe(SETTINGS_LIMIT_BYTES - settingsBytes({ categories: ['Admin'] }));
    const kept = { name: 'TD list.xlsx', readAt: '2024-07-29T08:00:00.000Z', documents: [{ id: 'TD624R3', item: '2.3', title: 'Plan' }], notes: [] };
    await register.save(kept);
    expect(register.load()).toEqual(kept);
    expect(checking.load()).toEqual({ categories: ['Admin'] });
    expect(keys()).toContain(DOCUMENT_REGISTER_KEY);
    await register.forget();
    expect(register.load()).toBeUndefined();
    expect(keys()).not.toContain(DOCUMENT_REGISTER_KEY);
    expect(saves()).toBe(3);
  });

  it('keeps the ignored findings under their own key, found again by the pane opened anew, and leaves the register the room they do not take', async () => {
    const { settings, keys } = fakeSettings();
    const register = documentRegisterSettings(settings);
    const ignores = [{ rule: 'list/unknown-category', text: 'infomration' }, { rule: 'text/placeholder' }];
    await documentSettings(settings).save({ categories: ['Admin'] });
    await documentSettings(settings, IGNORES_KEY).save(ignores);
    expect(keys().sort()).toEqual([IGNORES_KEY, SETTINGS_KEY].sort());
    // The pane opened again on the same document reads them back.
    expect(documentSettings(settings, IGNORES_KEY).load()).toEqual(ignores);
    expect(documentSettings(settings).load()).toEqual({ categories: ['Admin'] });
    expect(register.room()).toBe(SETTINGS_LIMIT_BYTES - settingsBytes({ categories: ['Admin'] }) - settingsBytes(ignores));
  });

  it('measures settings as the UTF-8 bytes of their JSON', () => {
    expect(settingsBytes({ title: 'ITU’s' })).toBe(JSON.stringify({ title: 'ITU’s' }).length + 2);
    expect(settingsBytes(undefined)).toBe(4);
  });
});
