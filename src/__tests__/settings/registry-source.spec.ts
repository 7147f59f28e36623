import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { Signal } from '@lumino/signaling';

import { RegistrySource } from '../../settings/registry-source';

/** A source of one number, to exercise the shared lifecycle. */
class LimitSource extends RegistrySource<number> {
  constructor(registry: ISettingRegistry | null) {
    super(10);
    this.ready = this.follow(registry, 'test:plugin');
  }
  readonly ready: Promise<void>;
  failures: unknown[] = [];
  protected apply(raw: unknown): void {
    const limit = (raw as { limit?: unknown }).limit;
    this.publish(typeof limit === 'number' ? limit : 10);
  }
  protected loadFailed(reason: unknown): void {
    this.failures.push(reason);
  }
}

/** Just what the source uses of a registry and its settings. */
function fakeRegistry(composite: Record<string, unknown>, fail = false) {
  // As in JupyterLab, the settings object itself sends `changed`.
  const settings: { composite: unknown; changed: Signal<any, void> } = {
    composite,
    changed: null as unknown as Signal<any, void>
  };
  settings.changed = new Signal<any, void>(settings);
  const registry = {
    load: jest.fn(async () => {
      if (fail) {
        throw new Error('schema mismatch');
      }
      return settings;
    })
  };
  return {
    registry: registry as unknown as ISettingRegistry,
    settings,
    change(value: Record<string, unknown>) {
      settings.composite = value;
      settings.changed.emit(undefined);
    }
  };
}

describe('RegistrySource', () => {
  it('should keep the defaults without a registry', async () => {
    const source = new LimitSource(null);
    await source.ready;
    expect(source.composite).toBe(10);
  });

  it('should publish the loaded settings and follow their changes', async () => {
    const fake = fakeRegistry({ limit: 3 });
    const source = new LimitSource(fake.registry);
    const seen: number[] = [];
    source.changed.connect((_, value) => seen.push(value));
    await source.ready;
    expect(source.composite).toBe(3);
    fake.change({ limit: 7 });
    expect(source.composite).toBe(7);
    expect(seen).toEqual([3, 7]);
  });

  it('should hand a failed load to the subclass and keep the defaults', async () => {
    const fake = fakeRegistry({}, true);
    const source = new LimitSource(fake.registry);
    await source.ready;
    expect(source.failures).toHaveLength(1);
    expect(source.composite).toBe(10);
  });

  it('should stop following the registry once disposed, and dispose twice safely', async () => {
    const fake = fakeRegistry({ limit: 3 });
    const source = new LimitSource(fake.registry);
    await source.ready;
    source.dispose();
    source.dispose();
    fake.change({ limit: 9 });
    expect(source.composite).toBe(3);
    expect(source.isDisposed).toBe(true);
  });
});
