import type { IMarkdownParser } from '@jupyterlab/rendermime';
import {
  ITranslator,
  nullTranslator,
  TranslationBundle
} from '@jupyterlab/translation';
import { ISignal, Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';

import {
  DEFAULT_NOTICE_SETTINGS,
  INoticeSettings
} from '../settings/notice-settings';
import { renderNoticeMessage } from './notice-message';
import { TRANSLATION_DOMAIN } from '../i18n/domain';

/**
 * The banner that shows the security notice: title, message, a link and an
 * "I understand" button, in a labelled region.
 *
 * #### Notes
 * The banner only displays; `NoticeController` decides when it is shown and what
 * an acknowledgement does.
 */
export class NoticeBanner extends Widget {
  /**
   * Create the banner; call `render` to fill it.
   */
  constructor(options: NoticeBanner.IOptions = {}) {
    super();
    this._trans = (options.translator ?? nullTranslator).load(
      TRANSLATION_DOMAIN
    );
    this._parser = options.markdownParser ?? null;
    this.id = 'jp-CredentialGuard-notice';
    this.addClass('jp-CredentialGuard-notice');
    this.node.setAttribute('role', 'region');
    this.node.setAttribute('aria-label', this._trans.__('Security notice'));

    const content = (this._content = document.createElement('div'));
    content.className = 'jp-CredentialGuard-content';
    const text = document.createElement('div');
    text.className = 'jp-CredentialGuard-text';
    this._title.className = 'jp-CredentialGuard-title';
    this._message.className = 'jp-CredentialGuard-message';
    text.append(this._title, this._message);

    const actions = document.createElement('div');
    actions.className = 'jp-CredentialGuard-actions';
    this._button.type = 'button';
    this._button.className =
      'jp-Button jp-mod-styled jp-mod-accept jp-CredentialGuard-acknowledge';
    this._button.textContent = this._trans.__('I understand');
    this._button.addEventListener('click', () => this._acknowledged.emit());
    this._linkSlot.className = 'jp-CredentialGuard-linkSlot';
    actions.append(this._linkSlot, this._button);

    content.append(text, actions);
    this.node.appendChild(content);
  }

  /**
   * Emitted when the user presses "I understand".
   */
  get acknowledged(): ISignal<this, void> {
    return this._acknowledged;
  }

  /**
   * Emitted when the user follows the link and no terms URL is set, so that the
   * built-in security page should open.
   */
  get securityPageRequested(): ISignal<this, void> {
    return this._securityPageRequested;
  }

  /**
   * Show the given settings in the banner.
   */
  async render(settings: INoticeSettings): Promise<void> {
    const trans = this._trans;
    this.toggleClass('jp-mod-info', settings.appearance === 'info');
    this.toggleClass('jp-mod-warning', settings.appearance === 'warning');

    const title = Private.translated(trans, 'title', settings.title);
    this._title.textContent = title;
    this._title.hidden = title === '';

    this._linkSlot.replaceChildren(this._makeLink(settings));

    // Renders of older settings may still be awaiting the parser: only the latest wins.
    const generation = ++this._generation;
    const message = document.createElement('div');
    await renderNoticeMessage(
      message,
      Private.translated(trans, 'message', settings.message),
      settings.messageFormat,
      this._parser
    );
    if (this.isDisposed || generation !== this._generation) {
      return;
    }
    this._message.replaceChildren(...Array.from(message.childNodes));
    this._fitToContent();
  }

  /**
   * Move the keyboard focus to the "I understand" button.
   */
  focusButton(): void {
    this._button.focus();
  }

  protected onAfterShow(): void {
    this._fitToContent();
  }

  protected onAfterAttach(): void {
    // The shell's header is a Lumino BoxPanel: it sizes children from their CSS
    // min-height, so the banner has to publish the height its wrapped text needs.
    if (typeof ResizeObserver !== 'undefined') {
      this._observer = new ResizeObserver(() => this._fitToContent());
      this._observer.observe(this._content);
    }
    this._fitToContent();
  }

  protected onBeforeDetach(): void {
    this._observer?.disconnect();
    this._observer = null;
  }

  private _makeLink(settings: INoticeSettings): HTMLElement {
    // "Terms of use" only links to terms: without a URL the link opens the built-in
    // page, and says so, unless the operator chose a label.
    const label =
      !settings.termsUrl &&
      settings.linkLabel === DEFAULT_NOTICE_SETTINGS.linkLabel
        ? this._trans.__('Security on this hub')
        : Private.translated(this._trans, 'linkLabel', settings.linkLabel);
    if (settings.termsUrl) {
      const link = document.createElement('a');
      link.className = 'jp-CredentialGuard-link';
      link.href = settings.termsUrl;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = label;
      return link;
    }
    // No URL to go to: the page opens inside the app, which a button expresses.
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'jp-CredentialGuard-link jp-mod-internal';
    button.textContent = label;
    button.addEventListener('click', () => this._securityPageRequested.emit());
    return button;
  }

  private _fitToContent(): void {
    if (!this.isAttached || this.isHidden) {
      return;
    }
    const height = Math.ceil(this._content.getBoundingClientRect().height);
    const minHeight = `${height}px`;
    if (height > 0 && this.node.style.minHeight !== minHeight) {
      this.node.style.minHeight = minHeight;
      this.parent?.fit();
    }
  }

  private _acknowledged = new Signal<this, void>(this);
  private _button = document.createElement('button');
  private _content: HTMLElement;
  private _generation = 0;
  private _linkSlot = document.createElement('span');
  private _message = document.createElement('div');
  private _observer: ResizeObserver | null = null;
  private _parser: IMarkdownParser | null;
  private _securityPageRequested = new Signal<this, void>(this);
  private _title = document.createElement('strong');
  private _trans: TranslationBundle;
}

/**
 * A namespace for `NoticeBanner` statics.
 */
export namespace NoticeBanner {
  /**
   * The options to create a `NoticeBanner`.
   */
  export interface IOptions {
    /**
     * The application translator; strings stay English without one.
     */
    translator?: ITranslator | null;
    /**
     * JupyterLab's markdown parser, for messages in markdown.
     */
    markdownParser?: IMarkdownParser | null;
  }
}

namespace Private {
  /**
   * The configured text, or its translation when it is still the default.
   *
   * #### Notes
   * Admin text is shown as written; only our own defaults can be translated, and
   * they must be literal `trans.__()` calls for the string extractor to find them.
   */
  export function translated(
    trans: TranslationBundle,
    key: 'title' | 'message' | 'linkLabel',
    value: string
  ): string {
    if (value !== DEFAULT_NOTICE_SETTINGS[key]) {
      return value;
    }
    switch (key) {
      case 'title':
        return trans.__('Security on this hub');
      case 'message':
        return trans.__(
          'This hub is a shared research platform, not an enterprise-grade service. Do not store access keys, passwords or private data in notebooks or files here.'
        );
      case 'linkLabel':
        return trans.__('Terms of use');
    }
  }
}
