import { Dialog, showDialog } from '@jupyterlab/apputils';
import { TranslationBundle } from '@jupyterlab/translation';
import { Widget } from '@lumino/widgets';

import { IFinding, INotebookFinding } from '../core';
import { translateRuleText } from '../i18n/rule-text';

/**
 * The user's answer to the confirm dialog.
 *
 * - `save`: save anyway;
 * - `fix`: do not save, show the findings;
 * - `clear-and-save`: clear the outputs with credentials, then save;
 * - `cancel`: do not save (Escape, or the dialog was closed).
 */
export type ConfirmChoice = 'save' | 'fix' | 'clear-and-save' | 'cancel';

/**
 * Ask before a manual save of a document with findings, listing them masked.
 *
 * @param options - what to list and which buttons to offer
 * @returns the user's choice; nothing is saved or changed here
 */
export async function confirmSave(
  options: IConfirmSaveOptions
): Promise<ConfirmChoice> {
  const { trans } = options;
  const save = Dialog.warnButton({ label: trans.__('Save anyway') });
  const fix = Dialog.okButton({ label: trans.__('Fix first') });
  const clear = Dialog.warnButton({
    label: trans.__('Clear outputs with secrets and save')
  });
  const buttons = [fix, ...(options.offerClear ? [clear] : []), save];
  const result = await showDialog({
    title: trans._n(
      'Save %2 with %1 credential?',
      'Save %2 with %1 credentials?',
      options.findings.length,
      options.name
    ),
    body: confirmBody(trans, options.findings),
    buttons,
    // Enter picks the safe answer: a reflexive Enter must not write the secret.
    defaultButton: 0,
    hasClose: true
  });
  switch (result.button.label) {
    case save.label:
      return 'save';
    case fix.label:
      return 'fix';
    case clear.label:
      return options.offerClear ? 'clear-and-save' : 'cancel';
    default:
      return 'cancel';
  }
}

/**
 * The options of `confirmSave`.
 */
export interface IConfirmSaveOptions {
  /**
   * The translation bundle.
   */
  trans: TranslationBundle;
  /**
   * The document's file name.
   */
  name: string;
  /**
   * Its findings (at least one).
   */
  findings: readonly IFinding[];
  /**
   * Whether to offer "Clear outputs with secrets and save" (a notebook with findings
   * in outputs).
   */
  offerClear: boolean;
}

/**
 * The dialog body: why it asks, then one line per finding (type, masked value, place).
 */
export function confirmBody(
  trans: TranslationBundle,
  findings: readonly IFinding[]
): Widget {
  const node = document.createElement('div');
  node.className = 'jp-CredentialGuard-confirm';
  const why = document.createElement('p');
  why.textContent = trans.__(
    'Saving writes these to the hub storage, from where they reach backups, shared folders and git. Saving anyway is your call; a credential that was saved should be revoked.'
  );
  const list = document.createElement('ul');
  list.className = 'jp-CredentialGuard-confirmList';
  for (const finding of findings.slice(0, MAX_LISTED)) {
    const item = document.createElement('li');
    const title = document.createElement('span');
    title.textContent = translateRuleText(trans, finding.title);
    const masked = document.createElement('code');
    masked.textContent = finding.masked;
    const where = document.createElement('span');
    where.className = 'jp-CredentialGuard-confirmWhere';
    where.textContent = place(trans, finding);
    item.append(title, ' ', masked, ' ', where);
    list.appendChild(item);
  }
  node.append(why, list);
  if (findings.length > MAX_LISTED) {
    const more = document.createElement('p');
    more.textContent = trans.__('and %1 more', findings.length - MAX_LISTED);
    node.appendChild(more);
  }
  return new Widget({ node });
}

/**
 * Where a finding is: cell and part for a notebook, line for a text file.
 */
function place(trans: TranslationBundle, finding: IFinding): string {
  const { cell, location } = finding as Partial<INotebookFinding>;
  if (typeof cell !== 'number' || !location) {
    return trans.__('line %1', finding.line);
  }
  return location.part === 'output'
    ? trans.__('cell %1, output %2', cell + 1, location.index + 1)
    : trans.__('cell %1, line %2', cell + 1, finding.line);
}

/**
 * More findings than this are counted, not listed.
 */
const MAX_LISTED = 20;
