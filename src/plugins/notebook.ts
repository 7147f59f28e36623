import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { CodeCell } from '@jupyterlab/cells';
import { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';
import { ITranslator } from '@jupyterlab/translation';

// Findings and markers must follow a notebook from the moment it opens.
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { DocumentFindings } from '../notebook/document-findings';
import { clearOutputAt } from '../fixes/clear-output';
import { CommandIDs } from '../fixes/command-ids';
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { OutputMarkers } from '../notebook/output-markers';
import { PerContext } from '../notebook/per-context';
import { ISecretScanner } from '../tokens';

/**
 * Keeps the findings of each open notebook current from its model, registers them with
 * the scanner service for the views, and marks outputs that show a credential.
 */
export const notebookFindingsPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-credential-guard:notebook-findings',
  description:
    'Scans each open notebook (sources and outputs) as it changes, cell by cell.',
  autoStart: true,
  requires: [ISecretScanner, INotebookTracker],
  optional: [ITranslator],
  activate: (
    app: JupyterFrontEnd,
    scanner: ISecretScanner,
    tracker: INotebookTracker,
    translator: ITranslator | null
  ): void => {
    // Through the command when it is there: it offers an Undo.
    const clearOutputOf =
      (panel: NotebookPanel) => (cell: CodeCell, index: number) => {
        const args = {
          cellId: cell.model.id,
          cellIndex: panel.content.widgets.indexOf(cell),
          path: panel.context.path,
          outputIndex: index
        };
        if (!app.commands.hasCommand(CommandIDs.clearOutputs)) {
          clearOutputAt(cell.model, index);
          return;
        }
        app.commands
          .execute(CommandIDs.clearOutputs, args)
          .catch(reason =>
            console.warn(
              'jupyterlab-credential-guard: the output could not be cleared.',
              reason
            )
          );
      };
    // One set of findings per notebook, whatever the number of its views.
    const documents = new PerContext<{
      findings: DocumentFindings;
      dispose(): void;
    }>();
    const documentOf = (panel: NotebookPanel) =>
      documents.get(panel.context, () => {
        const findings = new DocumentFindings({
          model: panel.context.model,
          scanner
        });
        const registration = scanner.addDocument(findings);
        return {
          findings,
          dispose() {
            registration.dispose();
            findings.dispose();
          }
        };
      });
    const attach = (panel: NotebookPanel) => {
      const markers = new OutputMarkers({
        notebook: panel.content,
        findings: documentOf(panel).findings,
        clearOutput: clearOutputOf(panel),
        translator
      });
      panel.disposed.connect(() => markers.dispose());
    };
    tracker.forEach(attach);
    tracker.widgetAdded.connect((_, panel) => attach(panel));
  }
};
