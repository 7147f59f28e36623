import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  galata,
  IJupyterLabPageFixture,
  test
} from '@jupyterlab/galata';

import { fakeGithubToken } from '../../src/core/fake-credentials';
import { openNotebook } from './notebooks';

/**
 * axe-core over the extension's own DOM, in the light and dark themes: zero serious or
 * critical violations. Each part is scanned where a user meets it, in a real JupyterLab.
 *
 * JupyterLab's own DOM around it is not ours to judge: every scan is limited (`include`)
 * to the extension's elements.
 */

const STATUS = '.jp-CredentialGuard-status';

test.use({
  mockSettings: {
    ...galata.DEFAULT_SETTINGS,
    'jupyterlab-credential-guard:save-guard': { onSave: 'confirm' }
  }
});

/**
 * The serious and critical violations of axe's WCAG 2.x A and AA rules inside `selector`,
 * as short readable lines (rule, impact, the first offending node).
 */
async function violations(
  page: IJupyterLabPageFixture,
  selector: string
): Promise<string[]> {
  await expect(page.locator(selector).first()).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(
      v => `${v.id} (${v.impact}): ${v.nodes[0]?.target.join(' ')} ${v.help}`
    );
}

/**
 * A notebook whose cell holds a fresh token and whose output prints it.
 */
async function notebookWithToken(
  page: IJupyterLabPageFixture,
  path: string
): Promise<void> {
  const token = fakeGithubToken('ghp', `${Date.now()}-${Math.random()}`);
  await openNotebook(page, path, [`token = "${token}"\nprint(token)`], {
    0: [{ output_type: 'stream', name: 'stdout', text: `${token}\n` }]
  });
  await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`Accessibility (${theme} theme)`, () => {
    test.beforeEach(async ({ page }) => {
      if (theme === 'dark') {
        await page.theme.setDarkTheme();
      }
    });

    test('should have no serious violations in the editor, output, status bar, panel and fixes menu', async ({
      page,
      tmpPath
    }) => {
      await notebookWithToken(page, `${tmpPath}/a11y.ipynb`);
      expect(
        await violations(page, '.jp-CredentialGuard-outputMarker')
      ).toEqual([]);
      expect(await violations(page, STATUS)).toEqual([]);
      // Screen readers hear the count once, politely, rather than an alert per output.
      await expect(
        page.locator('.jp-CredentialGuard-liveRegion[role="status"]')
      ).toHaveText(/^\d+ credentials? found in this document$/);
      await expect(page.locator('[role="alert"]')).toHaveCount(0);

      // The tooltip, as a hover shows it.
      await page.locator('.cm-lintRange-error').first().hover();
      expect(await violations(page, '.cm-tooltip-lint')).toEqual([]);

      // The fixes menu, from the keyboard.
      await page.locator('.jp-Cell .cm-content').first().click();
      await page.keyboard.press('Home');
      // Into the token, ten characters in.
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('Control+.');
      expect(await violations(page, '.jp-CredentialGuard-fixesMenu')).toEqual(
        []
      );
      await page.keyboard.press('Escape');

      // The panel, opened from the status bar.
      await page.locator(STATUS).click();
      expect(await violations(page, '#jp-CredentialGuard-findings')).toEqual(
        []
      );
    });

    test('should have no serious violations in the save dialog and the saved state', async ({
      page,
      tmpPath
    }) => {
      await notebookWithToken(page, `${tmpPath}/a11y-save.ipynb`);
      await page.locator('.jp-Cell .cm-content').first().click();
      await page.keyboard.press('Control+s');
      expect(await violations(page, '.jp-Dialog')).toEqual([]);
      await page
        .locator('.jp-Dialog')
        .getByRole('button', { name: 'Save anyway' })
        .click();
      // The saved state, in the status bar (the toolbar's badge may sit in the
      // toolbar's overflow menu on a narrow toolbar).
      await expect(page.locator(STATUS)).toContainText('saved');
      expect(await violations(page, STATUS)).toEqual([]);
    });

    test('should have no serious violations in Check my files', async ({
      page
    }) => {
      void page.evaluate(() =>
        (window as any).jupyterapp.commands.execute(
          'jupyterlab-credential-guard:check-files'
        )
      );
      const view = page.locator('#jp-CredentialGuard-audit');
      await expect(
        view.locator('.jp-CredentialGuard-auditLastRun')
      ).not.toBeEmpty({ timeout: 60000 });
      expect(await violations(page, '#jp-CredentialGuard-audit')).toEqual([]);
    });

    test('should have no serious violations on the security page', async ({
      page
    }) => {
      await page.evaluate(() =>
        (window as any).jupyterapp.commands.execute(
          'jupyterlab-credential-guard:open-security-page'
        )
      );
      expect(
        await violations(page, '.jp-CredentialGuard-securityPage')
      ).toEqual([]);
    });
  });
}

test.describe('Accessibility of the notice', () => {
  // The second test server shows an operator's notice (ui-tests/overrides/).
  test.use({
    baseURL: process.env.UI_TEST_OVERRIDES_URL ?? 'http://localhost:8889',
    mockConfig: false
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`should have no serious violations in the banner (${theme})`, async ({
      page,
      request
    }) => {
      // Forget any acknowledgement so that the banner shows.
      await request.put('/api/config/jupyterlab_credential_guard', {
        data: {}
      });
      await page.reload();
      if (theme === 'dark') {
        await page.theme.setDarkTheme();
      }
      expect(await violations(page, '#jp-CredentialGuard-notice')).toEqual([]);
    });
  }
});
