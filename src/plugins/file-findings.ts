import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { IEditorTracker } from '@jupyterlab/fileeditor';

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
    editors?.widgetAdded.connect(async (_, widget) => {
      const { TextFindings } = await import('../editor/text-findings');
      if (widget.isDisposed) {
        return;
      }
      const findings = new TextFindings({
        model: widget.context.model,
        scanner
      });
      const registration = scanner.addTextDocument(findings);
      widget.disposed.connect(() => {
        registration.dispose();
        findings.dispose();
      });
    });
  }
};
