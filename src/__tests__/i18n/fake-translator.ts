import {
  ITranslator,
  nullTranslator,
  TranslationBundle
} from '@jupyterlab/translation';

/**
 * A translator whose `__` wraps every message in «…», so a test can tell a translated
 * string from one shown as given, and which records the domains it was asked for.
 */
export class MarkingTranslator implements ITranslator {
  readonly languageCode = 'xx';
  readonly domains: string[] = [];

  load(domain: string): TranslationBundle {
    this.domains.push(domain);
    const base = nullTranslator.load(domain);
    // The other gettext functions stay the base bundle's (its methods are on its prototype).
    const bundle: TranslationBundle = Object.create(base);
    bundle.__ = (msgid: string, ...args: any[]) =>
      `«${base.__(msgid, ...args)}»`;
    return bundle;
  }
}
