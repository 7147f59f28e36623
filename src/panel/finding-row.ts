import type { TranslationBundle } from '@jupyterlab/translation';
import { ellipsesIcon } from '@jupyterlab/ui-components';

import { IFinding, INotebookFinding } from '../core';
import { IMenuAction, openActionMenu } from '../fixes/action-menu';
import { translateRuleText } from '../i18n/rule-text';

/**
 * An action offered on a row of the panel (a fix), as its menu lists it.
 */
export type IFindingAction = IMenuAction;

/**
 * Whether a finding is a notebook's (it names its cell) rather than a text file's.
 */
export function isNotebookFinding(
  finding: IFinding
): finding is INotebookFinding {
  return 'cellId' in finding && 'where' in finding;
}

/**
 * Where a finding is, for a user: "Cell 3, output 1", "Cell 3, source" or "Line 12".
 */
export function findingPlace(
  finding: IFinding,
  trans: TranslationBundle
): string {
  if (!isNotebookFinding(finding)) {
    return trans.__('Line %1', finding.line);
  }
  const location = finding.location;
  return location.part === 'output'
    ? trans.__('Cell %1, output %2', finding.cell + 1, location.index + 1)
    : trans.__('Cell %1, source', finding.cell + 1);
}

/**
 * One row of the findings panel, on one line: a button with the credential type, the
 * masked value and the place (it reveals the finding), then one compact button that
 * opens the row's fixes as a menu.
 *
 * #### Notes
 * Only the `masked` preview is shown, never the secret. A menu keeps eight findings on
 * eight lines, where a button per fix took several screens; it is keyboard-navigable
 * like JupyterLab's own menus.
 */
export function renderFindingRow(
  finding: IFinding,
  options: {
    trans: TranslationBundle;
    reveal: (finding: IFinding) => void;
    actions: readonly IFindingAction[];
  }
): HTMLLIElement {
  const trans = options.trans;
  const row = document.createElement('li');
  row.className = 'jp-CredentialGuard-findingRow';
  row.dataset.severity = finding.severity;
  const main = document.createElement('button');
  main.type = 'button';
  main.className = 'jp-CredentialGuard-findingMain';
  const title = document.createElement('span');
  title.className = 'jp-CredentialGuard-findingTitle';
  const titleText = translateRuleText(trans, finding.title);
  title.textContent = titleText;
  const masked = document.createElement('code');
  masked.className = 'jp-CredentialGuard-findingMasked';
  masked.textContent = finding.masked;
  const where = document.createElement('span');
  where.className = 'jp-CredentialGuard-findingWhere';
  where.textContent = findingPlace(finding, trans);
  main.append(title, masked, where);
  main.title = `${titleText}, ${finding.masked}, ${where.textContent}`;
  main.addEventListener('click', () => options.reveal(finding));
  row.appendChild(main);
  if (options.actions.length > 0) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'jp-Button jp-mod-minimal jp-CredentialGuard-findingFixes';
    more.setAttribute('aria-haspopup', 'menu');
    const label = trans.__('Fixes for %1 (%2)', titleText, where.textContent);
    more.setAttribute('aria-label', label);
    more.title = label;
    ellipsesIcon.element({ container: more, tag: 'span' });
    more.addEventListener('click', () => {
      const box = more.getBoundingClientRect();
      openActionMenu(options.actions, { x: box.left, y: box.bottom }, () => {
        if (more.isConnected) {
          more.focus();
        }
      });
    });
    row.appendChild(more);
  }
  return row;
}
