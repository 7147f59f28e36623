import { ChildProcess, spawn } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// A dependency of the Playwright and galata packages; no types are installed for it.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const WebSocket = require('ws');

/**
 * A JupyterLab page in a Chromium that Playwright does not drive: the benchmark talks to
 * it over a bare DevTools connection that only evaluates expressions.
 *
 * Notes: Playwright turns on DevTools' network domain in every page it drives, and
 * Chromium then records every request (with the script's stack) on the page's main
 * thread and reports it to the test runner. A check of a home directory makes one request
 * per file, so that cost lands on the check; a user's browser never pays it.
 */
export class PlainChromium {
  private constructor(
    private readonly _process: ChildProcess,
    private readonly _profile: string,
    private readonly _socket: any
  ) {
    _socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString());
      this._waiting.get(message.id)?.(message);
      this._waiting.delete(message.id);
    });
  }

  /** Start Chromium with `args` on JupyterLab at `url` and wait until the app has started. */
  static async open(
    executable: string,
    args: string[],
    url: string
  ): Promise<PlainChromium> {
    const profile = mkdtempSync(join(tmpdir(), 'credential-guard-plain-'));
    const child = spawn(
      executable,
      [
        ...args,
        '--remote-debugging-port=0',
        `--user-data-dir=${profile}`,
        `${url}/lab?reset`
      ],
      { stdio: 'ignore' }
    );
    let socketUrl = '';
    for (let i = 0; i < 200 && !socketUrl; i++) {
      await new Promise(done => setTimeout(done, 100));
      try {
        const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8')
          .split('\n')[0]
          .trim();
        const targets = await (
          await fetch(`http://127.0.0.1:${port}/json`)
        ).json();
        socketUrl =
          targets.find((t: any) => t.type === 'page')?.webSocketDebuggerUrl ??
          '';
      } catch {
        // Not listening yet.
      }
    }
    if (!socketUrl) {
      child.kill();
      throw new Error('the plain Chromium did not start');
    }
    const socket = new WebSocket(socketUrl, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const plain = new PlainChromium(child, profile, socket);
    for (let i = 0; i < 600; i++) {
      if (await plain.evaluate('!!window.jupyterapp?.started')) {
        break;
      }
      await new Promise(done => setTimeout(done, 100));
    }
    await plain.evaluate('window.jupyterapp.started.then(() => true)');
    return plain;
  }

  /** Evaluate `expression` in the page, awaiting a promise, and return its value. */
  async evaluate<T = unknown>(expression: string): Promise<T> {
    const id = ++this._lastId;
    const reply = await new Promise<any>(resolve => {
      this._waiting.set(id, resolve);
      this._socket.send(
        JSON.stringify({
          id,
          method: 'Runtime.evaluate',
          params: { expression, awaitPromise: true, returnByValue: true }
        })
      );
    });
    if (reply.error || reply.result?.exceptionDetails) {
      throw new Error(
        JSON.stringify(reply.error ?? reply.result.exceptionDetails)
      );
    }
    return reply.result.result.value as T;
  }

  async close(): Promise<void> {
    this._socket.close();
    const ended = new Promise(done => this._process.once('exit', done));
    this._process.kill();
    await ended;
    // Chromium's helper processes may still be writing to the profile for a moment.
    try {
      rmSync(this._profile, {
        recursive: true,
        force: true,
        maxRetries: 10,
        retryDelay: 200
      });
    } catch {
      // A leftover folder in the temp dir is no reason to lose the figures.
    }
  }

  private _lastId = 0;
  private _waiting = new Map<number, (reply: any) => void>();
}
