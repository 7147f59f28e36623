import { Cell, CodeCell } from '@jupyterlab/cells';
import { Notebook } from '@jupyterlab/notebook';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { IDisposable } from '@lumino/disposable';
import { Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';

import { TRANSLATION_DOMAIN } from '../i18n/domain';
import { translateRuleText } from '../i18n/rule-text';
import { highestSeverity, IFinding } from '../core';
import { ICellFindings, IDocumentFindings, IFindingsChange } from '../tokens';

/**
 * The class of the marker shown under an output that holds a credential.
 */
export const OUTPUT_MARKER_CLASS = 'jp-CredentialGuard-outputMarker';

/**
 * The state class of an output (area child) that holds a credential.
 */
export const OUTPUT_MOD_CLASS = 'jp-mod-credential';

/**
 * The state class of a cell whose outputs hold a credential.
 */
export const CELL_OUTPUT_MOD_CLASS = 'jp-mod-credentialOutput';

/**
 * The state class of a cell whose source holds a credential (seen on rendered markdown).
 */
export const CELL_SOURCE_MOD_CLASS = 'jp-mod-credentialSource';

/**
 * Marks the cells and outputs of a notebook that hold credentials, from its findings,
 * with a "Clear this output" button under each output concerned.
 *
 * #### Notes
 * Output i of the model is shown by the output area's widget i, up to the area's
 * `maxNumberOutputs`; past it, one "show more" widget stands for the hidden outputs and
 * carries their marker. Output widgets are re-created when outputs change: the area's
 * `outputLengthChanged`, emitted after it rendered, re-applies the markers at once, and the
 * re-scan that follows updates them. Cells that a windowed notebook renders late are
 * marked when they enter the viewport.
 */
export class OutputMarkers implements IDisposable {
  /**
   * Start marking `options.notebook`.
   */
  constructor(options: OutputMarkers.IOptions) {
    this._notebook = options.notebook;
    this._findings = options.findings;
    this._clear = options.clearOutput;
    this._trans = (options.translator ?? nullTranslator).load(
      TRANSLATION_DOMAIN
    );
    this._findings.changed.connect(this._onFindings, this);
    this._notebook.cellInViewportChanged.connect(this._onViewport, this);
    this._updateAll();
  }

  /**
   * Whether the markers are disposed.
   */
  get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Remove every marker and stop following the findings.
   */
  dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    if (!this._notebook.isDisposed) {
      for (const cell of this._notebook.widgets) {
        this._apply(cell, undefined);
      }
    }
    Signal.clearData(this);
  }

  private _onFindings(_: IDocumentFindings, change: IFindingsChange): void {
    if (change.cells.size === 0) {
      return;
    }
    for (const cell of this._notebook.widgets) {
      if (change.cells.has(cell.model)) {
        this._update(cell);
      }
    }
  }

  private _onViewport(_: Notebook, cell: Cell): void {
    if (cell.inViewport) {
      this._update(cell);
    }
  }

  private _updateAll(): void {
    for (const cell of this._notebook.widgets) {
      this._update(cell);
    }
  }

  private _update(cell: Cell): void {
    const found = this._findings.paused
      ? undefined
      : this._findings.cell(cell.model);
    const shows =
      cell.hasClass(CELL_SOURCE_MOD_CLASS) ||
      cell.hasClass(CELL_OUTPUT_MOD_CLASS);
    if (!shows && !hasFindings(found)) {
      // Nothing shown and nothing to show, the usual case: the notebook reports the cells
      // in view on every keystroke, so leave their outputs untouched. (An output is only
      // marked while its cell carries the output class.)
      return;
    }
    this._apply(cell, found);
  }

  private _apply(cell: Cell, found: ICellFindings | undefined): void {
    const outputs = found?.outputs ?? [];
    const source = found?.source ?? [];
    setClass(cell, CELL_SOURCE_MOD_CLASS, source.length > 0);
    // The source's mark (a bar beside rendered markdown, where no underline shows) says
    // what it is on hover, in the same colour as the same credential in the editor.
    setData(cell.node, 'credentialSeverity', highestSeverity(source));
    const input = cell.inputArea?.node;
    if (input) {
      const title = source.length
        ? this._trans._n(
            'This cell holds a credential: %2.',
            'This cell holds %1 credentials: %2.',
            source.length,
            this._names(source)
          )
        : '';
      if ((input.title || '') !== title) {
        input.title = title;
      }
    }
    setClass(
      cell,
      CELL_OUTPUT_MOD_CLASS,
      outputs.some(list => list.length > 0)
    );
    if (!(cell instanceof CodeCell) || !cell.outputArea) {
      return;
    }
    const area = cell.outputArea;
    if (!this._followed.has(area)) {
      this._followed.set(area, cell);
      area.outputLengthChanged.connect(this._onRendered, this);
    }
    const shown = Math.min(area.model.length, area.maxNumberOutputs);
    area.widgets.forEach((child, index) => {
      if (index < shown) {
        this._applyOutput(cell, child, [index], outputs[index] ?? []);
      } else if (index === shown) {
        // The "show more" widget: it marks what the outputs it hides hold.
        const hidden = outputs.slice(shown);
        const withFindings = hidden
          .map((list, i) => (list.length > 0 ? shown + i : -1))
          .filter(index => index >= 0);
        this._applyOutput(
          cell,
          child,
          withFindings,
          ([] as IFinding[]).concat(...hidden),
          true
        );
      } else {
        this._applyOutput(cell, child, [], []);
      }
    });
  }

  private _onRendered(area: CodeCell['outputArea']): void {
    const cell = this._followed.get(area);
    if (cell && !cell.isDisposed) {
      this._update(cell);
    }
  }

  private _applyOutput(
    cell: CodeCell,
    child: Widget,
    indexes: readonly number[],
    findings: readonly IFinding[],
    hidden = false
  ): void {
    setClass(child, OUTPUT_MOD_CLASS, findings.length > 0);
    setData(child.node, 'credentialSeverity', highestSeverity(findings));
    const key =
      (hidden ? 'hidden ' : '') + findings.map(f => f.fingerprint).join(' ');
    const markers = child.node.querySelectorAll<HTMLElement>(
      `:scope > .${OUTPUT_MARKER_CLASS}`
    );
    if (markers.length === 1 && markers[0].dataset.findings === key) {
      return; // already shows these findings
    }
    markers.forEach(node => node.remove());
    if (findings.length === 0) {
      return;
    }
    const marker = document.createElement('div');
    marker.className = OUTPUT_MARKER_CLASS;
    marker.dataset.findings = key;
    // A note, not an alert: opening a notebook must not make a screen reader read out
    // every marked output.
    marker.setAttribute('role', 'note');
    const text = document.createElement('span');
    text.className = 'jp-CredentialGuard-outputMarkerText';
    const names = this._names(findings);
    text.textContent = hidden
      ? this._trans._n(
          'The hidden outputs show a credential: %2. Anyone who can open this notebook can read it.',
          'The hidden outputs show %1 credentials: %2. Anyone who can open this notebook can read them.',
          findings.length,
          names
        )
      : this._trans._n(
          'This output shows a credential: %2. Anyone who can open this notebook can read it.',
          'This output shows %1 credentials: %2. Anyone who can open this notebook can read them.',
          findings.length,
          names
        );
    marker.appendChild(text);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'jp-CredentialGuard-clearOutput jp-Button jp-mod-styled';
    button.textContent = this._trans._n(
      'Clear this output',
      'Clear these outputs',
      indexes.length
    );
    button.addEventListener('click', event => {
      event.stopPropagation();
      // From the last, so that the earlier indexes still hold.
      for (const index of [...indexes].sort((a, b) => b - a)) {
        this._clear(cell, index);
      }
    });
    marker.appendChild(button);
    child.node.appendChild(marker);
  }

  /**
   * "GitHub token (ghp_Ab12…), …": names and masked previews only, never a secret.
   */
  private _names(findings: readonly IFinding[]): string {
    return findings
      .map(f => `${translateRuleText(this._trans, f.title)} (${f.masked})`)
      .join(', ');
  }

  private _clear: (cell: CodeCell, index: number) => void;
  private _followed = new WeakMap<CodeCell['outputArea'], CodeCell>();
  private _findings: IDocumentFindings;
  private _isDisposed = false;
  private _notebook: Notebook;
  private _trans: ReturnType<ITranslator['load']>;
}

/** Whether a cell's findings hold anything, in its source or any output. */
function hasFindings(found: ICellFindings | undefined): boolean {
  return (
    !!found &&
    (found.source.length > 0 || found.outputs.some(list => list.length > 0))
  );
}

/**
 * Add or remove a class only when that changes something: the notebook re-reports cells
 * entering the viewport on every keystroke, and even a no-op `classList.remove` writes the
 * class attribute, which makes the browser restyle the whole cell.
 */
function setClass(widget: Widget, name: string, on: boolean): void {
  if (widget.hasClass(name) !== on) {
    widget.toggleClass(name, on);
  }
}

/**
 * A namespace for `OutputMarkers` statics.
 */
export namespace OutputMarkers {
  /**
   * The options to create `OutputMarkers`.
   */
  export interface IOptions {
    /**
     * The notebook widget whose cells are marked.
     */
    notebook: Notebook;
    /**
     * The findings of its model.
     */
    findings: IDocumentFindings;
    /**
     * What "Clear this output" does.
     */
    clearOutput: (cell: CodeCell, index: number) => void;
    /**
     * The translator.
     */
    translator?: ITranslator | null;
  }
}

/**
 * Set or remove a data attribute, writing only when it changes (cells in view are
 * re-reported on every keystroke).
 */
function setData(node: HTMLElement, key: string, value: string | null): void {
  if (value === null) {
    if (key in node.dataset) {
      delete node.dataset[key];
    }
  } else if (node.dataset[key] !== value) {
    node.dataset[key] = value;
  }
}
