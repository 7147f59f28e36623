import type { IConfigSections } from '../banner/acknowledgement-store';
import { CONFIG_SECTION_NAME } from '../banner/acknowledgement-store';

/** What is remembered of the last complete check: when, and how many files had findings. */
export interface ILastRun {
  /** ISO 8601 time the check finished. */
  finishedAt: string;
  /** Files with findings. */
  files: number;
}

// The key in the server's config section `jupyterlab_credential_guard` (beside the
// notice's acknowledgement): outside the browser's storage and the workspace.
const KEY = 'audit';

/**
 * Keeps the time of the last check per user on the server, in a config section.
 *
 * Notes: nothing about the findings themselves is stored: only the time and a count.
 */
export class LastRunStore {
  constructor(sections: IConfigSections) {
    this._sections = sections;
  }

  /** The last check, or `null` when there was none or it cannot be read; never rejects. */
  async load(): Promise<ILastRun | null> {
    try {
      const section = await this._sections.create({
        name: CONFIG_SECTION_NAME
      });
      return parseLastRun(section.data[KEY]);
    } catch {
      return null;
    }
  }

  /** Remember a finished check; a failure to store it is not worth an error. */
  async save(run: ILastRun): Promise<void> {
    try {
      const section = await this._sections.create({
        name: CONFIG_SECTION_NAME
      });
      await section.update({ [KEY]: { ...run } });
    } catch (reason) {
      console.warn(
        'jupyterlab-credential-guard: could not store the time of the check',
        reason
      );
    }
  }

  private _sections: IConfigSections;
}

/** A stored value, checked. */
export function parseLastRun(value: unknown): ILastRun | null {
  const run = value as Partial<ILastRun> | null;
  if (
    run &&
    typeof run.finishedAt === 'string' &&
    !isNaN(Date.parse(run.finishedAt)) &&
    typeof run.files === 'number'
  ) {
    return { finishedAt: run.finishedAt, files: run.files };
  }
  return null;
}
