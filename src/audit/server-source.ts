import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';

import type { IAuditSource, IReadOutcome } from './audit-run';
import { InventoryRecord, ndjsonRecords, readerChunks } from './inventory';
import type { IWorkerReader } from './protocol';
import { readRefusal } from './read-refusals';

/** Raised when the server has no credential-guard extension (the endpoints answer 404). */
export class NoServerExtension extends Error {
  constructor() {
    super(
      'the server extension of credential-guard is not installed or not enabled'
    );
  }
}

/**
 * Whether a failed check's error says the server has no credential-guard extension.
 *
 * @param error - the outcome's `error`
 */
export function isNoServerExtension(error: string | null): boolean {
  return error === new NoServerExtension().message;
}

/**
 * The server's inventory and file read, through `ServerConnection` so that the app's
 * authentication and XSRF handling apply.
 */
export class ServerAuditSource implements IAuditSource {
  constructor(settings: ServerConnection.ISettings) {
    this._settings = settings;
    const init = settings.init ?? {};
    this.reader = {
      url: this._url('file'),
      batchUrl: this._url('files'),
      // What ServerConnection would send with a GET: the token, when the app has one
      // (behind JupyterHub the session cookie, which the worker's fetch sends too).
      headers: settings.token
        ? { Authorization: `token ${settings.token}` }
        : {},
      credentials: init.credentials ?? 'same-origin'
    };
  }

  /**
   * How the audit's worker reads files itself, so that the bodies never reach the page:
   * read on the page, every file's bytes and each response's objects are garbage that
   * the page's thread has to collect, in pauses of up to 100 ms on a 1 GB home.
   */
  readonly reader: IWorkerReader;

  /** Whether the server has the endpoints; a cheap check before showing a run. */
  async available(): Promise<boolean> {
    const url = this._url('inventory') + '?max_files=0';
    const response = await ServerConnection.makeRequest(
      url,
      {},
      this._settings
    );
    void response.body?.cancel().catch(() => undefined);
    return response.status !== 404;
  }

  async *inventory(signal: AbortSignal): AsyncGenerator<InventoryRecord> {
    const response = await ServerConnection.makeRequest(
      this._url('inventory'),
      { signal },
      this._settings
    );
    if (response.status === 404) {
      throw new NoServerExtension();
    }
    if (!response.ok || !response.body) {
      throw new ServerConnection.ResponseError(response);
    }
    yield* ndjsonRecords(readerChunks(response.body.getReader()));
  }

  async read(path: string, signal: AbortSignal): Promise<IReadOutcome> {
    const url = this._url('file') + URLExt.objectToQueryString({ path });
    let response: Response;
    try {
      response = await ServerConnection.makeRequest(
        url,
        { signal },
        this._settings
      );
    } catch (error) {
      if (signal.aborted) {
        throw error;
      }
      return { skip: 'read-error' };
    }
    if (response.ok) {
      // Bytes, not JSON: the worker decodes and parses them, off this thread.
      return { body: await response.arrayBuffer() };
    }
    void response.body?.cancel().catch(() => undefined);
    return { skip: readRefusal(response.status) };
  }

  private _url(endpoint: string): string {
    return URLExt.join(this._settings.baseUrl, 'credential-guard', endpoint);
  }

  private _settings: ServerConnection.ISettings;
}
