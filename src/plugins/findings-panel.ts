import {
  ILabShell,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ICommandPalette, Notification } from '@jupyterlab/apputils';
import { IEditorTracker } from '@jupyterlab/fileeditor';
import { INotebookTracker } from '@jupyterlab/notebook';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { lockIcon } from '@jupyterlab/ui-components';

import { TRANSLATION_DOMAIN } from '../i18n/domain';
import { IFinding } from '../core';
// The commands and the sidebar tab must exist when the app starts (palette, status bar).
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { addFixCommands } from '../fixes/fix-commands';
import { CommandIDs } from '../fixes/command-ids';
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { FindingsPanel, IFindingAction } from '../panel/findings-panel';
import {
  findingsOf,
  ScannedDocument,
  scannedDocument
} from '../panel/current-document';
// The panel imports it at start anyway.
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { isNotebookFinding } from '../panel/finding-row';
import { ISecretScanner } from '../tokens';

/**
 * The findings panel in the right sidebar, following the current notebook or text file,
 * and the fix commands it and the editor tooltips offer (environment variable, clear
 * outputs, not a secret, pause). Text files get no fixes: those are cell operations.
 */
export const findingsPanelPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-credential-guard:findings-panel',
  description:
    'Lists the credentials of the current notebook or text file in a sidebar, with one-click fixes for notebooks.',
  autoStart: true,
  requires: [ISecretScanner, INotebookTracker],
  optional: [ILabShell, ITranslator, ICommandPalette, IEditorTracker],
  activate: (
    app: JupyterFrontEnd,
    scanner: ISecretScanner,
    tracker: INotebookTracker,
    labShell: ILabShell | null,
    translator: ITranslator | null,
    palette: ICommandPalette | null,
    editors: IEditorTracker | null
  ): void => {
    const trans = (translator ?? nullTranslator).load(TRANSLATION_DOMAIN);
    const { commands } = app;
    addFixCommands({
      commands,
      tracker,
      scanner,
      translator,
      // Messages name the credential type and the variable, never the value.
      notify: (message, undo) => {
        Notification.info(message, {
          autoClose: 10000,
          actions: undo
            ? [{ label: trans.__('Undo'), callback: () => undo() }]
            : []
        });
      }
    });

    const command = (label: string, id: string, args: any): IFindingAction[] =>
      commands.isEnabled(id, args)
        ? [{ label, run: () => void commands.execute(id, args) }]
        : [];
    const actions = (finding: IFinding): IFindingAction[] => {
      if (!isNotebookFinding(finding)) {
        return [];
      }
      const base = {
        cellId: finding.cellId,
        cellIndex: finding.cell,
        ...(shown ? { path: shown.widget.context.path } : {}),
        fingerprint: finding.fingerprint
      };
      const location = finding.location;
      return [
        ...(location.part === 'output'
          ? command(trans.__('Clear output'), CommandIDs.clearOutputs, {
              ...base,
              outputIndex: location.index
            })
          : command(
              trans.__('Use environment variable'),
              CommandIDs.replaceWithEnv,
              base
            )),
        ...command(trans.__('Not a secret'), CommandIDs.markNotSecret, base)
      ];
    };
    // The document listed: the current notebook or text file; other widgets (a
    // terminal, the launcher) leave the last one listed.
    let shown: ScannedDocument | null = null;
    const panel = new FindingsPanel({
      translator,
      actions,
      // A mark taken back: the finding is reported again at the next scan of its cell.
      unmark: mark =>
        void import('../fixes/allow-mark').then(({ removeAllowMark }) =>
          removeAllowMark(mark.cell, mark.finding.fingerprint)
        ),
      reveal: finding => {
        const target = shown;
        if (!target || target.widget.isDisposed) {
          return;
        }
        app.shell.activateById(target.widget.id);
        if (target.kind === 'notebook' && isNotebookFinding(finding)) {
          void import('../panel/reveal').then(({ revealFinding }) =>
            revealFinding(target.widget, finding)
          );
        } else if (target.kind === 'file') {
          void import('../panel/reveal-text').then(({ revealTextFinding }) =>
            revealTextFinding(target.widget.content.editor, finding)
          );
        }
      }
    });
    // "Check my files" (the audit plugin's command): shown when that plugin is loaded.
    const checkFiles = 'jupyterlab-credential-guard:check-files';
    const checkButton = document.createElement('button');
    checkButton.className =
      'jp-Button jp-mod-styled jp-CredentialGuard-checkFiles';
    checkButton.textContent = trans.__('Check my files for credentials');
    checkButton.addEventListener(
      'click',
      () => void commands.execute(checkFiles)
    );
    const showCheckButton = () => {
      checkButton.style.display = commands.hasCommand(checkFiles) ? '' : 'none';
    };
    commands.commandChanged.connect(showCheckButton);
    showCheckButton();
    panel.node.append(checkButton);
    panel.id = 'jp-CredentialGuard-findings';
    panel.title.icon = lockIcon;
    app.shell.add(panel, 'right', { rank: 900 });

    const update = () => {
      const current = scannedDocument(
        app.shell.currentWidget,
        tracker,
        editors
      );
      if (current || !shown || shown.widget.isDisposed) {
        shown =
          current ?? scannedDocument(tracker.currentWidget, tracker, editors);
      }
      panel.document = findingsOf(scanner, shown);
    };
    labShell?.currentChanged.connect(update);
    tracker.currentChanged.connect(update);
    editors?.currentChanged.connect(update);
    scanner.documentsChanged.connect(update);
    update();

    commands.addCommand(CommandIDs.showFindings, {
      label: trans.__('Show Credentials Found in This Document'),
      describedBy: { args: { type: 'object', properties: {} } },
      execute: () => {
        if (labShell) {
          labShell.expandRight();
        }
        app.shell.activateById(panel.id);
        // JupyterLab's modal palette activates the current document once a command has
        // run, which would take the focus back from the panel: focus it again after that.
        requestAnimationFrame(() => {
          if (panel.isVisible) {
            panel.focusFirst();
          }
        });
      }
    });
    if (palette) {
      const category = trans.__('Credential Guard');
      for (const id of [CommandIDs.showFindings, CommandIDs.togglePause]) {
        palette.addItem({ command: id, category });
      }
    }
  }
};
