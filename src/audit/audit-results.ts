import type { TranslationBundle } from '@jupyterlab/translation';

import type { IAuditFinding } from '../core/file-walk';
import { withInlineCode } from '../editor/diagnostic-message';
import type { IAuditFileReport } from './audit-run';

/** What the results list needs from its owner. */
export interface IResultsOptions {
  trans: TranslationBundle;
  /** A rule's remedy by id (the engine's rules), for rule findings. */
  remediation: (ruleId: string) => string;
  /** Open a file at a finding. */
  open: (file: IAuditFileReport, finding: IAuditFinding) => void;
}

/**
 * Whether JupyterLab can open the file: its contents API hides any path with a part
 * that starts with a dot.
 */
export function isOpenable(path: string): boolean {
  return !path.split('/').some(part => part.startsWith('.'));
}

/**
 * The results list: one group per file, one row per finding, masked.
 *
 * Notes: an openable file's rows are buttons (Enter or a click opens the file at the
 * finding); a hidden file's rows say how to reach it instead.
 */
export function renderResults(
  files: readonly IAuditFileReport[],
  options: IResultsOptions
): HTMLElement {
  const { trans } = options;
  const list = document.createElement('ul');
  list.className = 'jp-CredentialGuard-auditResults';
  list.setAttribute('aria-label', trans.__('Files with credentials'));
  for (const file of files) {
    const group = document.createElement('li');
    group.className = 'jp-CredentialGuard-auditFile';
    const heading = document.createElement('h3');
    heading.className = 'jp-CredentialGuard-auditPath';
    heading.textContent = file.path;
    group.append(heading);
    const openable = isOpenable(file.path);
    if (!openable) {
      const hint = document.createElement('p');
      hint.className = 'jp-CredentialGuard-auditHint';
      hint.textContent = trans.__(
        'A hidden file: JupyterLab does not open it. Open a terminal to remove or change it: %1',
        file.path
      );
      group.append(hint);
    }
    const rows = document.createElement('ul');
    rows.setAttribute('aria-label', trans.__('Findings in %1', file.path));
    for (const finding of file.findings) {
      rows.append(renderRow(file, finding, openable, options));
    }
    group.append(rows);
    list.append(group);
  }
  return list;
}

function renderRow(
  file: IAuditFileReport,
  finding: IAuditFinding,
  openable: boolean,
  options: IResultsOptions
): HTMLElement {
  const { trans } = options;
  const row = document.createElement('li');
  row.className = `jp-CredentialGuard-auditFinding jp-mod-${finding.severity}`;
  const place = placeOf(finding, trans);
  const label = [finding.title, place, finding.masked]
    .filter(Boolean)
    .join(' · ');
  const main = document.createElement(openable ? 'button' : 'div');
  main.className = 'jp-CredentialGuard-auditFindingMain';
  main.textContent = label;
  if (openable) {
    main.setAttribute(
      'aria-label',
      trans.__('Open %1 at %2', file.path, label)
    );
    main.addEventListener('click', () => options.open(file, finding));
  }
  const rule = document.createElement('code');
  rule.className = 'jp-CredentialGuard-auditRule';
  rule.textContent = finding.ruleId;
  const remedy = document.createElement('p');
  remedy.className = 'jp-CredentialGuard-auditRemedy';
  // Commands and names in backticks read as code, as in the editor's tooltip.
  remedy.append(
    ...withInlineCode(
      [
        finding.message,
        finding.remediation ?? options.remediation(finding.ruleId)
      ]
        .filter(Boolean)
        .join(' ')
    )
  );
  row.append(main, rule, remedy);
  return row;
}

/** "line 3", "cell 2, line 1", "output 1 of cell 4", or '' when unknown. */
function placeOf(finding: IAuditFinding, trans: TranslationBundle): string {
  if (finding.cell !== null) {
    const cell = finding.cell + 1;
    const output = /^outputs\[(\d+)\]$/.exec(finding.where ?? '');
    return output
      ? trans.__(
          'cell %1, output %2, line %3',
          cell,
          Number(output[1]) + 1,
          finding.line ?? 1
        )
      : trans.__('cell %1, line %2', cell, finding.line ?? 1);
  }
  return finding.line !== null ? trans.__('line %1', finding.line) : '';
}
