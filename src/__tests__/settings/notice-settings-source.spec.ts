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

function fakeRegistry(
  load: () => Promise<FakeSettings>,
  fetch: () => Promise<unknown> = () => Promise.reject(new Error('offline'))
): ISettingRegistry {
  return { load, connector: { fetch } } as unknown as ISettingRegistry;
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

  it('should fall back to defaults with one warning when nothing can be loaded', async () => {
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

  it('should keep the valid admin values when JupyterLab rejects the settings as a whole', async () => {
    const warn = jest.fn();
    // What the server sends for an overrides.json with one bad value and one unknown key.
    const plugin = {
      id: 'x:y',
      raw: '{}',
      settings: { linkLabel: 'User label' },
      schema: {
        type: 'object',
        properties: {
          title: { type: 'string', default: 'Admin title' },
          reacknowledgeDays: { type: 'integer', minimum: 0, default: -3 },
          colour: { default: 'red' }
        }
      }
    };
    const errors = [
      {
        dataPath: '/reacknowledgeDays',
        message: 'must be >= 0',
        keyword: 'minimum'
      }
    ];
    const source = new NoticeSettingsSource({
      registry: fakeRegistry(
        () => Promise.reject(errors),
        async () => plugin
      ),
      pluginId: 'x:y',
      warn
    });
    await source.ready;
    expect(source.composite).toEqual({
      ...DEFAULT_NOTICE_SETTINGS,
      title: 'Admin title',
      linkLabel: 'User label'
    });
    expect(warn).toHaveBeenCalledTimes(1);
    const message: string = warn.mock.calls[0][0];
    expect(message).toContain('/reacknowledgeDays must be >= 0');
    expect(message).toContain('"reacknowledgeDays"');
    expect(message).toContain('"colour"');
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
