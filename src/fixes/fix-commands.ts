import { JupyterFrontEnd } from '@jupyterlab/application';
import { ICodeCellModel } from '@jupyterlab/cells';
import { INotebookTracker } from '@jupyterlab/notebook';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { ReadonlyPartialJSONObject } from '@lumino/coreutils';
import { DisposableSet, IDisposable } from '@lumino/disposable';

import { TRANSLATION_DOMAIN } from '../i18n/domain';
import { translateRuleText } from '../i18n/rule-text';
import { allowMetadata } from '../notebook/cell-scan';
import { ISecretScanner } from '../tokens';
import { addAllowMark, removeAllowMark } from './allow-mark';
import { CommandIDs } from './command-ids';
import { cellAddressOf, isPythonNotebook, locateCell } from './cell-locator';
import { clearAllOutputs, clearOutputAt, restoreOutputs } from './clear-output';
import { envLookupEdit, envNameFor, importsOs } from './env-lookup';
import { fStringLookupEdit } from './fstring-lookup';
import { writefileLookupEdit } from './writefile-lookup';

/**
 * How a fix tells the user what it did, with a way to undo it.
 */
export type FixNotifier = (message: string, undo?: () => void) => void;

/**
 * Register the fix commands; returns a disposable that removes them.
 */
export function addFixCommands(options: IFixCommandsOptions): IDisposable {
  const { commands, tracker, scanner } = options;
  const trans = (options.translator ?? nullTranslator).load(TRANSLATION_DOMAIN);
  const notify = options.notify;
  const set = new DisposableSet();
  const argsSchema = {
    args: {
      type: 'object',
      properties: {
        cellId: { type: 'string' },
        cellIndex: { type: 'number' },
        path: { type: 'string' },
        fingerprint: { type: 'string' },
        outputIndex: { type: 'number' }
      }
    }
  };
  const locate = (args: ReadonlyPartialJSONObject) => {
    const address = cellAddressOf(args);
    return address
      ? locateCell(tracker, address, panel => {
          const findings = scanner.findingsFor(panel.context.model.sharedModel);
          return findings && (id => findings.cellsWithId(id));
        })
      : null;
  };

  // The environment-variable fix for a finding, if it can be made: a whole literal
  // becomes os.environ[…], a credential inside a longer literal makes it an f-string, a
  // %%writefile config becomes code that writes the file from the environment or a prompt.
  const planEnvFix = (
    found: ReturnType<typeof locate>,
    fingerprint: unknown
  ) => {
    if (
      !found ||
      found.cell.type !== 'code' ||
      !isPythonNotebook(found.panel)
    ) {
      return null;
    }
    const before = found.cell.sharedModel.getSource();
    // Offsets from a view may be stale: find the finding again in the current text.
    const finding = scanner.scanner
      .scanCellSource(before, allowMetadata(found.cell))
      .find(f => f.fingerprint === fingerprint);
    if (!finding) {
      return null;
    }
    const rule = scanner.scanner.rules.find(r => r.id === finding.ruleId);
    const envName = envNameFor(finding.ruleId, rule?.envName);
    const cells = found.panel.context.model.cells;
    let hasImport = false;
    for (let i = 0; i < found.index && !hasImport; i++) {
      hasImport = importsOs(cells.get(i).sharedModel.getSource());
    }
    const edit =
      envLookupEdit(before, finding.start, finding.end, envName, hasImport) ??
      fStringLookupEdit(
        before,
        finding.start,
        finding.end,
        envName,
        hasImport
      ) ??
      writefileLookupEdit(before, finding.start, finding.end, envName);
    return edit ? { edit, finding, before } : null;
  };

  set.add(
    commands.addCommand(CommandIDs.replaceWithEnv, {
      label: trans.__('Replace Credential with Environment Variable'),
      describedBy: argsSchema,
      // Offered only where it will work: a literal it can rewrite, in Python code.
      isEnabled: args => !!planEnvFix(locate(args), args.fingerprint),
      execute: args => {
        const found = locate(args);
        const plan = planEnvFix(found, args.fingerprint);
        if (!found || !plan) {
          return false;
        }
        const { edit, finding, before } = plan;
        const shared = found.cell.sharedModel;
        // One undo step of its own, apart from the user's typing.
        const history = (
          shared as { undoManager?: { stopCapturing(): void } | null }
        ).undoManager;
        history?.stopCapturing();
        shared.transact(() => {
          shared.updateSource(edit.from, edit.to, edit.replacement);
          if (edit.addedImport) {
            shared.updateSource(0, 0, 'import os\n');
          }
        });
        history?.stopCapturing();
        notify(
          trans.__(
            'The %1 now comes from the environment variable %2. A running kernel does not see a terminal\'s export: give it the value without saving it, in a scratch cell you then delete, with import os, getpass; os.environ["%2"] = getpass.getpass(), or through the hub\'s secret store. If the notebook was saved or shared with the value, revoke it and create a new one.',
            translateRuleText(trans, finding.title),
            edit.envName
          ),
          () => {
            if (shared.getSource() === edit.source) {
              shared.setSource(before);
            }
          }
        );
        return true;
      }
    })
  );

  set.add(
    commands.addCommand(CommandIDs.clearOutputs, {
      label: args =>
        typeof args.outputIndex === 'number'
          ? trans.__('Clear This Output')
          : trans.__('Clear Cell Outputs'),
      describedBy: argsSchema,
      isEnabled: args => locate(args)?.cell.type === 'code',
      execute: args => {
        const found = locate(args);
        if (!found || found.cell.type !== 'code') {
          return false;
        }
        const cell = found.cell as ICodeCellModel;
        const removed =
          typeof args.outputIndex === 'number'
            ? clearOutputAt(cell, args.outputIndex)
            : clearAllOutputs(cell);
        notify(trans.__('Output cleared.'), () =>
          restoreOutputs(cell, removed)
        );
        return true;
      }
    })
  );

  set.add(
    commands.addCommand(CommandIDs.markNotSecret, {
      label: trans.__('Mark as Not a Secret'),
      describedBy: argsSchema,
      isEnabled: args => !!locate(args) && typeof args.fingerprint === 'string',
      execute: args => {
        const found = locate(args);
        const id = args.fingerprint;
        if (!found || typeof id !== 'string') {
          return false;
        }
        if (addAllowMark(found.cell, id)) {
          notify(
            trans.__(
              'Marked as not a secret in this cell’s metadata. It will no longer be reported here.'
            ),
            () => removeAllowMark(found.cell, id)
          );
        }
        return true;
      }
    })
  );

  const currentFindings = () => {
    const panel = tracker.currentWidget;
    return panel ? scanner.findingsFor(panel.context.model.sharedModel) : null;
  };
  set.add(
    commands.addCommand(CommandIDs.togglePause, {
      label: trans.__('Pause Credential Warnings in This Notebook'),
      caption: trans.__(
        'Hide the credential warnings of the current notebook until you resume them.'
      ),
      describedBy: { args: { type: 'object', properties: {} } },
      isEnabled: () => !!currentFindings(),
      isToggled: () => !!currentFindings()?.paused,
      execute: () => {
        const findings = currentFindings();
        if (findings) {
          findings.paused = !findings.paused;
          commands.notifyCommandChanged(CommandIDs.togglePause);
        }
      }
    })
  );
  return set;
}

/**
 * The options of `addFixCommands`.
 */
export interface IFixCommandsOptions {
  /**
   * Where the commands are added.
   */
  commands: JupyterFrontEnd['commands'];
  /**
   * The open notebooks.
   */
  tracker: INotebookTracker;
  /**
   * The scanner service.
   */
  scanner: ISecretScanner;
  /**
   * How to tell the user what a fix did (a notification with an Undo action).
   */
  notify: FixNotifier;
  /**
   * The translator.
   */
  translator?: ITranslator | null;
}
