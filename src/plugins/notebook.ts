import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';

// Findings must follow a notebook from the moment it opens.
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { DocumentFindings } from '../notebook/document-findings';
import { ISecretScanner } from '../tokens';

/**
 * Keeps the findings of each open notebook current from its model, and registers them
 * with the scanner service for the views.
 */
export const notebookFindingsPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-credential-guard:notebook-findings',
  description:
    'Scans each open notebook (sources and outputs) as it changes, cell by cell.',
  autoStart: true,
  requires: [ISecretScanner, INotebookTracker],
  activate: (
    _app: JupyterFrontEnd,
    scanner: ISecretScanner,
    tracker: INotebookTracker
  ): void => {
    const attach = (panel: NotebookPanel) => {
      const findings = new DocumentFindings({
        model: panel.context.model,
        scanner
      });
      const registration = scanner.addDocument(findings);
      panel.disposed.connect(() => {
        registration.dispose();
        findings.dispose();
      });
    };
    tracker.forEach(attach);
    tracker.widgetAdded.connect((_, panel) => attach(panel));
  }
};
