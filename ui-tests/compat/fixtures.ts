import { expect, Page, test as base } from '@playwright/test';

import { fakeGithubToken } from '../../src/core/fake-credentials';
import { codeNotebook } from '../tests/notebooks';
import { JupyterServer } from './server';

/**
 * Which front end a leg of the matrix opens: JupyterLab, or Notebook 7.
 */
export type App = 'lab' | 'notebook';

/**
 * The options a project of playwright-compat.config.js sets for its leg.
 */
export interface ILegOptions {
  /**
   * The leg's virtual environment (made by setup_compat_env.py).
   */
  venv: string;
  /**
   * The front end to test.
   */
  app: App;
  /**
   * The server's port.
   */
  port: number;
}

/**
 * Playwright's test with the leg's options and a Jupyter server per worker.
 */
export const test = base.extend<
  Record<string, never>,
  ILegOptions & { server: JupyterServer }
>({
  venv: ['', { option: true, scope: 'worker' }],
  app: ['lab', { option: true, scope: 'worker' }],
  port: [8870, { option: true, scope: 'worker' }],
  server: [
    async ({ venv, port }, use) => {
      const server = new JupyterServer({ venv, port });
      await server.start();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 120_000 }
  ]
});

export { expect };

export const BANNER = '#jp-CredentialGuard-notice';
export const TOAST = '.Toastify__toast';
export const ROW = '.jp-CredentialGuard-findingRow';

/**
 * A GitHub-shaped token made now: nothing committed looks like a live credential.
 */
export function freshToken(): string {
  return fakeGithubToken('ghp', `${Date.now()}-${Math.random()}`);
}

/**
 * Write a notebook of code cells with the given sources to the server's root.
 */
export async function plantNotebook(
  server: JupyterServer,
  path: string,
  sources: string[]
): Promise<void> {
  await server.put(path, { type: 'notebook', content: codeNotebook(sources) });
}

/**
 * The address of the app's start page, or of a notebook in it.
 *
 * #### Notes
 * JupyterLab starts from an empty workspace (`?reset`), so that no notebook of an earlier
 * test is restored beside this one.
 */
export function appUrl(server: JupyterServer, app: App, path = ''): string {
  if (app === 'notebook') {
    return `${server.url}/${path ? `notebooks/${path}` : 'tree'}`;
  }
  return `${server.url}/lab${path ? `/tree/${path}` : ''}?reset`;
}

/**
 * Wait until the app has started: its shell is on the page.
 */
export async function waitForApp(page: Page, app: App): Promise<void> {
  const shell = app === 'lab' ? '#jp-main-dock-panel' : '#main-panel';
  await expect(page.locator(shell)).toBeVisible({ timeout: 60_000 });
}

/**
 * Run a command through the command palette, as a keyboard user would.
 *
 * #### Notes
 * The shell shows before every plugin has started: on the oldest releases a key press
 * can come before the palette's shortcut exists, the palette can open before the
 * command's item is added, or close again when the app moves the focus. So the palette
 * is opened again until its item is clicked.
 */
export async function runFromPalette(page: Page, label: string): Promise<void> {
  const input = page.locator('#modal-command-palette input');
  const item = page
    .locator('#modal-command-palette .lm-CommandPalette-item', {
      hasText: label
    })
    .first();
  let tries = 0;
  await expect(async () => {
    if (await input.isVisible()) {
      await page.keyboard.press('Escape');
    }
    if (tries++ % 2 === 0) {
      await page.keyboard.press('Control+Shift+c');
    } else {
      // What the shortcut runs, for when a toast or the editor kept the key press.
      await page.evaluate(() =>
        (window as any).jupyterapp?.commands.execute(
          'apputils:activate-command-palette'
        )
      );
    }
    await expect(input).toBeVisible({ timeout: 2_000 });
    await input.fill(label, { timeout: 2_000 });
    // The palette closes when it loses the focus, which JupyterLab 4.1 can take for the
    // Launcher it opens once restored: then the click fails and the palette opens again.
    await item.click({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}
