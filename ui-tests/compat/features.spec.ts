import type { Page } from '@playwright/test';

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
 * panel, in JupyterLab or Notebook 7 as the leg says (see playwright-compat.config.js).
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
