import { TranslationBundle } from '@jupyterlab/translation';

import { IFinding, IRule } from '../core';
import { translateRuleText } from '../i18n/rule-text';

/**
 * The words of a warning about one finding, translated, safe to show anywhere.
 *
 * #### Notes
 * The secret itself never appears: only the rule's title and the finding's `masked`
 * preview. Rule texts are data from the engine, in English: those of the built-in rules
 * are translated through the generated catalog, an admin's custom ones are shown as
 * written.
 */
export interface IWarningText {
  /**
   * "GitHub token (ghp_Ab12…)".
   */
  readonly headline: string;
  /**
   * Why keeping it on this shared hub is risky.
   */
  readonly risk: string;
  /**
   * What to do instead, and to revoke and rotate it if already saved or shared.
   */
  readonly remedy: string;
  /**
   * The provider's page for revoking the credential, if known.
   */
  readonly revokeUrl: string | null;
}

/**
 * Describe `finding` for a user.
 *
 * @param finding - what the engine found
 * @param rule - its rule, when the engine still has it
 * @param trans - the translation bundle
 */
export function warningText(
  finding: IFinding,
  rule: IRule | undefined,
  trans: TranslationBundle
): IWarningText {
  const title = translateRuleText(trans, rule?.title ?? finding.title);
  return {
    headline: trans.__('%1 (%2)', title, finding.masked),
    risk: rule?.description
      ? translateRuleText(trans, rule.description)
      : trans.__(
          'Anyone who can open this notebook on the shared hub, or a copy of it, can use this credential.'
        ),
    remedy: rule?.remediation
      ? translateRuleText(trans, rule.remediation)
      : trans.__(
          'Read it from an environment variable or the hub secret store instead. If it was already saved or shared, revoke it and create a new one.'
        ),
    revokeUrl: validUrl(rule?.revokeUrl)
  };
}

/**
 * The warning as plain text, for the diagnostic's `message` (screen readers, the lint
 * panel) and for tests.
 */
export function warningPlainText(
  text: IWarningText,
  trans: TranslationBundle
): string {
  const parts = [text.headline, text.risk, text.remedy];
  if (text.revokeUrl) {
    parts.push(trans.__('Revoke it here: %1', text.revokeUrl));
  }
  return parts.join('\n');
}

/**
 * The warning as DOM, for the editor tooltip: short, since it covers the code. A bold
 * headline, one line of why (the risk's first sentence, inline code as code), and the
 * provider's page as a link; the full remedy is in the message that screen readers and
 * the lint panel read. CodeMirror adds the fixes after it, as buttons.
 */
export function renderWarning(
  text: IWarningText,
  trans: TranslationBundle
): HTMLElement {
  const node = document.createElement('div');
  node.className = 'jp-CredentialGuard-warning';
  const headline = document.createElement('strong');
  headline.className = 'jp-CredentialGuard-warningHeadline';
  headline.textContent = text.headline;
  node.appendChild(headline);
  const risk = document.createElement('p');
  risk.className = 'jp-CredentialGuard-warningRisk';
  risk.append(...withInlineCode(firstSentence(text.risk)));
  node.appendChild(risk);
  if (text.revokeUrl) {
    const link = document.createElement('a');
    link.className = 'jp-CredentialGuard-warningLink';
    link.href = text.revokeUrl;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = trans.__('Revoke it at the provider');
    node.appendChild(link);
  }
  return node;
}

/**
 * The first sentence of `text` (up to a full stop followed by a space), or all of it.
 */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?]\s/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/**
 * `text` as nodes, with each `backtick span` as a code element.
 */
export function withInlineCode(text: string): Node[] {
  return text.split(/(`[^`]+`)/).map(part => {
    if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) {
      const code = document.createElement('code');
      code.textContent = part.slice(1, -1);
      return code;
    }
    return document.createTextNode(part);
  });
}

/**
 * Only absolute http(s) links are rendered; anything else is dropped.
 */
function validUrl(url: string | undefined): string | null {
  return url && /^https?:\/\//.test(url) ? url : null;
}
