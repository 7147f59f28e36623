import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ISettingRegistry } from '@jupyterlab/settingregistry';

// Every view needs the engine as soon as a document opens, so it loads eagerly.
// eslint-disable-next-line jupyter/prefer-lazy-imports
import { SecretScannerService } from '../scanner/scanner-service';
import { ScannerSettingsSource } from '../settings/scanner-settings';
import { ISecretScanner } from '../tokens';

const PLUGIN_ID = 'jupyterlab-credential-guard:scanner';

/**
 * The secret scanner service: one detection engine built from the user's settings,
 * rebuilt when they change, and the registry of per-notebook findings.
 */
export const scannerPlugin: JupyterFrontEndPlugin<ISecretScanner> = {
  id: PLUGIN_ID,
  description:
    'Provides the credential scanner built from the settings, and the findings of each open notebook.',
  autoStart: true,
  provides: ISecretScanner,
  optional: [ISettingRegistry],
  activate: (
    _app: JupyterFrontEnd,
    registry: ISettingRegistry | null
  ): ISecretScanner => {
    const settings = new ScannerSettingsSource({
      registry,
      pluginId: PLUGIN_ID
    });
    return new SecretScannerService({ settings });
  }
};
