import { TranslationBundle } from '@jupyterlab/translation';
import { JupyterFrontEnd } from '@jupyterlab/application';
import {
  DisposableDelegate,
  DisposableSet,
  IDisposable
} from '@lumino/disposable';

import { IFinding, INotebookFinding } from '../core';
import { hasOutputFindings } from './clear-secret-outputs';
import { confirmSave } from './confirm-save';
import { DocumentCheck } from './document-check';
import { decideSaveRequest } from './save-decision';
import { OnSaveMode } from './save-settings';
import { routeCommand } from './save-route';

/**
 * The command ids of the check on save.
 */
export namespace SaveCommandIDs {
  /**
   * Save the current document, asking first in confirm mode when it holds credentials.
   */
  export const saveWithCheck = 'jupyterlab-credential-guard:save-with-check';
  /**
   * Test hook, hidden from the palette: make every check on save fail
   * (`{ fail: true }`) or work again (`{ fail: false }`), to prove that saves still land.
   */
  export const testFailScan = 'jupyterlab-credential-guard:test-fail-scan';
}

/**
 * JupyterLab's own save command, which every path here ends in.
 */
const DOCMANAGER_SAVE = 'docmanager:save';

/**
 * Add the save commands. Returns a disposable that removes them.
 *
 * #### Notes
 * The checked save is declared in place of JupyterLab's in the plugin's settings schema,
 * so it is File › Save and `Accel S` in every mode, wherever the focus is:
 * - the binding (`jupyter.lab.shortcuts`, on `:root body`, which outranks JupyterLab's
 *   own binding on `body`) is listed under Settings › Keyboard Shortcuts and follows a
 *   user's remapping;
 * - the menu item (`jupyter.lab.menus`) disables `docmanager:save` and takes its rank,
 *   with Save As and Save All moved just after it, since items of equal rank keep the
 *   order of the plugins that declare them.
 *
 * Outside confirm mode the checked save is JupyterLab's save, so a change of mode needs
 * no re-wiring and applies to every open document at once. In confirm mode every run of
 * JupyterLab's save is routed through the checked one (`routeCommand`), so the palette's
 * "Save" and other extensions' calls ask too.
 */
export function addSaveCommands(options: ISaveCommandsOptions): IDisposable {
  const { commands, trans, mode } = options;
  const set = new DisposableSet();
  // In confirm mode, JupyterLab's save asks too, whoever runs it (the palette lists it).
  const route = routeCommand(commands, {
    from: DOCMANAGER_SAVE,
    to: SaveCommandIDs.saveWithCheck,
    when: () => mode() === 'confirm'
  });

  const saveWithCheck = async (): Promise<unknown> => {
    const check = options.current();
    if (!check) {
      return route.direct();
    }
    // JupyterLab's save makes a checkpoint after it: the guard needs to know that.
    const save = () => check.guard.withCheckpoint(() => route.direct());
    let findings: readonly IFinding[];
    try {
      findings = check.findings();
    } catch {
      // Never lose work: the guard logs the failure when the save starts.
      return save();
    }
    const action = decideSaveRequest(mode(), {
      manual: true,
      findings: findings.length
    });
    if (action === 'save') {
      return save();
    }
    const choice = await confirmSave({
      trans,
      name: check.name,
      findings,
      offerClear:
        check.kind === 'notebook' &&
        hasOutputFindings(findings as readonly INotebookFinding[])
    });
    if (check.isDisposed) {
      return;
    }
    switch (choice) {
      case 'save':
        // The user just read the list: no toast about the same credentials.
        check.guard.acknowledge(findings);
        return save();
      case 'clear-and-save':
        return options.clearAndSave(check);
      case 'fix':
        options.showFindings(check);
        return;
      default:
        return;
    }
  };

  set.add(
    commands.addCommand(SaveCommandIDs.saveWithCheck, {
      // It stands in for File › Save in confirm mode, so it reads the same.
      label: () =>
        commands.hasCommand(DOCMANAGER_SAVE)
          ? commands.label(DOCMANAGER_SAVE)
          : trans.__('Save with Credential Check'),
      caption: trans.__(
        'Save the current document; in confirm mode, ask first when it holds credentials'
      ),
      describedBy: {
        args: { type: 'object', properties: { toolbar: { type: 'boolean' } } }
      },
      // The toolbar button acts on its own notebook, which a click makes current;
      // JupyterLab's enabled state follows the current widget and lags behind.
      isEnabled: args =>
        args.toolbar === true || commands.isEnabled(DOCMANAGER_SAVE),
      execute: saveWithCheck
    })
  );
  set.add(route.disposable);
  // Only where the UI tests asked for it (see the plugin): a user's app has no command
  // that turns the check off.
  const setFailScan = options.setFailScan;
  if (setFailScan) {
    set.add(
      commands.addCommand(SaveCommandIDs.testFailScan, {
        label: trans.__('Test Hook: Make the Check on Save Fail'),
        describedBy: {
          args: { type: 'object', properties: { fail: { type: 'boolean' } } }
        },
        execute: args => setFailScan(args.fail !== false)
      })
    );
  }

  // The checked save is enabled when JupyterLab's is: follow its changes, so that the
  // toolbar button and the menu item do not keep a stale state.
  const forward = (
    _: unknown,
    change: { id: string | undefined; type: string }
  ) => {
    if (change.id === DOCMANAGER_SAVE || change.type === 'many-changed') {
      commands.notifyCommandChanged(SaveCommandIDs.saveWithCheck);
    }
  };
  commands.commandChanged.connect(forward);
  set.add(
    new DisposableDelegate(() => commands.commandChanged.disconnect(forward))
  );

  return set;
}

/**
 * The options of `addSaveCommands`.
 */
export interface ISaveCommandsOptions {
  /**
   * Where the commands are added.
   */
  commands: JupyterFrontEnd['commands'];
  /**
   * The translation bundle.
   */
  trans: TranslationBundle;
  /**
   * The current `onSave` setting.
   */
  mode: () => OnSaveMode;
  /**
   * The check of the current document, if it is a notebook or text file.
   */
  current: () => DocumentCheck | null;
  /**
   * Show the findings of a document ("Fix first").
   */
  showFindings: (check: DocumentCheck) => void;
  /**
   * Clear the outputs with credentials of a notebook, then save it.
   */
  clearAndSave: (check: DocumentCheck) => Promise<void>;
  /**
   * Turn the test hook on or off; without it, the hook's command does not exist.
   */
  setFailScan?: (fail: boolean) => void;
}
