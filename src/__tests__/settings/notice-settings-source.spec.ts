import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { Signal } from '@lumino/signaling';

import { DEFAULT_NOTICE_SETTINGS } from '../../settings/notice-settings';
import { NoticeSettingsSource } from '../../settings/notice-settings-source';

/**
 * Just enough of `ISettings` for the source: a composite and its `changed` signal.
 */
class FakeSettings {
  constructor(public composite: unknown) {}
  readonly changed = new Signal<FakeSettings, void>(this);
  set(composite: unknown): void {
    this.composite = composite;
    this.changed.emit();
  }
}

function fakeRegistry(load: () => Promise<FakeSettings>): ISettingRegistry {
  return { load } as unknown as ISettingRegistry;
}

describe('NoticeSettingsSource', () => {
  it('should use the defaults without a registry', async () => {
    const source = new NoticeSettingsSource({
      registry: null,
      pluginId: 'x:y'
    });
    await source.ready;
    expect(source.composite).toEqual(DEFAULT_NOTICE_SETTINGS);
  });

  it('should parse the loaded composite and follow its changes', async () => {
    const settings = new FakeSettings({ title: 'First' });
    const source = new NoticeSettingsSource({
      registry: fakeRegistry(async () => settings),
      pluginId: 'x:y'
    });
    await source.ready;
    expect(source.composite.title).toBe('First');

    const seen: string[] = [];
    source.changed.connect((_, value) => seen.push(value.title));
    settings.set({ title: 'Second' });
    expect(source.composite.title).toBe('Second');
    expect(seen).toEqual(['Second']);
  });

  it('should warn once per distinct set of problems', async () => {
    const warn = jest.fn();
    const settings = new FakeSettings({ termsUrl: 'javascript:alert(1)' });
    const source = new NoticeSettingsSource({
      registry: fakeRegistry(async () => settings),
      pluginId: 'x:y',
      warn
    });
    await source.ready;
    expect(source.composite.termsUrl).toBe('');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('termsUrl');

    settings.set({ termsUrl: 'javascript:alert(1)', title: 'Other' });
    expect(warn).toHaveBeenCalledTimes(1); // same mistake, no repeat

    settings.set({ appearance: 'loud' });
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('should fall back to defaults with one warning when loading fails', async () => {
    const warn = jest.fn();
    const source = new NoticeSettingsSource({
      registry: fakeRegistry(() => Promise.reject(new Error('schema invalid'))),
      pluginId: 'x:y',
      warn
    });
    await expect(source.ready).resolves.toBeUndefined();
    expect(source.composite).toEqual(DEFAULT_NOTICE_SETTINGS);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('schema invalid');
  });

  it('should stop following changes once disposed', async () => {
    const settings = new FakeSettings({ title: 'First' });
    const source = new NoticeSettingsSource({
      registry: fakeRegistry(async () => settings),
      pluginId: 'x:y'
    });
    await source.ready;
    source.dispose();
    source.dispose(); // twice is safe
    settings.set({ title: 'Second' });
    expect(source.composite.title).toBe('First');
    expect(source.isDisposed).toBe(true);
  });
});
