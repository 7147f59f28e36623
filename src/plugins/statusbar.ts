import {
  ILabShell,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { IEditorTracker } from '@jupyterlab/fileeditor';
import { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';
import { IStatusBar } from '@jupyterlab/statusbar';
import { ITranslator } from '@jupyterlab/translation';

import { CommandIDs } from '../fixes/command-ids';
import type { TextFindings } from '../editor/text-findings';
import { FindingsStatus } from '../statusbar/findings-status';
import { IFindingsSummary, ISecretScanner } from '../tokens';

/**
 * Shows the number of credentials in the current notebook or text file in the status
 * bar, hidden when there are none.
 */
export const statusBarPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-credential-guard:status-bar',
  description:
    'Shows the number of credentials found in the current notebook in the status bar.',
  autoStart: true,
  requires: [ISecretScanner, INotebookTracker],
  optional: [IStatusBar, ILabShell, ITranslator, IEditorTracker],
  activate: (
    app: JupyterFrontEnd,
    scanner: ISecretScanner,
    tracker: INotebookTracker,
    statusBar: IStatusBar | null,
    labShell: ILabShell | null,
    translator: ITranslator | null,
    editors: IEditorTracker | null
  ): void => {
    if (!statusBar) {
      return;
    }
    // Text files get findings of their own, for this count only.
    const files = new WeakMap<object, TextFindings>();
    editors?.widgetAdded.connect(async (_, widget) => {
      const { TextFindings } = await import('../editor/text-findings');
      if (widget.isDisposed) {
        return;
      }
      const findings = new TextFindings({
        model: widget.context.model,
        scanner
      });
      files.set(widget, findings);
      findings.changed.connect(() => update());
      widget.disposed.connect(() => findings.dispose());
    });
    const item = new FindingsStatus({
      translator,
      onClick: () => {
        if (app.commands.hasCommand(CommandIDs.showFindings)) {
          void app.commands.execute(CommandIDs.showFindings);
        }
      }
    });
    const update = () => {
      const current = labShell ? labShell.currentWidget : tracker.currentWidget;
      let document: IFindingsSummary | null = null;
      if (current instanceof NotebookPanel && tracker.has(current)) {
        document = scanner.findingsFor(current.context.model.sharedModel);
      } else if (current) {
        document = files.get(current) ?? null;
      }
      item.document = document;
    };
    (labShell ?? tracker).currentChanged.connect(update);
    scanner.documentsChanged.connect(update);
    update();
    statusBar.registerStatusItem(statusBarPlugin.id, {
      item,
      align: 'left',
      rank: 5,
      isActive: () => item.isActive,
      activeStateChanged: item.activeChanged
    });
  }
};
