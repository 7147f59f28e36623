import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { IEditorTracker } from '@jupyterlab/fileeditor';

import { PerContext } from '../notebook/per-context';
import { ISecretScanner } from '../tokens';

/**
 * Keeps the findings of each open text file (file editor: `.py`, `.env`, `.yaml`…)
 * current from its model, and registers them with the scanner service for the status
 * bar and the findings panel.
 */
export const fileFindingsPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-credential-guard:file-findings',
  description:
    'Scans each text file open in the file editor as it changes, for the status bar and the findings panel.',
  autoStart: true,
  requires: [ISecretScanner],
  optional: [IEditorTracker],
  activate: (
    app: JupyterFrontEnd,
    scanner: ISecretScanner,
    editors: IEditorTracker | null
  ): void => {
    // One set of findings per file, whatever the number of its views.
    const files = new PerContext<{ dispose(): void }>();
    editors?.widgetAdded.connect((_, widget) => {
      import('../editor/text-findings')
        .then(({ TextFindings }) => {
          if (widget.isDisposed || widget.context.isDisposed) {
            return;
          }
          files.get(widget.context, () => {
            const findings = new TextFindings({
              model: widget.context.model,
              scanner
            });
            const registration = scanner.addTextDocument(findings);
            return {
              dispose() {
                registration.dispose();
                findings.dispose();
              }
            };
          });
        })
        .catch(reason =>
          console.warn(
            'jupyterlab-credential-guard: the text file scanner could not be loaded.',
            reason
          )
        );
    });
  }
};
