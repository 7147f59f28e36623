import { ChildProcess, spawn } from 'child_process';
import { mkdirSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

/**
 * A Jupyter server from one leg's virtual environment, which a test can stop and start again.
 *
 * #### Notes
 * Galata's web server runs for the whole run; the compatibility tests need to restart the
 * server mid-test (the notice's acknowledgement must survive it), so they own the process.
 * The config and data folders are fresh per server and kept across restarts, as a user's
 * home is.
 */
export class JupyterServer {
  /**
   * Describe a server; nothing starts until `start()`.
   */
  constructor(options: JupyterServer.IOptions) {
    this._python = join(resolve(options.venv), 'bin', 'python');
    this.port = options.port;
    const scratch = mkdtempSync(join(tmpdir(), `credential-guard-compat-`));
    this._scratch = scratch;
    this.root = join(scratch, 'root');
    for (const dir of ['root', 'config', 'data', 'runtime', 'workspaces']) {
      mkdirSync(join(scratch, dir));
    }
    this._env = {
      ...process.env,
      JUPYTER_CONFIG_DIR: join(scratch, 'config'),
      JUPYTER_DATA_DIR: join(scratch, 'data'),
      JUPYTER_RUNTIME_DIR: join(scratch, 'runtime'),
      COMPAT_PORT: String(this.port),
      COMPAT_ROOT: this.root,
      COMPAT_WORKSPACES: join(scratch, 'workspaces')
    };
  }

  /**
   * The server's port on 127.0.0.1.
   */
  readonly port: number;

  /**
   * The folder the server serves.
   */
  readonly root: string;

  /**
   * The server's address.
   */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * Start the server and wait until its REST API answers.
   */
  async start(): Promise<void> {
    const config = join(__dirname, 'jupyter_server_config.py');
    this._process = spawn(
      this._python,
      ['-m', 'jupyterlab', '--config', config],
      // In the scratch folder: jupyter-collaboration keeps its document store in the cwd.
      {
        cwd: this._scratch,
        env: this._env,
        stdio: ['ignore', 'ignore', 'pipe']
      }
    );
    let log = '';
    this._process.stderr?.on('data', chunk => {
      // Kept only to explain a failed start; a running server's log is not shown.
      log = (log + chunk).slice(-4000);
    });
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this._process.exitCode !== null) {
        throw new Error(`the Jupyter server exited on start:\n${log}`);
      }
      try {
        const response = await fetch(`${this.url}/api/status`);
        if (response.ok) {
          return;
        }
      } catch {
        // Not listening yet.
      }
      await new Promise(done => setTimeout(done, 250));
    }
    throw new Error(`the Jupyter server did not answer in time:\n${log}`);
  }

  /**
   * Stop the server and wait for its process to end.
   */
  async stop(): Promise<void> {
    const child = this._process;
    this._process = null;
    if (!child || child.exitCode !== null) {
      return;
    }
    const ended = new Promise(done => child.once('exit', done));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await ended;
    clearTimeout(timer);
  }

  /**
   * Write a file through the contents API.
   */
  async put(path: string, model: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${this.url}/api/contents/${path}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(model)
    });
    if (!response.ok) {
      throw new Error(`PUT ${path}: ${response.status}`);
    }
  }

  /**
   * Read a file's text through the contents API.
   */
  async read(path: string): Promise<string> {
    const response = await fetch(
      `${this.url}/api/contents/${path}?content=1&format=text&type=file`
    );
    if (!response.ok) {
      throw new Error(`GET ${path}: ${response.status}`);
    }
    return (await response.json()).content;
  }

  private _env: NodeJS.ProcessEnv;
  private _process: ChildProcess | null = null;
  private _python: string;
  private _scratch: string;
}

/**
 * A namespace for `JupyterServer` statics.
 */
export namespace JupyterServer {
  /**
   * The options to describe a server.
   */
  export interface IOptions {
    /**
     * The virtual environment that holds JupyterLab (and Notebook) and the extension.
     */
    venv: string;
    /**
     * The port on 127.0.0.1.
     */
    port: number;
  }
}

const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;
