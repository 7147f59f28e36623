import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import type { Message } from '@lumino/messaging';
import { Widget } from '@lumino/widgets';

import { IFinding } from '../core';
import { TRANSLATION_DOMAIN } from '../i18n/domain';
import { translateRuleText } from '../i18n/rule-text';
import { IDocumentFindings, IMarkedFinding, ITextFindings } from '../tokens';
import { findingPlace, IFindingAction, renderFindingRow } from './finding-row';

export type { IFindingAction } from './finding-row';

/**
 * The findings panel: every credential of the current notebook or text file, one row
 * each (type, masked value, and cell with source or output, or line). Activating a row
 * reveals the finding; its buttons run the fixes.
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
    // Icon-only in the sidebar, as JupyterLab's own panels are; the caption names it.
    this.title.caption = this._trans.__(
      'Credentials found in the current notebook or file'
    );
    this.node.setAttribute('role', 'region');
    this.node.setAttribute('aria-label', this._trans.__('Credentials'));
    // Focusable, so that opening the panel can move the focus into it.
    this.node.tabIndex = -1;
    this._header = document.createElement('div');
    this._header.className = 'jp-CredentialGuard-panelHeader';
    this._list = document.createElement('ul');
    this._list.className = 'jp-CredentialGuard-findingList';
    this._list.setAttribute('aria-label', this._trans.__('Credentials found'));
    this._marked = document.createElement('section');
    this._marked.className = 'jp-CredentialGuard-marked';
    this._marked.hidden = true;
    this._unmark = options.unmark ?? null;
    this.node.append(this._header, this._list, this._marked);
    this._render();
  }

  /**
   * The findings listed (a notebook's or a text file's), or `null` when there is no
   * document to list.
   */
  get document(): IDocumentFindings | ITextFindings | null {
    return this._document;
  }
  set document(value: IDocumentFindings | ITextFindings | null) {
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

  /**
   * Opening the panel (its tab, the status bar, the palette) moves the focus into it: to
   * the first finding, or to the panel when there is none.
   */
  protected onActivateRequest(msg: Message): void {
    super.onActivateRequest(msg);
    this.focusFirst();
  }

  /**
   * Put the focus on the first finding, or on the panel when there is none.
   */
  focusFirst(): void {
    const first = this._list.querySelector<HTMLElement>(
      '.jp-CredentialGuard-findingMain'
    );
    (first ?? this.node).focus();
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
    this._renderMarked([]);
    if (!doc) {
      this._header.textContent = this._trans.__(
        'Open a notebook or a text file to see the credentials found in it.'
      );
      return;
    }
    if (doc.paused) {
      this._header.textContent = this._trans.__(
        'Warnings are paused for this notebook.'
      );
      return;
    }
    this._header.textContent = this._summary(doc, findings.length);
    for (const finding of findings.slice(0, MAX_ROWS)) {
      this._list.appendChild(
        renderFindingRow(finding, {
          trans: this._trans,
          reveal: this._reveal,
          actions: this._actions(finding)
        })
      );
    }
    this._renderMarked(isNotebook(doc) ? doc.marked() : []);
  }

  /**
   * The findings marked "not a secret", each with a way to take the mark back: a mark
   * is a decision a user should be able to review, not only undo in a passing toast.
   */
  private _renderMarked(marked: readonly IMarkedFinding[]): void {
    this._marked.replaceChildren();
    this._marked.hidden = marked.length === 0;
    if (marked.length === 0) {
      return;
    }
    const trans = this._trans;
    const heading = document.createElement('h3');
    heading.className = 'jp-CredentialGuard-markedHeading';
    heading.textContent = trans.__(
      'Marked as not a secret (%1)',
      marked.length
    );
    const list = document.createElement('ul');
    list.className = 'jp-CredentialGuard-findingList';
    list.setAttribute('aria-label', trans.__('Marked as not a secret'));
    for (const mark of marked.slice(0, MAX_ROWS)) {
      const row = renderFindingRow(mark.finding, {
        trans,
        reveal: this._reveal,
        actions: []
      });
      row.classList.add('jp-mod-marked');
      const unmark = document.createElement('button');
      unmark.type = 'button';
      unmark.className = 'jp-Button jp-mod-minimal jp-CredentialGuard-unmark';
      unmark.textContent = trans.__('Unmark');
      unmark.setAttribute(
        'aria-label',
        trans.__(
          'Unmark %1 (%2): warn about it again',
          translateRuleText(trans, mark.finding.title),
          findingPlace(mark.finding, trans)
        )
      );
      unmark.addEventListener('click', () => this._unmark?.(mark));
      if (!this._unmark) {
        unmark.disabled = true;
      }
      row.appendChild(unmark);
      list.appendChild(row);
    }
    this._marked.append(heading, list);
  }

  private _summary(
    doc: IDocumentFindings | ITextFindings,
    count: number
  ): string {
    const trans = this._trans;
    if (isNotebook(doc)) {
      return count === 0
        ? trans.__('No credentials found in this notebook.')
        : trans._n(
            '%1 credential found in this notebook.',
            '%1 credentials found in this notebook.',
            count
          );
    }
    return count === 0
      ? trans.__('No credentials found in this file.')
      : trans._n(
          '%1 credential found in this file.',
          '%1 credentials found in this file.',
          count
        );
  }

  private _actions: (finding: IFinding) => readonly IFindingAction[];
  private _document: IDocumentFindings | ITextFindings | null = null;
  private _header: HTMLDivElement;
  private _list: HTMLUListElement;
  private _marked: HTMLElement;
  private _unmark: ((mark: IMarkedFinding) => void) | null;
  private _reveal: (finding: IFinding) => void;
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
     * Show a finding in its document: a notebook's cell, or a text file's range, selected.
     */
    reveal: (finding: IFinding) => void;
    /**
     * The fixes offered for a finding (a notebook's `INotebookFinding`, or a text file's
     * `IFinding`).
     */
    actions: (finding: IFinding) => readonly IFindingAction[];
    /**
     * Take back a "not a secret" mark.
     */
    unmark?: (mark: IMarkedFinding) => void;
    /**
     * The translator.
     */
    translator?: ITranslator | null;
  }
}

/**
 * Whether the findings are a notebook's (they have cells) rather than a text file's.
 */
function isNotebook(
  doc: IDocumentFindings | ITextFindings
): doc is IDocumentFindings {
  return typeof (doc as Partial<IDocumentFindings>).cell === 'function';
}

/**
 * Rows beyond this many are not listed: a notebook with more needs a bulk fix, not a list.
 */
const MAX_ROWS = 500;
