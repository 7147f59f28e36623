import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { IToolbarWidgetRegistry } from '@jupyterlab/apputils';
import { PageConfig } from '@jupyterlab/coreutils';
import { IDocumentWidget } from '@jupyterlab/docregistry';
import { IEditorTracker } from '@jupyterlab/fileeditor';
import { INotebookTracker } from '@jupyterlab/notebook';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { Widget } from '@lumino/widgets';

import { TRANSLATION_DOMAIN } from '../i18n/domain';
// Every save of an open document must be checked, from the first one on.
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { DocumentCheck } from '../save/document-check';
// The commands and the Accel S binding must exist before the first save.
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { addSaveCommands } from '../save/save-commands';
import type { SaveNotifier } from '../save/save-notifier';
import { SaveGuardSettingsSource } from '../save/save-settings';
import { SavedIndicator } from '../save/saved-indicator';
import { SavedStates } from '../save/saved-states';
// The save button factory must be registered before the first notebook opens.
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { addCheckedSaveButton } from '../save/toolbar-save';
import { ISavedStates, ISecretScanner } from '../tokens';

const TEST_HOOKS_OPTION = 'credentialGuardTestHooks';

const PLUGIN_ID = 'jupyterlab-credential-guard:save-guard';

/**
 * The check on save: every save of a notebook or text file with credentials raises a
 * warning (once per content) and marks the document's toolbar; in confirm mode a
 * manual save asks first.
 */
export const saveGuardPlugin: JupyterFrontEndPlugin<ISavedStates> = {
  id: PLUGIN_ID,
  description:
    'Checks every save of a notebook or text file for credentials: warns after it, or asks first in confirm mode.',
  autoStart: true,
  provides: ISavedStates,
  requires: [ISecretScanner],
  optional: [
    INotebookTracker,
    IEditorTracker,
    ISettingRegistry,
    ITranslator,
    IToolbarWidgetRegistry
  ],
  activate: (
    app: JupyterFrontEnd,
    scanner: ISecretScanner,
    notebooks: INotebookTracker | null,
    editors: IEditorTracker | null,
    registry: ISettingRegistry | null,
    translator: ITranslator | null,
    toolbarRegistry: IToolbarWidgetRegistry | null
  ): ISavedStates => {
    const trans = (translator ?? nullTranslator).load(TRANSLATION_DOMAIN);
    const settings = new SaveGuardSettingsSource(registry, PLUGIN_ID);
    const mode = () => settings.composite.onSave;
    let failScan = false;
    const checks = new Map<Widget, DocumentCheck>();
    const states = new SavedStates(
      widget => checks.get(widget as Widget)?.guard.state ?? null
    );
    // The actions and the notification code load on the first save with credentials.
    const actions = () => import('../save/save-actions');
    // A failed action is reported, never left as an unhandled rejection.
    const reportFailure = (what: string) => (reason: unknown) =>
      console.warn(`jupyterlab-credential-guard: ${what} failed.`, reason);
    const showFindings = (check: DocumentCheck) =>
      void actions()
        .then(loaded => loaded.showFindings(app, check))
        .catch(reportFailure('showing the findings'));
    const clearAndSave = (check: DocumentCheck) =>
      actions().then(loaded => loaded.clearAndSave(check));
    let notifier: Promise<SaveNotifier> | null = null;
    const getNotifier = () =>
      (notifier ??= import('../save/save-notifier').then(
        ({ SaveNotifier }) =>
          new SaveNotifier({
            trans,
            showFindings,
            clearOutputs: check =>
              void clearAndSave(check).catch(
                reportFailure('clearing the outputs and saving')
              ),
            updateCheckpoint: check =>
              void actions()
                .then(loaded => loaded.updateCheckpoint(check))
                .catch(reportFailure('updating the checkpoint'))
          })
      ));

    // One check per document: views of it (New View for…) share its context.
    const byContext = new Map<IDocumentWidget['context'], DocumentCheck>();
    const checkFor = (widget: IDocumentWidget, kind: 'notebook' | 'file') => {
      const existing = byContext.get(widget.context);
      if (existing && !existing.isDisposed) {
        existing.addView(widget);
        return existing;
      }
      const check = new DocumentCheck({
        widget,
        kind,
        scanner,
        mode,
        notify: (target, findings, path) =>
          void getNotifier()
            .then(loaded => loaded.show(target, findings, path))
            .catch(reportFailure('the save warning')),
        cleaned: target =>
          void getNotifier()
            .then(loaded => loaded.showCleaned(target))
            .catch(reportFailure('the checkpoint notice')),
        fileChanged: app.serviceManager.contents.fileChanged,
        failScan: () => failScan
      });
      byContext.set(widget.context, check);
      widget.context.disposed.connect(() => {
        byContext.delete(widget.context);
        notifier
          ?.then(loaded => loaded.dismiss(check))
          .catch(reportFailure('dismissing the save warning'));
      });
      return check;
    };
    const attach = (widget: IDocumentWidget, kind: 'notebook' | 'file') => {
      const check = checkFor(widget, kind);
      checks.set(widget, check);
      const indicator = new SavedIndicator({
        state: check.guard.state,
        trans,
        onClick: () => showFindings(check)
      });
      widget.toolbar.addItem('credentialGuardSavedState', indicator);
      widget.disposed.connect(() => {
        checks.delete(widget);
        indicator.dispose();
      });
      states.notifyAdded();
    };
    const current = () => {
      const widget = app.shell.currentWidget;
      return widget ? (checks.get(widget) ?? null) : null;
    };

    notebooks?.forEach(panel => attach(panel, 'notebook'));
    notebooks?.widgetAdded.connect((_, panel) => attach(panel, 'notebook'));
    editors?.forEach(widget => attach(widget, 'file'));
    editors?.widgetAdded.connect((_, widget) => attach(widget, 'file'));

    addSaveCommands({
      commands: app.commands,
      trans,
      mode,
      current,
      showFindings,
      clearAndSave,
      // The UI tests' server sets this page option; no user's server does.
      setFailScan:
        PageConfig.getOption(TEST_HOOKS_OPTION) === 'true'
          ? fail => {
              failScan = fail;
            }
          : undefined
    });
    if (toolbarRegistry) {
      addCheckedSaveButton({
        registry: toolbarRegistry,
        commands: app.commands,
        trans
      });
    }
    // The status bar shows the saved state of the current document next to its count.
    return states;
  }
};
