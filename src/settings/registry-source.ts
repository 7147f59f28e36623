import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { IDisposable } from '@lumino/disposable';
import { ISignal, Signal } from '@lumino/signaling';

/**
 * A typed settings seam: what an adapter depends on, so that tests can pass a fake.
 */
export interface ISettingsSource<T> {
  /**
   * The current, validated settings (the defaults until `ready` resolves).
   */
  readonly composite: T;
  /**
   * Emitted with the new settings whenever they change.
   */
  readonly changed: ISignal<ISettingsSource<T>, T>;
  /**
   * Resolves once the first settings are known; never rejects.
   */
  readonly ready: Promise<void>;
}

/**
 * The settings of one plugin, read from the setting registry and kept current: the
 * lifecycle that the typed settings sources (notice, scanner, save guard) share.
 *
 * #### Notes
 * A subclass validates raw values in `apply` and hands the result to `publish`; it
 * decides in `loadFailed` what a failed load means for it. Without a registry the
 * initial (default) settings stay.
 */
export abstract class RegistrySource<T> implements IDisposable {
  /**
   * Start with `initial` until the registry answers.
   */
  constructor(initial: T) {
    this._composite = initial;
  }

  /**
   * The current, validated settings.
   */
  get composite(): T {
    return this._composite;
  }

  /**
   * Emitted with the new settings whenever they change.
   */
  get changed(): ISignal<this, T> {
    return this._changed;
  }

  /**
   * Whether the source is disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Stop following the registry.
   */
  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    this._settings?.changed.disconnect(this._onChanged, this);
    this._settings = null;
    Signal.clearData(this);
  }

  /**
   * Load the settings of `pluginId` and follow their changes.
   *
   * @returns A promise that resolves once the first settings are known; never rejects.
   */
  protected async follow(
    registry: ISettingRegistry | null,
    pluginId: string
  ): Promise<void> {
    if (!registry) {
      return;
    }
    try {
      const settings = await registry.load(pluginId);
      if (this._isDisposed) {
        return;
      }
      this._settings = settings;
      settings.changed.connect(this._onChanged, this);
      this.apply(this.select(settings));
    } catch (reason) {
      await this.loadFailed(reason, registry, pluginId);
    }
  }

  /**
   * Validate `raw` settings and `publish` the result.
   */
  protected abstract apply(raw: unknown): void;

  /**
   * React to a registry that could not load the settings (the defaults stay unless
   * the subclass publishes something else).
   */
  protected abstract loadFailed(
    reason: unknown,
    registry: ISettingRegistry,
    pluginId: string
  ): void | Promise<void>;

  /**
   * Make `settings` current and tell the listeners.
   */
  protected publish(settings: T): void {
    this._composite = settings;
    this._changed.emit(settings);
  }

  /**
   * What `apply` is given of the loaded settings: their composite, unless a subclass
   * reads them otherwise.
   */
  protected select(settings: ISettingRegistry.ISettings): unknown {
    return settings.composite;
  }

  private _onChanged(settings: ISettingRegistry.ISettings): void {
    this.apply(this.select(settings));
  }

  private _changed = new Signal<this, T>(this);
  private _composite: T;
  private _isDisposed = false;
  private _settings: ISettingRegistry.ISettings | null = null;
}
