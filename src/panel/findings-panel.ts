import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import type { Message } from '@lumino/messaging';
import { Widget } from '@lumino/widgets';

import { TRANSLATION_DOMAIN } from '../i18n/domain';
import { translateRuleText } from '../i18n/rule-text';
import { INotebookFinding } from '../core';
import { IDocumentFindings } from '../tokens';

/**
 * An action offered on a row of the panel (a fix).
 */
export interface IFindingAction {
  /**
   * The button label.
   */
  readonly label: string;
  /**
   * Run it.
   */
  readonly run: () => void;
}

/**
 * The findings panel: every credential of the current notebook, one row each (type,
 * masked value, cell, source or output). Activating a row reveals the finding; its
 * buttons run the fixes.
 *
 * #### Notes
 * Rows are buttons, so Tab and Enter work; Up and Down move between rows. Only `masked`
 * previews are shown, never a secret.
 */
export class FindingsPanel extends Widget {
  /**
   * Create an empty panel.
   */
  constructor(options: FindingsPanel.IOptions) {
    super();
    this.addClass('jp-CredentialGuard-panel');
    this._trans = (options.translator ?? nullTranslator).load(
      TRANSLATION_DOMAIN
    );
    this._reveal = options.reveal;
    this._actions = options.actions;
    this.title.label = this._trans.__('Credentials');
    this.title.caption = this._trans.__('Credentials found in this notebook');
    this._header = document.createElement('div');
    this._header.className = 'jp-CredentialGuard-panelHeader';
    this._list = document.createElement('ul');
    this._list.className = 'jp-CredentialGuard-findingList';
    this._list.setAttribute('aria-label', this._trans.__('Credentials found'));
    this.node.append(this._header, this._list);
    this._render();
  }

  /**
   * The findings listed, or `null` when the current widget is not a notebook.
   */
  get document(): IDocumentFindings | null {
    return this._document;
  }
  set document(value: IDocumentFindings | null) {
    if (value === this._document) {
      return;
    }
    this._document?.changed.disconnect(this._onChanged, this);
    this._document = value;
    value?.changed.connect(this._onChanged, this);
    this._render();
  }

  /**
   * Handle the keyboard navigation between rows.
   */
  handleEvent(event: Event): void {
    if (event.type !== 'keydown') {
      return;
    }
    const key = (event as KeyboardEvent).key;
    if (key !== 'ArrowDown' && key !== 'ArrowUp') {
      return;
    }
    const rows = Array.from(
      this._list.querySelectorAll<HTMLButtonElement>(
        '.jp-CredentialGuard-findingMain'
      )
    );
    const at = rows.indexOf(document.activeElement as HTMLButtonElement);
    const next = rows[at + (key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      next.focus();
      event.preventDefault();
    }
  }

  protected onAfterAttach(msg: Message): void {
    super.onAfterAttach(msg);
    this.node.addEventListener('keydown', this);
    // Rendering is skipped while hidden: catch up.
    this._render();
  }

  protected onBeforeDetach(msg: Message): void {
    this.node.removeEventListener('keydown', this);
    super.onBeforeDetach(msg);
  }

  protected onAfterShow(msg: Message): void {
    super.onAfterShow(msg);
    this._render();
  }

  private _onChanged(): void {
    if (this.isVisible) {
      this._render();
    }
  }

  private _render(): void {
    const doc = this._document;
    const findings = doc && !doc.isDisposed ? doc.findings : [];
    this._list.replaceChildren();
    if (!doc) {
      this._header.textContent = this._trans.__(
        'Open a notebook to see the credentials found in it.'
      );
      return;
    }
    if (doc.paused) {
      this._header.textContent = this._trans.__(
        'Warnings are paused for this notebook.'
      );
      return;
    }
    this._header.textContent =
      findings.length === 0
        ? this._trans.__('No credentials found in this notebook.')
        : this._trans._n(
            '%1 credential found in this notebook.',
            '%1 credentials found in this notebook.',
            findings.length
          );
    for (const finding of findings.slice(0, MAX_ROWS)) {
      this._list.appendChild(this._row(finding));
    }
  }

  private _row(finding: INotebookFinding): HTMLLIElement {
    const row = document.createElement('li');
    row.className = 'jp-CredentialGuard-findingRow';
    row.dataset.severity = finding.severity;
    const main = document.createElement('button');
    main.type = 'button';
    main.className = 'jp-CredentialGuard-findingMain';
    const title = document.createElement('span');
    title.className = 'jp-CredentialGuard-findingTitle';
    title.textContent = translateRuleText(this._trans, finding.title);
    const masked = document.createElement('code');
    masked.className = 'jp-CredentialGuard-findingMasked';
    masked.textContent = finding.masked;
    const where = document.createElement('span');
    where.className = 'jp-CredentialGuard-findingWhere';
    const output = /^outputs\[(\d+)\]$/.exec(finding.where);
    where.textContent = output
      ? this._trans.__('Cell %1, output %2', finding.cell + 1, +output[1] + 1)
      : this._trans.__('Cell %1, source', finding.cell + 1);
    main.append(title, masked, where);
    main.addEventListener('click', () => this._reveal(finding));
    row.appendChild(main);
    const actions = document.createElement('div');
    actions.className = 'jp-CredentialGuard-findingActions';
    for (const action of this._actions(finding)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'jp-Button jp-mod-styled jp-mod-minimal';
      button.textContent = action.label;
      button.addEventListener('click', () => action.run());
      actions.appendChild(button);
    }
    row.appendChild(actions);
    return row;
  }

  private _actions: (finding: INotebookFinding) => readonly IFindingAction[];
  private _document: IDocumentFindings | null = null;
  private _header: HTMLDivElement;
  private _list: HTMLUListElement;
  private _reveal: (finding: INotebookFinding) => void;
  private _trans: ReturnType<ITranslator['load']>;
}

/**
 * A namespace for `FindingsPanel` statics.
 */
export namespace FindingsPanel {
  /**
   * The options to create a `FindingsPanel`.
   */
  export interface IOptions {
    /**
     * Show a finding in its notebook: scroll to the cell and select the range.
     */
    reveal: (finding: INotebookFinding) => void;
    /**
     * The fixes offered for a finding.
     */
    actions: (finding: INotebookFinding) => readonly IFindingAction[];
    /**
     * The translator.
     */
    translator?: ITranslator | null;
  }
}

/**
 * Rows beyond this many are not listed: a notebook with more needs a bulk fix, not a list.
 */
const MAX_ROWS = 500;
