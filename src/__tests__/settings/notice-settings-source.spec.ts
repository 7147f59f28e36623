import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { Signal } from '@lumino/signaling';

import { DEFAULT_NOTICE_SETTINGS } from '../../settings/notice-settings';
import { NoticeSettingsSource } from '../../settings/notice-settings-source';

/**
 * Just enough of `ISettings` for the source: the schema's defaults (which the server
 * sets from the operator's overrides.json), the user's own values, and `changed`.
 */
class FakeSettings {
  constructor(operator: Record<string, unknown>, user: object = {}) {
    this.schema = FakeSettings.schemaOf(operator);
    this.user = user;
  }
  schema: ISettingRegistry.ISchema;
  user: object;
  readonly changed = new Signal<FakeSettings, void>(this);
  set(operator: Record<string, unknown>, user: object = this.user): void {
    this.schema = FakeSettings.schemaOf(operator);
    this.user = user;
    this.changed.emit();
  }
  static schemaOf(operator: Record<string, unknown>): ISettingRegistry.ISchema {
    const properties: Record<string, { default: unknown }> = {};
    for (const [key, value] of Object.entries(operator)) {
      properties[key] = { default: value };
    }
    return { type: 'object', properties } as ISettingRegistry.ISchema;
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
    // The user's own label is not the operator's: it is ignored.
    expect(source.composite).toEqual({
      ...DEFAULT_NOTICE_SETTINGS,
      title: 'Admin title'
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

  it("should ignore a user's own notice text, link and version: they are the operator's", async () => {
    const settings = new FakeSettings(
      { title: 'Operator title', termsUrl: 'https://hub.example.org/terms' },
      {
        title: 'Mine',
        message: 'Nothing to see',
        termsUrl: 'https://elsewhere.example.com',
        noticeVersion: 'never',
        enabled: false
      }
    );
    const source = new NoticeSettingsSource({
      registry: fakeRegistry(async () => settings),
      pluginId: 'x:y'
    });
    await source.ready;
    expect(source.composite).toEqual({
      ...DEFAULT_NOTICE_SETTINGS,
      title: 'Operator title',
      termsUrl: 'https://hub.example.org/terms',
      userHidden: false
    });
  });

  it("should let a user hide the notice only where the operator's userMayHide allows it", async () => {
    const settings = new FakeSettings({}, { enabled: false });
    const source = new NoticeSettingsSource({
      registry: fakeRegistry(async () => settings),
      pluginId: 'x:y'
    });
    await source.ready;
    expect(source.composite.userHidden).toBe(false);
    settings.set({ userMayHide: true });
    expect(source.composite.userHidden).toBe(true);
    expect(source.composite.enabled).toBe(true);
    settings.set({ userMayHide: true }, { enabled: true });
    expect(source.composite.userHidden).toBe(false);
  });

  it("should take the page config's credentialGuardNotice over the schema's defaults", async () => {
    const warn = jest.fn();
    const settings = new FakeSettings({
      title: 'From overrides',
      message: 'M'
    });
    const source = new NoticeSettingsSource({
      registry: fakeRegistry(async () => settings),
      pluginId: 'x:y',
      pageConfig: JSON.stringify({ title: 'From page config' }),
      warn
    });
    // Known before the registry answers.
    expect(source.composite.title).toBe('From page config');
    await source.ready;
    expect(source.composite.title).toBe('From page config');
    expect(source.composite.message).toBe('M');
    expect(warn).not.toHaveBeenCalled();
  });

  it('should ignore a page config value that is not a JSON object, saying so once', async () => {
    for (const value of ['{ not json', '[1]']) {
      const warn = jest.fn();
      const source = new NoticeSettingsSource({
        registry: null,
        pluginId: 'x:y',
        pageConfig: value,
        warn
      });
      await source.ready;
      expect(source.composite).toEqual(DEFAULT_NOTICE_SETTINGS);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toContain('credentialGuardNotice');
    }
  });
});
