import {
  ILabShell,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { IEditorTracker } from '@jupyterlab/fileeditor';
import { INotebookTracker } from '@jupyterlab/notebook';
import { IStatusBar } from '@jupyterlab/statusbar';
import { ITranslator } from '@jupyterlab/translation';

import { CommandIDs } from '../fixes/command-ids';
import { findingsOf, scannedDocument } from '../panel/current-document';
import { FindingsStatus } from '../statusbar/findings-status';
import { ISavedStates, ISecretScanner } from '../tokens';

/**
 * Shows the number of credentials in the current notebook or text file in the status
 * bar, with what its last save wrote (one item for both), hidden when there is nothing
 * to say.
 */
export const statusBarPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-credential-guard:status-bar',
  description:
    'Shows the number of credentials found in the current notebook in the status bar.',
  autoStart: true,
  requires: [ISecretScanner, INotebookTracker],
  optional: [IStatusBar, ILabShell, ITranslator, IEditorTracker, ISavedStates],
  activate: (
    app: JupyterFrontEnd,
    scanner: ISecretScanner,
    tracker: INotebookTracker,
    statusBar: IStatusBar | null,
    labShell: ILabShell | null,
    translator: ITranslator | null,
    editors: IEditorTracker | null,
    savedStates: ISavedStates | null
  ): void => {
    if (!statusBar) {
      return;
    }
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
      const shown = scannedDocument(current, tracker, editors);
      item.document = findingsOf(scanner, shown);
      item.saved = savedStates?.stateOf(shown?.widget ?? null) ?? null;
    };
    (labShell ?? tracker).currentChanged.connect(update);
    scanner.documentsChanged.connect(update);
    savedStates?.added.connect(update);
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
