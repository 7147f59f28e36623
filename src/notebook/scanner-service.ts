import { DisposableDelegate, IDisposable } from '@lumino/disposable';
import { ISignal, Signal } from '@lumino/signaling';

import { IScannerConfig, Scanner } from '../core';
import { IScannerSettingsSource } from '../settings/scanner-settings';
import { IScannerSettings } from '../settings/schema-types';
import { IDocumentFindings, ISecretScanner, ISharedNotebook } from '../tokens';

/**
 * The secret scanner service: one `Scanner` built from the settings, rebuilt when they
 * change, and a registry of the findings of each open notebook.
 */
export class SecretScannerService implements ISecretScanner, IDisposable {
  /**
   * Build the first scanner from the current settings and follow their changes.
   */
  constructor(options: SecretScannerService.IOptions) {
    this._source = options.settings;
    this._warn = options.warn ?? ((text: string) => console.warn(text));
    this._settings = this._source.composite;
    this._scanner = this._build(this._settings);
    this._source.changed.connect(this._onSettings, this);
    this.ready = this._source.ready;
  }

  /**
   * Resolves once the user's settings are loaded; never rejects.
   */
  readonly ready: Promise<void>;

  /**
   * The current engine.
   */
  get scanner(): Scanner {
    return this._scanner;
  }

  /**
   * The current, validated settings.
   */
  get settings(): IScannerSettings {
    return this._settings;
  }

  /**
   * Emitted after the scanner or the settings changed.
   */
  get changed(): ISignal<this, void> {
    return this._changed;
  }

  /**
   * Emitted when a document's findings are registered or removed.
   */
  get documentsChanged(): ISignal<this, IDocumentFindings> {
    return this._documentsChanged;
  }

  /**
   * Whether the service is disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Register the findings of an open notebook; they are also removed when disposed.
   */
  addDocument(findings: IDocumentFindings): IDisposable {
    const key = findings.sharedModel;
    this._documents.set(key, findings);
    this._documentsChanged.emit(findings);
    const remove = () => {
      if (this._documents.get(key) === findings) {
        this._documents.delete(key);
        this._documentsChanged.emit(findings);
      }
    };
    return new DisposableDelegate(remove);
  }

  /**
   * The findings of the open notebook whose shared model is `notebook`, if any.
   */
  findingsFor(
    notebook: ISharedNotebook | null | undefined
  ): IDocumentFindings | null {
    if (!notebook) {
      return null;
    }
    const found = this._documents.get(notebook);
    return found && !found.isDisposed ? found : null;
  }

  /**
   * Stop following the settings.
   */
  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    this._documents.clear();
    Signal.clearData(this);
  }

  private _onSettings(
    _sender: IScannerSettingsSource,
    settings: IScannerSettings
  ): void {
    const before = this._settings;
    this._settings = settings;
    // Rebuilding compiles every rule: only do it when the engine's part changed.
    if (engineKey(before) !== engineKey(settings)) {
      this._scanner = this._build(settings);
    }
    this._changed.emit();
  }

  private _build(settings: IScannerSettings): Scanner {
    const config: IScannerConfig = {
      disabledRules: [...settings.disabledRules],
      customRules: settings.customRules.map(rule => ({
        ...rule,
        keywords: [...rule.keywords]
      })),
      allowlist: [...settings.allowlist]
    };
    const scanner = new Scanner(config);
    if (scanner.configErrors.length > 0) {
      this._warn(
        'jupyterlab-credential-guard: some scanner settings were ignored:\n  ' +
          scanner.configErrors.join('\n  ')
      );
    }
    return scanner;
  }

  private _changed = new Signal<this, void>(this);
  private _documents = new Map<ISharedNotebook, IDocumentFindings>();
  private _documentsChanged = new Signal<this, IDocumentFindings>(this);
  private _isDisposed = false;
  private _scanner: Scanner;
  private _settings: IScannerSettings;
  private _source: IScannerSettingsSource;
  private _warn: (text: string) => void;
}

/**
 * A namespace for `SecretScannerService` statics.
 */
export namespace SecretScannerService {
  /**
   * The options to create a `SecretScannerService`.
   */
  export interface IOptions {
    /**
     * The typed settings seam.
     */
    settings: IScannerSettingsSource;
    /**
     * Where rejected settings are reported; `console.warn` by default.
     */
    warn?: (text: string) => void;
  }
}

/**
 * The part of the settings the engine is built from.
 */
function engineKey(settings: IScannerSettings): string {
  return JSON.stringify([
    settings.disabledRules,
    settings.customRules,
    settings.allowlist
  ]);
}
