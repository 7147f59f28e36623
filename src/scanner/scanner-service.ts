import { DisposableDelegate, IDisposable } from '@lumino/disposable';
import { ISignal, Signal } from '@lumino/signaling';

import { IScannerConfig, Scanner } from '../core';
import { IScannerSettingsSource } from '../settings/scanner-settings';
import { IScannerSettings } from '../settings/schema-types';
import {
  IDocumentFindings,
  ISecretScanner,
  ISharedNotebook,
  ITextFindings
} from '../tokens';

/**
 * The secret scanner service: one `Scanner` built from the settings, rebuilt when they
 * change, and a registry of the findings of each open notebook and text file.
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
  get documentsChanged(): ISignal<this, IDocumentFindings | ITextFindings> {
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
    return this._register(this._documents, findings);
  }

  /**
   * Register the findings of an open text file; they are also removed when disposed.
   */
  addTextDocument(findings: ITextFindings): IDisposable {
    return this._register(this._files, findings);
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
   * The findings of the open text file whose shared model is `file`, if any.
   */
  textFindingsFor(file: object | null | undefined): ITextFindings | null {
    const found = file ? this._files.get(file) : undefined;
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
    this._files.clear();
    Signal.clearData(this);
  }

  private _register<T extends IDocumentFindings | ITextFindings>(
    registry: Map<object, T>,
    findings: T
  ): IDisposable {
    const key = findings.sharedModel;
    registry.set(key, findings);
    this._documentsChanged.emit(findings);
    return new DisposableDelegate(() => {
      if (registry.get(key) === findings) {
        registry.delete(key);
        this._documentsChanged.emit(findings);
      }
    });
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
  private _documentsChanged = new Signal<
    this,
    IDocumentFindings | ITextFindings
  >(this);
  private _files = new Map<object, ITextFindings>();
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
