import {
  ILabShell,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import {
  ICommandPalette,
  MainAreaWidget,
  Notification
} from '@jupyterlab/apputils';
import { PageConfig } from '@jupyterlab/coreutils';
import * as services from '@jupyterlab/services';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { searchIcon } from '@jupyterlab/ui-components';
import { Token } from '@lumino/coreutils';
import type { Widget } from '@lumino/widgets';

// The controller and the schedule decide at start-up whether to check: they load with
// the app. The view, the worker's chunk and the reveal helpers load on first use.
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { AuditController } from '../audit/audit-controller';
import type { IAuditOutcome } from '../audit/audit-run';
import type { AuditView } from '../audit/audit-view';
import { LastRunStore } from '../audit/last-run';
import {
  effectiveSchedule,
  isLocked,
  shouldRunAtStart,
  whenIdle
} from '../audit/schedule';
import { isNoServerExtension, ServerAuditSource } from '../audit/server-source';
import { startAuditWorker } from '../audit/start-worker';
import type { IConfigSections } from '../banner/acknowledgement-store';
import { configSectionsOf } from '../banner/config-sections';
import { TRANSLATION_DOMAIN } from '../i18n/domain';
import { ISecretScanner } from '../tokens';

namespace CommandIDs {
  export const checkFiles = 'jupyterlab-credential-guard:check-files';
  export const showFileCheck = 'jupyterlab-credential-guard:show-file-check';
}

const PLUGIN_ID = 'jupyterlab-credential-guard:audit';
const EXTENSION = 'jupyterlab-credential-guard';
const NO_ARGS = { args: { type: 'object', properties: {} } };
// See plugins/notice.ts: the token exists from JupyterLab 4.4 on.
const CONFIG_SECTION_MANAGER =
  (services as { IConfigSectionManager?: Token<IConfigSections> })
    .IConfigSectionManager ??
  new Token<IConfigSections>(
    'jupyterlab-credential-guard:IMissingConfigSectionManagerForAudit',
    'Stands in for IConfigSectionManager on JupyterLab before 4.4; never provided.'
  );
// How long an idle browser may make the scheduled check wait after start-up.
const IDLE_TIMEOUT_MS = 30000;

/**
 * "Check my files for credentials": the check of the stored files, in a view of its own,
 * from the palette and the Credentials panel, and by itself on the operator's schedule.
 */
export const auditPlugin: JupyterFrontEndPlugin<void> = {
  id: PLUGIN_ID,
  description:
    'Checks the files stored on the server, hidden ones included, for credentials, in a Web Worker with the same rules and settings as the editor.',
  autoStart: true,
  requires: [ISecretScanner],
  optional: [
    ISettingRegistry,
    ITranslator,
    ICommandPalette,
    CONFIG_SECTION_MANAGER,
    ILabShell
  ],
  activate: (
    app: JupyterFrontEnd,
    scanner: ISecretScanner,
    registry: ISettingRegistry | null,
    translator: ITranslator | null,
    palette: ICommandPalette | null,
    configSections: IConfigSections | null,
    labShell: ILabShell | null
  ): void => {
    const trans = (translator ?? nullTranslator).load(TRANSLATION_DOMAIN);
    const serverSettings = app.serviceManager.serverSettings;
    const controller = new AuditController({
      source: new ServerAuditSource(serverSettings),
      store: new LastRunStore(configSectionsOf(configSections, serverSettings)),
      startWorker: startAuditWorker,
      // The same settings the editor's engine is built from (see SecretScannerService).
      config: () => ({
        disabledRules: [...scanner.settings.disabledRules],
        customRules: scanner.settings.customRules.map(rule => ({
          ...rule,
          keywords: [...rule.keywords]
        })),
        allowlist: [...scanner.settings.allowlist]
      }),
      isUnavailable: isNoServerExtension
    });

    let view: Promise<Widget> | null = null;
    const showView = async (): Promise<Widget> => {
      let widget = view ? await view.catch(() => null) : null;
      if (!widget || widget.isDisposed) {
        view = import('../audit/audit-view').then(({ AuditView }) => {
          const content = new AuditView({
            controller,
            translator,
            results: {
              remediation: id =>
                scanner.scanner.rules.find(rule => rule.id === id)
                  ?.remediation ?? '',
              open: (file, finding) =>
                void import('../audit/open-finding').then(({ openAtFinding }) =>
                  openAtFinding(app, file, finding)
                )
            }
          });
          return placeView(app, content, labShell !== null);
        });
        widget = await view;
      }
      app.shell.activateById(widget.id);
      return widget;
    };

    app.commands.addCommand(CommandIDs.checkFiles, {
      label: trans.__('Check My Files for Credentials'),
      caption: trans.__(
        'Look through your files on this server, hidden ones included, for stored credentials'
      ),
      describedBy: NO_ARGS,
      execute: async () => {
        await showView();
        await scanner.ready;
        await controller.check(false);
      }
    });
    app.commands.addCommand(CommandIDs.showFileCheck, {
      label: trans.__('Show the Results of Check My Files'),
      describedBy: NO_ARGS,
      execute: () => showView()
    });
    palette?.addItem({
      command: CommandIDs.checkFiles,
      category: trans.__('Credential Guard')
    });

    const notifyOnce = (outcome: IAuditOutcome) => {
      if (outcome.status !== 'done' || outcome.files.length === 0) {
        return;
      }
      // One calm message; the view says it too, for users in do-not-disturb mode.
      Notification.info(
        trans._n(
          'Check my files: %1 file on this server holds credentials.',
          'Check my files: %1 files on this server hold credentials.',
          outcome.files.length
        ),
        {
          autoClose: false,
          actions: [
            {
              label: trans.__('Show results'),
              callback: () => void showView()
            }
          ]
        }
      );
    };

    void Promise.all([
      app.restored,
      scanner.ready,
      registry?.load(PLUGIN_ID).catch(() => null) ?? null
    ]).then(async ([, , settings]) => {
      // The operator's default applies when the operator locked this plugin or the whole
      // extension (`lockedExtensions` in page_config.json).
      const schedule = effectiveSchedule(
        settings
          ? {
              composite: settings.composite.schedule,
              operatorDefault: settings.default('schedule')
            }
          : null,
        isLocked(PageConfig.getOption('lockedExtensions'), [
          EXTENSION,
          PLUGIN_ID
        ])
      );
      const last = await controller.lastRun();
      const lastRun = last ? new Date(last.finishedAt) : null;
      if (!shouldRunAtStart(schedule, lastRun, new Date())) {
        return;
      }
      whenIdle(() => {
        void controller.check(true).then(notifyOnce);
      }, IDLE_TIMEOUT_MS);
    });
  }
};

/**
 * Put the view where the app has room for it: a main area tab in JupyterLab; in
 * Notebook 7, whose main area holds one page only, the right side panel.
 */
function placeView(
  app: JupyterFrontEnd,
  content: AuditView,
  hasMainArea: boolean
): Widget {
  // The view's own title names it, as the side panel's heading or the tab's label.
  const widget = hasMainArea ? new MainAreaWidget({ content }) : content;
  widget.id = 'jp-CredentialGuard-audit';
  widget.title.icon = searchIcon;
  widget.title.closable = hasMainArea;
  app.shell.add(widget, hasMainArea ? 'main' : 'right', { rank: 1000 });
  return widget;
}
