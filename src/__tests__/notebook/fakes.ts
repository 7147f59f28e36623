import { NotebookModel } from '@jupyterlab/notebook';
import { ISignal, Signal } from '@lumino/signaling';

import { SecretScannerService } from '../../scanner/scanner-service';
import { IScannerSettingsSource } from '../../settings/scanner-settings';
import { DEFAULT_SCANNER_SETTINGS } from '../../settings/scanner-settings';
import { IScannerSettings } from '../../settings/schema-types';

/**
 * A settings seam whose values a test sets by hand.
 */
export class FakeSettings implements IScannerSettingsSource {
  constructor(values: Partial<IScannerSettings> = {}) {
    this.composite = { ...DEFAULT_SCANNER_SETTINGS, ...values };
  }
  composite: IScannerSettings;
  readonly ready = Promise.resolve();
  get changed(): ISignal<this, IScannerSettings> {
    return this._changed;
  }
  set(values: Partial<IScannerSettings>): void {
    this.composite = { ...this.composite, ...values };
    this._changed.emit(this.composite);
  }
  private _changed = new Signal<this, IScannerSettings>(this);
}

/**
 * A scanner service on hand-set settings that keeps its warnings to itself.
 */
export function fakeService(
  settings: IScannerSettingsSource = new FakeSettings()
): SecretScannerService {
  return new SecretScannerService({ settings, warn: () => undefined });
}

/**
 * A notebook model with the given cells (code cells unless the source starts with `# md`).
 */
export function notebookWith(
  cells: {
    source: string;
    cell_type?: 'code' | 'markdown' | 'raw';
    outputs?: any[];
  }[]
): NotebookModel {
  const model = new NotebookModel();
  model.sharedModel.insertCells(
    0,
    cells.map(cell => ({
      cell_type: cell.cell_type ?? 'code',
      source: cell.source,
      metadata: {},
      ...(cell.cell_type && cell.cell_type !== 'code'
        ? {}
        : { outputs: cell.outputs ?? [], execution_count: null })
    })) as any
  );
  return model;
}

/**
 * A stream output that prints `text`.
 */
export function streamOutput(text: string): any {
  return { output_type: 'stream', name: 'stdout', text };
}
