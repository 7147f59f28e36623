import type { IConfigSection } from '@jupyterlab/services';

import { IAcknowledgement, parseAcknowledgement } from './acknowledgement';

/**
 * Where a user's acknowledgement of the notice is kept.
 */
export interface IAcknowledgementStore {
  /**
   * Read the last acknowledgement.
   *
   * @returns It, or `null` when there is none or it cannot be read; never rejects,
   * because a store that fails must show the notice rather than break the app.
   */
  load(): Promise<IAcknowledgement | null>;
  /**
   * Record an acknowledgement; rejects when it could not be stored.
   */
  save(acknowledgement: IAcknowledgement): Promise<void>;
}

/**
 * What the store needs of the server's config sections.
 *
 * #### Notes
 * `IConfigSectionManager` provides it from JupyterLab 4.4 on; `configSectionsOf` makes one
 * on older releases.
 */
export interface IConfigSections {
  /**
   * Fetch a section afresh from the server.
   */
  create(options: { name: string }): Promise<IConfigSection>;
}

/**
 * The server config section that holds the acknowledgement.
 *
 * #### Notes
 * jupyter_server only accepts `\w+` section names, hence underscores, not dashes.
 * The file is `<jupyter config dir>/serverconfig/jupyterlab_credential_guard.json`.
 */
export const CONFIG_SECTION_NAME = 'jupyterlab_credential_guard';

/**
 * Keeps the acknowledgement per user on the server, in a config section.
 *
 * #### Notes
 * A config section lives outside the workspace, so neither `?reset` nor a new
 * browser brings the notice back; the built-in announcements plugin stores its
 * dismissals the same way.
 */
export class ConfigSectionAcknowledgementStore implements IAcknowledgementStore {
  /**
   * Create a store on a config section manager.
   */
  constructor(options: ConfigSectionAcknowledgementStore.IOptions) {
    this._manager = options.manager;
    this._name = options.name ?? CONFIG_SECTION_NAME;
  }

  /**
   * Read the last acknowledgement from the server.
   */
  async load(): Promise<IAcknowledgement | null> {
    try {
      // `create` fetches the section afresh, so another tab's acknowledgement counts.
      const section = await this._manager.create({ name: this._name });
      return parseAcknowledgement(section.data[NOTICE_KEY]);
    } catch (reason) {
      console.warn(
        'jupyterlab-credential-guard: could not read the notice acknowledgement; ' +
          'the notice is shown.',
        reason
      );
      return null;
    }
  }

  /**
   * Record an acknowledgement on the server.
   */
  async save(acknowledgement: IAcknowledgement): Promise<void> {
    const section = await this._manager.create({ name: this._name });
    await section.update({
      [NOTICE_KEY]: {
        key: acknowledgement.key,
        acknowledgedAt: acknowledgement.acknowledgedAt
      }
    });
  }

  private _manager: IConfigSections;
  private _name: string;
}

/**
 * A namespace for `ConfigSectionAcknowledgementStore` statics.
 */
export namespace ConfigSectionAcknowledgementStore {
  /**
   * The options to create a `ConfigSectionAcknowledgementStore`.
   */
  export interface IOptions {
    /**
     * The server's config sections.
     */
    manager: IConfigSections;
    /**
     * The section name; `CONFIG_SECTION_NAME` by default.
     */
    name?: string;
  }
}

/**
 * Keeps the acknowledgement in memory only, for tests.
 */
export class MemoryAcknowledgementStore implements IAcknowledgementStore {
  /**
   * The stored acknowledgement, if any.
   */
  acknowledgement: IAcknowledgement | null = null;

  /**
   * Read the stored acknowledgement.
   */
  async load(): Promise<IAcknowledgement | null> {
    return this.acknowledgement;
  }

  /**
   * Store an acknowledgement.
   */
  async save(acknowledgement: IAcknowledgement): Promise<void> {
    this.acknowledgement = acknowledgement;
  }
}

const NOTICE_KEY = 'notice';
