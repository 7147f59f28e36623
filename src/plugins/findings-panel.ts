import {
  ILabShell,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ICommandPalette, Notification } from '@jupyterlab/apputils';
import { INotebookTracker } from '@jupyterlab/notebook';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { lockIcon } from '@jupyterlab/ui-components';

import { TRANSLATION_DOMAIN } from '../i18n/domain';
import { INotebookFinding } from '../core';
// The commands and the sidebar tab must exist when the app starts (palette, status bar).
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { addFixCommands } from '../fixes/fix-commands';
import { CommandIDs } from '../fixes/command-ids';
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { FindingsPanel, IFindingAction } from '../panel/findings-panel';
import { ISecretScanner } from '../tokens';

/**
 * The findings panel in the right sidebar, and the fix commands it and the editor
 * tooltips offer (environment variable, clear outputs, not a secret, pause).
 */
export const findingsPanelPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-credential-guard:findings-panel',
  description:
    'Lists the credentials of the current notebook in a sidebar, with one-click fixes.',
  autoStart: true,
  requires: [ISecretScanner, INotebookTracker],
  optional: [ILabShell, ITranslator, ICommandPalette],
  activate: (
    app: JupyterFrontEnd,
    scanner: ISecretScanner,
    tracker: INotebookTracker,
    labShell: ILabShell | null,
    translator: ITranslator | null,
    palette: ICommandPalette | null
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
    const actions = (finding: INotebookFinding): IFindingAction[] => {
      const base = { cellId: finding.cellId, fingerprint: finding.fingerprint };
      const output = /^outputs\[(\d+)\]$/.exec(finding.where);
      return [
        ...(output
          ? command(trans.__('Clear output'), CommandIDs.clearOutputs, {
              ...base,
              outputIndex: +output[1]
            })
          : command(
              trans.__('Use environment variable'),
              CommandIDs.replaceWithEnv,
              base
            )),
        ...command(trans.__('Not a secret'), CommandIDs.markNotSecret, base)
      ];
    };
    const panel = new FindingsPanel({
      translator,
      actions,
      reveal: finding => {
        const current = tracker.currentWidget;
        if (current) {
          app.shell.activateById(current.id);
          void import('../panel/reveal').then(({ revealFinding }) =>
            revealFinding(current, finding)
          );
        }
      }
    });
    panel.id = 'jp-CredentialGuard-findings';
    panel.title.icon = lockIcon;
    app.shell.add(panel, 'right', { rank: 900 });

    const update = () => {
      const current = tracker.currentWidget;
      panel.document = current
        ? scanner.findingsFor(current.context.model.sharedModel)
        : null;
    };
    tracker.currentChanged.connect(update);
    scanner.documentsChanged.connect(update);
    update();

    commands.addCommand(CommandIDs.showFindings, {
      label: trans.__('Show Credentials Found in This Notebook'),
      describedBy: { args: { type: 'object', properties: {} } },
      execute: () => {
        if (labShell) {
          labShell.expandRight();
        }
        app.shell.activateById(panel.id);
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
