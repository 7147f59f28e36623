import {
  ILabShell,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { PageConfig } from '@jupyterlab/coreutils';
import { ICommandPalette, MainAreaWidget } from '@jupyterlab/apputils';
import { IMainMenu } from '@jupyterlab/mainmenu';
import { IMarkdownParser } from '@jupyterlab/rendermime';
import * as services from '@jupyterlab/services';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { IFormRendererRegistry } from '@jupyterlab/ui-components';
import { Token } from '@lumino/coreutils';

import {
  ConfigSectionAcknowledgementStore,
  IConfigSections
} from '../banner/acknowledgement-store';
import { configSectionsOf } from '../banner/config-sections';
import { TRANSLATION_DOMAIN } from '../i18n/domain';
// The banner must be on screen as the app starts, so these load eagerly.
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { NoticeBanner } from '../banner/notice-banner';
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { NoticeController } from '../banner/notice-controller';
import type { SecurityPage } from '../banner/security-page';
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { NoticeSettingsSource } from '../settings/notice-settings-source';
import { MultilineText } from '../settings/multiline-text';

/**
 * The command ids of the security notice.
 */
namespace CommandIDs {
  export const showNotice = 'jupyterlab-credential-guard:show-notice';
  export const openSecurityPage =
    'jupyterlab-credential-guard:open-security-page';
}

const PLUGIN_ID = 'jupyterlab-credential-guard:notice';

// The config section manager's token exists from JupyterLab 4.4 on. On older releases it is
// not exported: a token of our own that nothing provides stands in, so that the optional
// service arrives as null and `configSectionsOf` makes the sections itself.
const CONFIG_SECTION_MANAGER =
  (services as { IConfigSectionManager?: Token<IConfigSections> })
    .IConfigSectionManager ??
  new Token<IConfigSections>(
    'jupyterlab-credential-guard:IMissingConfigSectionManager',
    'Stands in for IConfigSectionManager on JupyterLab before 4.4; never provided.'
  );

// Neither command takes arguments.
const NO_ARGS = { args: { type: 'object', properties: {} } };

/**
 * The security notice: a banner at the top of the app that each user acknowledges,
 * the built-in "Security on this hub" page, and the commands to bring both back.
 *
 * #### Notes
 * Every service is optional so that a missing registry, config API or menu only
 * costs that part: the notice itself always shows.
 */
export const noticePlugin: JupyterFrontEndPlugin<void> = {
  id: PLUGIN_ID,
  description:
    'Shows a banner on the security stance of the hub that each user acknowledges once per notice version.',
  autoStart: true,
  optional: [
    ISettingRegistry,
    ITranslator,
    ICommandPalette,
    IMainMenu,
    IMarkdownParser,
    ILabShell,
    CONFIG_SECTION_MANAGER,
    IFormRendererRegistry
  ],
  activate: (
    app: JupyterFrontEnd,
    registry: ISettingRegistry | null,
    translator: ITranslator | null,
    palette: ICommandPalette | null,
    mainMenu: IMainMenu | null,
    markdownParser: IMarkdownParser | null,
    labShell: ILabShell | null,
    configSectionManager: IConfigSections | null,
    formRegistry: IFormRendererRegistry | null
  ): void => {
    const trans = (translator ?? nullTranslator).load(TRANSLATION_DOMAIN);
    const settings = new NoticeSettingsSource({
      registry,
      pluginId: PLUGIN_ID,
      // The operator's page_config.json can set the notice too.
      pageConfig: PageConfig.getOption('credentialGuardNotice')
    });
    const store = new ConfigSectionAcknowledgementStore({
      manager: configSectionsOf(
        configSectionManager,
        app.serviceManager.serverSettings
      )
    });
    const banner = new NoticeBanner({ translator, markdownParser });
    const controller = new NoticeController({
      banner,
      settings,
      store,
      // Where the focus goes after "I understand" when it came from nowhere in particular.
      restoreFocus: () => app.shell.currentWidget?.activate()
    });
    // JupyterLab has a header area above the menu; Notebook 7 only has 'top'.
    app.shell.add(banner, labShell ? 'header' : 'top', { rank: 0 });

    let page: Promise<MainAreaWidget<SecurityPage>> | null = null;
    banner.securityPageRequested.connect(() => {
      void app.commands.execute(CommandIDs.openSecurityPage);
    });

    app.commands.addCommand(CommandIDs.showNotice, {
      label: trans.__('Show Security Notice'),
      caption: trans.__('Show the security notice of this hub again'),
      describedBy: NO_ARGS,
      isEnabled: () => controller.isEnabled,
      execute: () => controller.show()
    });
    app.commands.addCommand(CommandIDs.openSecurityPage, {
      label: trans.__('Open Security on This Hub'),
      caption: trans.__('Open the page on how to keep credentials safe here'),
      describedBy: NO_ARGS,
      execute: async () => {
        // A failed load (say a chunk that did not arrive) is retried on the next call.
        let widget = page ? await page.catch(() => null) : null;
        if (!widget || widget.isDisposed) {
          // Most users never open the page, so it loads on first use. The promise is
          // kept at once so that a double click cannot open two pages.
          page = import('../banner/security-page').then(({ SecurityPage }) => {
            const created = SecurityPage.createMainAreaWidget({
              translator,
              termsUrl: settings.composite.termsUrl
            });
            app.shell.add(created, 'main');
            return created;
          });
          widget = await page;
        }
        app.shell.activateById(widget.id);
      }
    });
    settings.changed.connect(() =>
      app.commands.notifyCommandChanged(CommandIDs.showNotice)
    );

    // One palette category for every command of the extension.
    const category = trans.__('Credential Guard');
    for (const command of [
      CommandIDs.showNotice,
      CommandIDs.openSecurityPage
    ]) {
      palette?.addItem({ command, category });
    }
    mainMenu?.helpMenu.addGroup(
      [
        { command: CommandIDs.showNotice },
        { command: CommandIDs.openSecurityPage }
      ],
      5
    );

    // The message is paragraphs: edit it in a multi-line box in the settings form.
    formRegistry?.addRenderer(`${PLUGIN_ID}.message`, {
      // JupyterLab's settings editor uses field renderers only.
      fieldRenderer: MultilineText as NonNullable<
        Parameters<IFormRendererRegistry['addRenderer']>[1]['fieldRenderer']
      >
    });
  }
};
