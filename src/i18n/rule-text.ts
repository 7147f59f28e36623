import type { TranslationBundle } from '@jupyterlab/translation';

import { ruleMessages } from './rule-messages';

/**
 * A rule's text (title, description or remediation) in the user's language.
 *
 * #### Notes
 * The core's rules are in English and know no translator; the generated catalog
 * (`rule-messages.ts`) lists the built-in texts as literal `trans.__()` calls. Texts
 * that are not in it, such as an admin's custom rules, are shown as written, and never
 * go through gettext formatting (which would read `%1` as a placeholder).
 *
 * @param trans - the bundle of this extension's translation domain
 * @param text - the English text, as the core gives it
 */
export function translateRuleText(
  trans: Pick<TranslationBundle, '__'>,
  text: string
): string {
  let catalog = Private.catalogs.get(trans);
  if (!catalog) {
    const translated = ruleMessages(trans);
    catalog = new Map(Private.ENGLISH.map((msg, i) => [msg, translated[i]]));
    Private.catalogs.set(trans, catalog);
  }
  return catalog.get(text) ?? text;
}

namespace Private {
  /**
   * The catalog's English texts, in its order.
   */
  export const ENGLISH = ruleMessages({ __: (msgid: string) => msgid });

  /**
   * The catalog translated, per bundle (a language change reloads the page).
   */
  export const catalogs = new WeakMap<object, Map<string, string>>();
}
