import type { IConfigSection } from '@jupyterlab/services';
import type { JSONObject } from '@lumino/coreutils';

import {
  CONFIG_SECTION_NAME,
  ConfigSectionAcknowledgementStore,
  IConfigSections,
  MemoryAcknowledgementStore
} from '../../banner/acknowledgement-store';

/**
 * An in-memory stand-in for the server's config sections.
 */
class FakeConfigSections {
  sections: Record<string, JSONObject> = {};
  failing = false;
  created: string[] = [];

  asManager(): IConfigSections {
    return this;
  }

  async create({ name }: { name: string }): Promise<IConfigSection> {
    this.created.push(name);
    if (this.failing) {
      throw new Error('503 Service Unavailable');
    }
    const data = (this.sections[name] = this.sections[name] ?? {});
    return {
      data,
      update: async (change: JSONObject) => Object.assign(data, change),
      serverSettings: {} as IConfigSection['serverSettings']
    };
  }
}

describe('ConfigSectionAcknowledgementStore', () => {
  const ack = { key: 'version:v1', acknowledgedAt: '2026-03-01T12:00:00.000Z' };

  it('should use a section name that jupyter_server accepts', () => {
    expect(CONFIG_SECTION_NAME).toMatch(/^\w+$/);
  });

  it('should return null when nothing was stored', async () => {
    const fake = new FakeConfigSections();
    const store = new ConfigSectionAcknowledgementStore({
      manager: fake.asManager()
    });
    await expect(store.load()).resolves.toBeNull();
  });

  it('should store { notice: { key, acknowledgedAt } } and read it back', async () => {
    const fake = new FakeConfigSections();
    const store = new ConfigSectionAcknowledgementStore({
      manager: fake.asManager()
    });
    await store.save(ack);
    expect(fake.sections[CONFIG_SECTION_NAME]).toEqual({ notice: ack });
    await expect(store.load()).resolves.toEqual(ack);
  });

  it('should treat a malformed stored value as no acknowledgement', async () => {
    const fake = new FakeConfigSections();
    fake.sections[CONFIG_SECTION_NAME] = { notice: 'yes' };
    const store = new ConfigSectionAcknowledgementStore({
      manager: fake.asManager()
    });
    await expect(store.load()).resolves.toBeNull();
  });

  it('should resolve to null, not throw, when the section cannot be loaded', async () => {
    const warn = jest
      .spyOn(console, 'warn')
      .mockImplementation(() => undefined);
    const fake = new FakeConfigSections();
    fake.failing = true;
    const store = new ConfigSectionAcknowledgementStore({
      manager: fake.asManager()
    });
    await expect(store.load()).resolves.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('should reject a save that fails, so that the caller can report it', async () => {
    const fake = new FakeConfigSections();
    fake.failing = true;
    const store = new ConfigSectionAcknowledgementStore({
      manager: fake.asManager()
    });
    await expect(store.save(ack)).rejects.toThrow('503');
  });
});

describe('MemoryAcknowledgementStore', () => {
  it('should keep the last acknowledgement', async () => {
    const store = new MemoryAcknowledgementStore();
    await expect(store.load()).resolves.toBeNull();
    await store.save({ key: 'k', acknowledgedAt: 'd' });
    await expect(store.load()).resolves.toEqual({
      key: 'k',
      acknowledgedAt: 'd'
    });
  });
});
