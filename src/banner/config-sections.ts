import { ConfigSection, ServerConnection } from '@jupyterlab/services';

import type { IConfigSections } from './acknowledgement-store';

/**
 * The server's config sections on every supported JupyterLab.
 *
 * @param manager - the app's `IConfigSectionManager`, or `null` where the app has none.
 * @param serverSettings - the app's server settings, for the fallback.
 * @returns `manager` when there is one; otherwise sections made through `ConfigSection.create`.
 *
 * #### Notes
 * The `IConfigSectionManager` token exists from JupyterLab 4.4 on. Before that, the
 * services package's `ConfigSection.create` is the way (deprecated since 4.4, and still
 * present through 4.6): it reads and writes the same `/api/config/<name>` section, so an
 * acknowledgement made on one release is kept after an upgrade.
 */
export function configSectionsOf(
  manager: IConfigSections | null,
  serverSettings: ServerConnection.ISettings
): IConfigSections {
  if (manager) {
    return manager;
  }
  return {
    create: options => ConfigSection.create({ ...options, serverSettings })
  };
}
