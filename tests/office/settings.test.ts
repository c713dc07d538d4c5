// Checking settings and the document register live in the document (Office.context.document.settings): saved with
// saveAsync, a failure to save reaches the user as a message with what to do, and the register is measured against
// what the settings' size limit leaves beside the checking settings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../src/office/host';
import { FakeSettings } from './fake-office';
import { IGNORES_KEY, SETTINGS_KEY } from '../../src/core';
import { DOCUMENT_REGISTER_KEY, SETTINGS_LIMIT_BYTES, documentRegisterSettings, documentSettings, settingsBytes } from '../../src/office/settings';

/** Office.Settings over a document (the fake models what Microsoft documents); `fail`: why Office refuses to save. */
function fakeSettings(fail?: string, document: Record<string, string> = {}) {
  const fake = new FakeSettings(document);
  if (fail) fake.failSave = fail;
  return { settings: fake as unknown as Office.Settings, saves: () => fake.saves, keys: () => Object.keys(fake.kept), fake };
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
    const { settings: first, keys, fake } = fakeSettings();
    const ignores = [{ rule: 'list/unknown-category', text: 'infomration' }, { rule: 'text/placeholder' }];
    await documentSettings(first).save({ categories: ['Admin'] });
    await documentSettings(first, IGNORES_KEY).save(ignores);
    expect(keys().sort()).toEqual([IGNORES_KEY, SETTINGS_KEY].sort());
    // The pane opened again on the same document reads them back from what the document keeps.
    const settings = fakeSettings(undefined, fake.kept).settings;
    const register = documentRegisterSettings(settings);
    expect(documentSettings(settings, IGNORES_KEY).load()).toEqual(ignores);
    expect(documentSettings(settings).load()).toEqual({ categories: ['Admin'] });
    expect(register.room()).toBe(SETTINGS_LIMIT_BYTES - settingsBytes({ categories: ['Admin'] }) - settingsBytes(ignores));
  });

  it('reads nothing kept from a document that keeps nothing, where Office gives null', () => {
    const { settings } = fakeSettings();
    expect(settings.get(SETTINGS_KEY)).toBeNull();
    expect([documentSettings(settings).load(), documentSettings(settings, IGNORES_KEY).load(), documentRegisterSettings(settings).load()]).toEqual([undefined, undefined, undefined]);
    expect(documentRegisterSettings(settings).room()).toBe(SETTINGS_LIMIT_BYTES - settingsBytes(undefined));
  });

  it('measures settings as the UTF-8 bytes of their JSON', () => {
    expect(settingsBytes({ title: 'ITU’s' })).toBe(JSON.stringify({ title: 'ITU’s' }).length + 2);
    expect(settingsBytes(undefined)).toBe(4);
  });
});

describe('the Office.Settings fake, as Microsoft documents Office.Settings', () => {
  it('changes only its in-memory copy until saveAsync, which keeps each value as its JSON; refreshAsync reads the document again', async () => {
    const fake = new FakeSettings({ a: '{"n":1}' });
    expect(fake.get('a')).toEqual({ n: 1 });
    fake.set('b', { at: new Date('2024-07-29T08:00:00Z'), gone: undefined });
    fake.remove('a');
    expect(fake.kept).toEqual({ a: '{"n":1}' });
    const saved = await new Promise<{ status: string }>((resolve) => fake.saveAsync(resolve));
    expect([saved.status, fake.saves, fake.kept]).toEqual(['succeeded', 1, { b: '{"at":"2024-07-29T08:00:00.000Z"}' }]);
    fake.set('b', 'not saved');
    await new Promise((resolve) => fake.refreshAsync(resolve));
    expect([fake.get('b'), fake.get('a')]).toEqual([{ at: '2024-07-29T08:00:00.000Z' }, null]);
  });
});
