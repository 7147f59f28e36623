import { Sanitizer } from '@jupyterlab/apputils';
import type { IMarkdownParser } from '@jupyterlab/rendermime';

import type { NoticeMessageFormat } from '../settings/notice-settings';

/**
 * Render the notice message into `host`, replacing what was there.
 *
 * @param host - The element that receives the message.
 * @param text - The message as configured.
 * @param format - `plain` sets it as text; `markdown` parses and sanitizes it.
 * @param parser - JupyterLab's markdown parser; without one, markdown is shown as text.
 *
 * #### Notes
 * The message never reaches the DOM as raw HTML: markdown output goes through
 * `sanitizeNoticeHtml` first.
 */
export async function renderNoticeMessage(
  host: HTMLElement,
  text: string,
  format: NoticeMessageFormat,
  parser: IMarkdownParser | null
): Promise<void> {
  if (format !== 'markdown' || !parser) {
    host.textContent = text;
    return;
  }
  let html: string;
  try {
    html = await parser.render(text);
  } catch (reason) {
    console.warn(
      'jupyterlab-credential-guard: the notice message could not be parsed as markdown; it is shown as text.',
      reason
    );
    host.textContent = text;
    return;
  }
  host.replaceChildren(sanitizeNoticeHtml(html));
}

/**
 * Sanitize HTML for the notice banner.
 *
 * @param html - Untrusted HTML, such as a markdown parser's output.
 * @returns An inert fragment holding only text-level markup and web links.
 *
 * #### Notes
 * JupyterLab's `Sanitizer` runs first, with command links turned off (they are on by
 * default, and a banner link must never run an app command). Then a stricter pass
 * keeps only the tags and attributes a short notice needs: the stock sanitizer still
 * allows buttons, images with `data:` sources, classes and inline styles.
 */
export function sanitizeNoticeHtml(html: string): DocumentFragment {
  const clean = Private.sanitizer().sanitize(html);
  // A template's content is inert: nothing in it loads or runs while we inspect it.
  const template = document.createElement('template');
  template.innerHTML = clean;
  Private.harden(template.content);
  return template.content;
}

namespace Private {
  /**
   * The Sanitizer's setters that are newer than JupyterLab 4.1.
   */
  interface INewerSanitizer {
    setAllowCommandLinker?(allow: boolean): void;
    setAllowNamedProperties?(allow: boolean): void;
  }

  let instance: Sanitizer | null = null;

  /**
   * The notice's own sanitizer; the app's may be configured more permissively.
   */
  export function sanitizer(): Sanitizer {
    if (!instance) {
      instance = new Sanitizer();
      // Both setters are newer than JupyterLab 4.1 (4.6 and 4.3); where they are missing,
      // `harden` still removes the ids, names and command-linker attributes they would.
      const settable: Sanitizer & INewerSanitizer = instance;
      settable.setAllowCommandLinker?.(false);
      settable.setAllowNamedProperties?.(false);
    }
    return instance;
  }

  /**
   * Drop every element and attribute the banner does not need.
   */
  export function harden(root: DocumentFragment): void {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const tag = element.localName;
      if (!KEPT_TAGS.has(tag)) {
        if (DROPPED_TAGS.has(tag)) {
          element.remove();
        } else {
          // Unknown containers (div, table…) keep their text, not their element.
          element.replaceWith(...Array.from(element.childNodes));
        }
        continue;
      }
      for (const attribute of Array.from(element.attributes)) {
        if (!KEPT_ATTRIBUTES.has(attribute.name)) {
          element.removeAttribute(attribute.name);
        }
      }
      if (tag === 'a') {
        hardenLink(element as HTMLAnchorElement);
      }
    }
  }

  function hardenLink(link: HTMLAnchorElement): void {
    const href = link.getAttribute('href') ?? '';
    let protocol = '';
    try {
      protocol = new URL(href).protocol;
    } catch {
      // Relative or malformed: it would point into the hub, so it is not kept.
    }
    if (!SAFE_PROTOCOLS.has(protocol)) {
      // Keep the words, drop the link: an inert anchor would still look clickable.
      link.replaceWith(...Array.from(link.childNodes));
      return;
    }
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }

  const KEPT_TAGS = new Set([
    'a',
    'b',
    'blockquote',
    'br',
    'code',
    'del',
    'em',
    'i',
    'kbd',
    'li',
    'ol',
    'p',
    's',
    'span',
    'strong',
    'sub',
    'sup',
    'u',
    'ul'
  ]);

  // Removed with their content: interactive, embedded or active elements.
  const DROPPED_TAGS = new Set([
    'audio',
    'button',
    'canvas',
    'embed',
    'form',
    'iframe',
    'img',
    'input',
    'math',
    'object',
    'picture',
    'script',
    'select',
    'style',
    'svg',
    'template',
    'textarea',
    'video'
  ]);

  const KEPT_ATTRIBUTES = new Set(['href', 'title', 'lang', 'dir', 'start']);

  const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
}
