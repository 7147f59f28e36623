import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';

import { fakeCredentialFiles } from '../../src/__tests__/core/credential-files/fake-files';

import {
  App,
  appUrl,
  BANNER,
  expect,
  freshToken,
  plantNotebook,
  ROW,
  runFromPalette,
  test,
  TOAST,
  waitForApp
} from './fixtures';

/**
 * The focused subset that every leg of the compatibility matrix runs: the notice and its
 * stored acknowledgement, a planted credential underlined, the save warning and the findings
 * panel, in JupyterLab or Notebook 7 as the leg says (see playwright-compat.config.js); and
 * Check my files (its Web Worker chunk and the server extension).
 */

test.describe.configure({ mode: 'serial' });

/**
 * Collect what would show that the extension does not fit the running release: uncaught
 * errors, and module federation's warnings about a shared package whose version does not
 * satisfy a declared range.
 */
function watchForMisfits(page: Page): string[] {
  const misfits: string[] = [];
  page.on('pageerror', error => misfits.push(`page error: ${error.message}`));
  page.on('console', message => {
    const text = message.text();
    if (
      /Unsatisfied version/.test(text) ||
      (message.type() === 'error' && /credential.guard/i.test(text))
    ) {
      misfits.push(text);
    }
  });
  return misfits;
}

/**
 * Open the app and wait until the notice has decided whether to show: the banner is
 * rendered (its title is filled in) whether it is shown or not.
 */
async function openApp(page: Page, url: string, app: App): Promise<void> {
  await page.goto(url);
  await waitForApp(page, app);
  await expect(page.locator(`${BANNER} .jp-CredentialGuard-title`)).toHaveText(
    /\S/,
    { timeout: 30_000 }
  );
}

test('should show the notice, and keep its acknowledgement across a reload, a new browser and a server restart', async ({
  page,
  browser,
  app,
  server
}) => {
  const misfits = watchForMisfits(page);
  const start = appUrl(server, app);
  await openApp(page, start, app);
  const banner = page.locator(BANNER);
  await expect(banner).toBeVisible();

  const stored = page.waitForResponse(
    response =>
      response.url().includes('/api/config/jupyterlab_credential_guard') &&
      response.request().method() === 'PATCH'
  );
  await banner.getByRole('button', { name: 'I understand' }).click();
  expect((await stored).status()).toBe(200);
  await expect(banner).toBeHidden();

  await openApp(page, start, app);
  await expect(banner).toBeHidden();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await openApp(otherPage, start, app);
  await expect(otherPage.locator(BANNER)).toBeHidden();
  await other.close();

  await server.stop();
  await server.start();
  await openApp(page, start, app);
  await expect(banner).toBeHidden();
  expect(misfits).toEqual([]);
});

test('should underline a planted credential, warn when it is saved, and list it in the findings panel', async ({
  page,
  app,
  server
}) => {
  const misfits = watchForMisfits(page);
  const token = freshToken();
  await plantNotebook(server, 'planted.ipynb', [
    'x = 1',
    `GITHUB_TOKEN = "${token}"`
  ]);
  await openApp(page, appUrl(server, app, 'planted.ipynb'), app);

  const underline = page.locator('.jp-Notebook .cm-lintRange-error');
  await expect(underline).toHaveCount(1, { timeout: 30_000 });
  if (app === 'lab') {
    // Notebook 7 has no status bar.
    await expect(page.locator('.jp-CredentialGuard-status')).toContainText('1');
  }

  await page.locator('.jp-Notebook .jp-Cell .cm-content').first().click();
  await page.keyboard.press('Control+s');
  const warning = page.locator(TOAST).filter({ hasText: 'was saved with' });
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText(
    'planted.ipynb was saved with 1 credential: GitHub token'
  );
  await expect(warning).not.toContainText(token);

  await runFromPalette(page, 'Show Credentials Found in This Document');
  const row = page.locator(ROW);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('GitHub token');
  await expect(row).not.toContainText(token);
  expect(misfits).toEqual([]);
});

test('should check the stored files on demand and find a planted credential file', async ({
  page,
  app,
  server
}) => {
  const misfits = watchForMisfits(page);
  // Hidden, so written straight to disk, as a tool leaves it: only the server
  // extension's inventory lists it (the contents API hides dotfiles).
  const planted = join(server.root, '.aws', 'credentials');
  const text = fakeCredentialFiles()['.aws/credentials'];
  mkdirSync(dirname(planted), { recursive: true });
  writeFileSync(planted, text, { mode: 0o600 });

  await openApp(page, appUrl(server, app), app);
  await runFromPalette(page, 'Check My Files for Credentials');
  const view = page.locator('#jp-CredentialGuard-audit');
  // "Credentials found", not "The check stopped": the worker's chunk loaded and the
  // server's inventory and file read answered.
  await expect(view.locator('.jp-CredentialGuard-auditStatus')).toContainText(
    /^Credentials found in \d+ files? \(of \d+ checked\)\.$/,
    { timeout: 60_000 }
  );
  const file = view.locator('.jp-CredentialGuard-auditFile', {
    hasText: '.aws/credentials'
  });
  await expect(file).toHaveCount(1);
  await expect(file.locator('.jp-CredentialGuard-auditRule')).toContainText([
    'credential-file/aws-credentials'
  ]);
  const secret = /aws_secret_access_key = (\S+)/.exec(text)![1];
  expect((await view.textContent()) ?? '').not.toContain(secret);
  expect(misfits).toEqual([]);
});
