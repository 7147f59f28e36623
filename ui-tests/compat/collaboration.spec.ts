import type { Browser, Page } from '@playwright/test';

import {
  appUrl,
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
 * Real-time collaboration (jupyter-collaboration): two browser clients on one notebook.
 */

const STATUS = '.jp-CredentialGuard-status';
const UNDERLINE = '.jp-Notebook .cm-lintRange-error';

/**
 * A second user's browser on the same notebook, with the notice out of the way.
 */
async function openClient(
  browser: Browser,
  url: string
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page, 'lab');
  await expect(page.locator('.jp-Notebook .jp-Cell')).toHaveCount(2, {
    timeout: 30_000
  });
  return { page, close: () => context.close() };
}

test('should underline a credential typed by one client for both, count it once, and check the save', async ({
  browser,
  server
}) => {
  await plantNotebook(server, 'shared.ipynb', ['x = 1', 'y = 2']);
  const url = appUrl(server, 'lab', 'shared.ipynb');
  const ada = await openClient(browser, url);
  const bob = await openClient(browser, url);

  // Ada types a token into the second cell; Bob's copy of the notebook follows through Yjs.
  const token = freshToken();
  await ada.page.locator('.jp-Notebook .jp-Cell .cm-content').nth(1).click();
  await ada.page.keyboard.press('Control+a');
  await ada.page.keyboard.type(`GITHUB_TOKEN = "${token}"`);
  await expect(
    bob.page.locator('.jp-Notebook .jp-Cell .cm-content').nth(1)
  ).toContainText('GITHUB_TOKEN');

  for (const { page } of [ada, bob]) {
    await expect(page.locator(UNDERLINE)).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator(STATUS)).toContainText('1 credential');
    await runFromPalette(page, 'Show Credentials Found in This Document');
    await expect(page.locator(ROW)).toHaveCount(1);
    await expect(page.locator(ROW)).not.toContainText(token);
  }

  // Ada saves: her save is checked once; Bob, who did not save, is not told twice.
  await ada.page.locator('.jp-Notebook .jp-Cell .cm-content').nth(1).click();
  await ada.page.keyboard.press('Control+s');
  const warning = ada.page.locator(TOAST).filter({ hasText: 'was saved with' });
  // The collaboration server saves the document itself; when its save lands between Ada's
  // edit and her Ctrl+S, JupyterLab asks whether to overwrite the file on disk.
  const overwrite = ada.page
    .locator('.jp-Dialog')
    .getByRole('button', { name: 'Overwrite' });
  await expect(warning.or(overwrite)).toBeVisible();
  if (await overwrite.isVisible()) {
    await overwrite.click();
  }
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText(
    'shared.ipynb was saved with 1 credential: GitHub token'
  );
  await expect
    .poll(() => server.read('shared.ipynb'))
    .toContain('GITHUB_TOKEN');
  await expect(
    bob.page.locator(TOAST).filter({ hasText: 'was saved with' })
  ).toHaveCount(0);
  await expect(warning).toHaveCount(1);

  await ada.close();
  await bob.close();
});
