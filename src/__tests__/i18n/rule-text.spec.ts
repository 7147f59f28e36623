import { builtinRules } from '../../core';
import { TRANSLATION_DOMAIN } from '../../i18n/domain';
import { translateRuleText } from '../../i18n/rule-text';
import { MarkingTranslator } from './fake-translator';

describe('#translateRuleText', () => {
  const trans = new MarkingTranslator().load(TRANSLATION_DOMAIN);

  it('should translate the title, description and remediation of every built-in rule', () => {
    // Fails when a rule changed and `node scripts/rule_messages.js` was not run.
    const missing: string[] = [];
    for (const rule of builtinRules) {
      for (const text of [rule.title, rule.description, rule.remediation]) {
        if (text && translateRuleText(trans, text) !== `«${text}»`) {
          missing.push(`${rule.id}: ${text}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it.each([
    ['an admin’s custom rule title', 'Internal billing token'],
    ['a custom text with a gettext placeholder', 'Token %1 of the lab'] // never formatted
  ])('should show %s as written', (_reason, text) => {
    expect(translateRuleText(trans, text)).toBe(text);
  });
});

describe('TRANSLATION_DOMAIN', () => {
  it('should be the normalized Python package name, as JupyterLab expects of extensions', () => {
    expect(TRANSLATION_DOMAIN).toBe('jupyterlab_credential_guard');
  });
});
