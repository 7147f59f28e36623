import { MainAreaWidget } from '@jupyterlab/apputils';
import {
  ITranslator,
  nullTranslator,
  TranslationBundle
} from '@jupyterlab/translation';
import { infoIcon } from '@jupyterlab/ui-components';
import { Widget } from '@lumino/widgets';
import { TRANSLATION_DOMAIN } from '../i18n/domain';

/**
 * The DOM id of the built-in page, so that the command can find an open one.
 */
export const SECURITY_PAGE_ID = 'jp-CredentialGuard-securityPage';

/**
 * The built-in "Security on this hub" page: the hub's stance, good practice, and
 * what to do when a key has leaked.
 *
 * #### Notes
 * It is what the banner links to when the admin configured no terms URL, so it
 * must stand on its own. All text is ours and translatable; nothing is HTML.
 */
export class SecurityPage extends Widget {
  /**
   * Create the page content.
   */
  constructor(options: SecurityPage.IOptions = {}) {
    super();
    const trans = (options.translator ?? nullTranslator).load(
      TRANSLATION_DOMAIN
    );
    this.addClass('jp-CredentialGuard-securityPage');
    this.node.setAttribute('role', 'region');
    this.node.setAttribute('aria-label', trans.__('Security on this hub'));
    const article = document.createElement('article');
    article.className = 'jp-CredentialGuard-securityPage-body';
    article.append(...Private.content(trans, options.termsUrl ?? ''));
    this.node.appendChild(article);
  }
}

/**
 * A namespace for `SecurityPage` statics.
 */
export namespace SecurityPage {
  /**
   * The options to create a `SecurityPage`.
   */
  export interface IOptions {
    /**
     * The application translator.
     */
    translator?: ITranslator | null;
    /**
     * The hub's terms of use, already validated as http(s); `''` for none.
     */
    termsUrl?: string;
  }

  /**
   * Create the page wrapped for the main area, with its tab title and icon.
   */
  export function createMainAreaWidget(
    options: IOptions = {}
  ): MainAreaWidget<SecurityPage> {
    const trans = (options.translator ?? nullTranslator).load(
      TRANSLATION_DOMAIN
    );
    const widget = new MainAreaWidget({ content: new SecurityPage(options) });
    // The page scrolls: keyboard users must be able to Tab to it to scroll it
    // (MainAreaWidget makes its content focusable by script only, tabIndex -1).
    widget.content.node.tabIndex = 0;
    widget.id = SECURITY_PAGE_ID;
    widget.title.label = trans.__('Security on this hub');
    widget.title.icon = infoIcon;
    widget.title.closable = true;
    return widget;
  }
}

namespace Private {
  /**
   * Build the page from headings, paragraphs and lists.
   */
  export function content(trans: TranslationBundle, termsUrl: string): Node[] {
    const nodes: Node[] = [
      el('h1', trans.__('Security on this hub')),
      el('h2', trans.__('What this hub is')),
      el(
        'p',
        trans.__(
          'This hub is a shared platform for research and teaching. It is run with care, but it is not an enterprise-grade service: it has no guarantees of isolation, auditing or data protection that sensitive material would need.'
        )
      ),
      el(
        'p',
        trans.__(
          'Do not store access keys, passwords, tokens or private data (personal, medical or confidential) in notebooks or files here. Notebooks keep their outputs and get copied, shared and committed, and a secret in one travels with it.'
        )
      ),
      el('h2', trans.__('Good practice')),
      list([
        trans.__(
          'Read credentials from environment variables or a credentials file outside your notebooks, never from text typed into a cell.'
        ),
        trans.__(
          'Prefer short-lived, narrowly scoped credentials: read-only where you can, limited to one project or bucket, and expiring soon.'
        ),
        trans.__(
          'If this hub offers a secret store, keep your credentials there and load them at run time.'
        ),
        trans.__(
          'Clear outputs that print configuration or environment before you save or share a notebook.'
        )
      ]),
      el('h2', trans.__('If a key has leaked')),
      list(
        [
          trans.__(
            'Revoke the key and create a new one first, at the service that issued it. Assume it has been copied as soon as it was saved.'
          ),
          trans.__(
            'Check the service for use of the key that you do not recognise, and tell the hub admins.'
          ),
          trans.__(
            'Then remove the key from the notebook, its outputs and its checkpoints, and from the history of every repository it was committed to.'
          )
        ],
        'ol'
      )
    ];
    if (termsUrl) {
      const link = document.createElement('a');
      link.href = termsUrl;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = trans.__('Read the terms of use of this hub');
      const paragraph = el('p', '');
      paragraph.appendChild(link);
      nodes.push(paragraph);
    }
    return nodes;
  }

  function el(tag: string, text: string): HTMLElement {
    const node = document.createElement(tag);
    node.textContent = text;
    return node;
  }

  function list(items: string[], tag: 'ul' | 'ol' = 'ul'): HTMLElement {
    const node = document.createElement(tag);
    node.append(...items.map(item => el('li', item)));
    return node;
  }
}
