import { expect, Page, test } from '@playwright/test';

import { fakeGithubToken } from '../../src/core/fake-credentials';

/**
 * The operator's path, end to end: the extension installed from the wheel into the user image,
 * configured by overrides.json and locked by page_config.json (see setup_hub_env.py and image/).
 */

const RUN = Date.now().toString(36);
const USER = `e2e-${RUN}`;
const PASSWORD = 'credential-guard-e2e'; // credential-guard: allow (test-only hub)
const OPERATOR_TITLE = 'Pangeo-style research hub: read before you start';
const BANNER = '#jp-CredentialGuard-notice';

test.describe.configure({ mode: 'serial' });

/**
 * Call the user's Jupyter server REST API from the page, with the session's XSRF token.
 */
async function api(
  page: Page,
  url: string,
  method: string,
  body: unknown
): Promise<{ status: number; body: string }> {
  return page.evaluate(
    async ({ url, method, body }) => {
      const xsrf =
        document.cookie
          .split('; ')
          .find(c => c.startsWith('_xsrf='))
          ?.slice('_xsrf='.length) ?? '';
      const response = await fetch(url, {
        method,
        headers: {
          'Content-Type': 'application/json',
          'X-XSRFToken': decodeURIComponent(xsrf)
        },
        body: JSON.stringify(body)
      });
      return { status: response.status, body: await response.text() };
    },
    { url, method, body }
  );
}

/**
 * Log in through the hub's own login page and wait for the single-user server to come up.
 */
async function logIn(page: Page, user: string): Promise<void> {
  await page.goto('/hub/login');
  await page.locator('#username_input').fill(user);
  await page.locator('#password_input').fill(PASSWORD);
  await page.locator('#login_submit').click();
  // The hub spawns the single-user server, then redirects into JupyterLab.
  await page.waitForURL(`**/user/${user}/lab**`, { timeout: 120000 });
}

test.describe('JupyterHub deployment', () => {
  test('should show the configured notice after login, remember the acknowledgement, and stay locked on', async ({
    page
  }) => {
    await logIn(page, USER);
    const banner = page.locator(BANNER);
    await expect(banner).toBeVisible({ timeout: 60000 });
    await expect(banner.locator('.jp-CredentialGuard-title')).toHaveText(
      OPERATOR_TITLE
    );
    await expect(
      banner.getByRole('link', { name: 'Hub terms of use' })
    ).toHaveAttribute('href', 'https://hub.example.org/terms');

    const stored = page.waitForResponse(
      response =>
        response.url().includes('/api/config/') &&
        response.request().method() === 'PATCH'
    );
    await banner.getByRole('button', { name: 'I understand' }).click();
    await stored;
    await expect(banner).toBeHidden();

    await page.reload();
    await expect(page.locator('#jp-main-dock-panel')).toBeVisible({
      timeout: 60000
    });
    // Give the notice time to decide, then check it stayed away.
    await page.waitForTimeout(2000);
    await expect(banner).toBeHidden();

    // The plugin manager's server side refuses to disable a locked extension's plugins.
    const refused = await api(page, `/user/${USER}/lab/api/plugins`, 'POST', {
      cmd: 'disable',
      plugin_name: 'jupyterlab-credential-guard:notice'
    });
    expect(refused.status).toBe(500);
    expect(refused.body).toContain('locked');

    // And the Advanced Plugin Manager shows it locked, even once its disclaimer is accepted.
    await page.keyboard.press('Control+Shift+C');
    await page
      .locator('#modal-command-palette input')
      .fill('Advanced Plugin Manager');
    await page.keyboard.press('Enter');
    const manager = page.locator('.jp-pluginmanager');
    await manager.locator('.jp-pluginmanager-Disclaimer-checkbox').check();
    await manager
      .locator('input[placeholder="Filter"]')
      .fill('credential-guard');
    const toggle = manager
      .locator('tr', { hasText: 'jupyterlab-credential-guard:notice' })
      .locator('input[type="checkbox"]');
    await expect(toggle).toBeDisabled({ timeout: 20000 });
    await expect(toggle).toHaveAttribute('title', 'This plugin is locked.');
  });

  test('should show the notice in Notebook 7 too', async ({ page }) => {
    const user = `nb7-${RUN}`;
    await logIn(page, user);
    await page.goto(`/user/${user}/tree`);
    const banner = page.locator(BANNER);
    await expect(banner).toBeVisible({ timeout: 60000 });
    await expect(banner.locator('.jp-CredentialGuard-title')).toHaveText(
      OPERATOR_TITLE
    );
  });

  test('should warn inline about a fake credential planted in a notebook, in JupyterLab and Notebook 7', async ({
    page
  }) => {
    const user = `warn-${RUN}`;
    await logIn(page, user);
    // Made now from a random seed: nothing committed looks like a live credential.
    const token = fakeGithubToken('ghp', `${RUN}-${Math.random()}`);
    const notebook = {
      type: 'notebook',
      content: {
        cells: [
          {
            cell_type: 'code',
            source: `GITHUB_TOKEN = "${token}"`,
            metadata: {},
            outputs: [],
            execution_count: null
          }
        ],
        // A known kernel, so no kernel picker comes up over the notebook.
        metadata: {
          kernelspec: {
            name: 'python3',
            display_name: 'Python 3 (ipykernel)',
            language: 'python'
          }
        },
        nbformat: 4,
        nbformat_minor: 5
      }
    };
    const saved = await api(
      page,
      `/user/${user}/api/contents/planted.ipynb`,
      'PUT',
      notebook
    );
    expect(saved.status).toBe(201);
    await page.goto(`/user/${user}/lab/tree/planted.ipynb`);
    await expect(page.locator('.cm-lintRange-error').first()).toBeVisible({
      timeout: 60000
    });
    await expect(page.locator('.jp-CredentialGuard-status')).toContainText('1');

    // The operator set onSave: confirm, so a manual save asks first.
    await page.locator('.jp-Notebook .jp-Cell').first().click();
    await page.keyboard.press('Control+s');
    const dialog = page.locator('.jp-Dialog');
    await expect(dialog).toContainText('with 1 credential?');
    await expect(dialog).not.toContainText(token);
    await dialog.getByRole('button', { name: 'Save anyway' }).click();
    await expect(dialog).toBeHidden();

    // Notebook 7 loads the same extension: its cells are marked too.
    await page.goto(`/user/${user}/notebooks/planted.ipynb`);
    await expect(page.locator('.cm-lintRange-error').first()).toBeVisible({
      timeout: 60000
    });
  });

  test("should check a spawned user's stored files for credentials", async ({
    page
  }) => {
    const user = `audit-${RUN}`;
    await logIn(page, user);
    const token = fakeGithubToken('ghp', `${RUN}-audit-${Math.random()}`);
    // A notebook nobody opens this session, in a subfolder of the user's home.
    expect(
      (
        await api(page, `/user/${user}/api/contents/old-work`, 'PUT', {
          type: 'directory'
        })
      ).status
    ).toBe(201);
    const saved = await api(
      page,
      `/user/${user}/api/contents/old-work/tutorial.ipynb`,
      'PUT',
      {
        type: 'notebook',
        content: {
          cells: [
            {
              cell_type: 'code',
              source: `token = "${token}"`,
              metadata: {},
              outputs: [],
              execution_count: null
            }
          ],
          metadata: {},
          nbformat: 4,
          nbformat_minor: 5
        }
      }
    );
    expect(saved.status).toBe(201);
    await expect(page.locator('#jp-main-dock-panel')).toBeVisible({
      timeout: 60000
    });

    // The operator's overrides.json makes the check on demand: run it from the palette.
    await page.keyboard.press('Control+Shift+C');
    await page
      .locator('#modal-command-palette input')
      .fill('Check My Files for Credentials');
    // The palette lists the command once the extension has registered it.
    await expect(
      page.locator('#modal-command-palette .lm-CommandPalette-item').first()
    ).toContainText('Check My Files for Credentials', { timeout: 30000 });
    await page.keyboard.press('Enter');
    const view = page.locator('#jp-CredentialGuard-audit');
    await expect(view.locator('.jp-CredentialGuard-auditStatus')).toContainText(
      /Credentials found in \d+ file/,
      { timeout: 60000 }
    );
    await expect(
      view.locator('.jp-CredentialGuard-auditPath', {
        hasText: 'old-work/tutorial.ipynb'
      })
    ).toBeVisible();
    await expect(view).not.toContainText(token);
  });
});
