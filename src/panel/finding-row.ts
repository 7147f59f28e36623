import type { TranslationBundle } from '@jupyterlab/translation';

import { IFinding, INotebookFinding } from '../core';
import { translateRuleText } from '../i18n/rule-text';

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
 * One row of the findings panel: a button with the credential type, the masked value
 * and the place (it reveals the finding), then a button per action.
 *
 * #### Notes
 * Only the `masked` preview is shown, never the secret.
 */
export function renderFindingRow(
  finding: IFinding,
  options: {
    trans: TranslationBundle;
    reveal: (finding: IFinding) => void;
    actions: readonly IFindingAction[];
  }
): HTMLLIElement {
  const row = document.createElement('li');
  row.className = 'jp-CredentialGuard-findingRow';
  row.dataset.severity = finding.severity;
  const main = document.createElement('button');
  main.type = 'button';
  main.className = 'jp-CredentialGuard-findingMain';
  const title = document.createElement('span');
  title.className = 'jp-CredentialGuard-findingTitle';
  title.textContent = translateRuleText(options.trans, finding.title);
  const masked = document.createElement('code');
  masked.className = 'jp-CredentialGuard-findingMasked';
  masked.textContent = finding.masked;
  const where = document.createElement('span');
  where.className = 'jp-CredentialGuard-findingWhere';
  where.textContent = findingPlace(finding, options.trans);
  main.append(title, masked, where);
  main.addEventListener('click', () => options.reveal(finding));
  row.appendChild(main);
  const actions = document.createElement('div');
  actions.className = 'jp-CredentialGuard-findingActions';
  for (const action of options.actions) {
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
