import { expect, galata, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';

import {
  fakeCredentialFiles,
  fakeOpenSshKey
} from '../../src/__tests__/core/credential-files/fake-files';
import { fakeGithubToken } from '../../src/core/fake-credentials';
import { openNotebook } from './notebooks';

/**
 * The README's pictures, taken from the real product. `make screenshots` writes them to
 * docs/images/; in `make test` the same scenes run and the pictures go to the test
 * results, so a scene that no longer works fails the build before the README goes stale.
 */

const IMAGES = process.env.SCREENSHOTS_DIR
  ? path.resolve(process.env.SCREENSHOTS_DIR)
  : null;

function target(name: string): string {
  return IMAGES ? path.join(IMAGES, name) : test.info().outputPath(name);
}

test.use({
  viewport: { width: 1280, height: 720 },
  mockSettings: {
    ...galata.DEFAULT_SETTINGS,
    'jupyterlab-credential-guard:save-guard': { onSave: 'confirm' }
  }
});

const SOURCES = [
  'import earthaccess\nimport xarray as xr',
  '# Read the SST granules from the archive\nauth = earthaccess.login()'
];

test('notebook: inline warning with its tooltip, and the Credentials panel', async ({
  page,
  tmpPath
}) => {
  const token = fakeGithubToken('ghp', 'readme-screenshot');
  await openNotebook(page, `${tmpPath}/analysis.ipynb`, [
    ...SOURCES,
    `GITHUB_TOKEN = "${token}"\nprint(GITHUB_TOKEN[:8])`
  ]);
  const underline = page.locator('.cm-lintRange-error').first();
  await expect(underline).toBeVisible();
  await underline.hover();
  await expect(page.locator('.cm-tooltip-lint')).toBeVisible();
  await page.screenshot({ path: target('inline-warning.png') });

  await page.mouse.move(0, 0);
  await page.locator('.jp-CredentialGuard-status').click();
  await expect(page.locator('#jp-CredentialGuard-findings')).toBeVisible();
  await page.screenshot({ path: target('findings-panel.png') });
});

test('save dialog in confirm mode', async ({ page, tmpPath }) => {
  const token = fakeGithubToken('ghp', 'readme-screenshot-save');
  await openNotebook(page, `${tmpPath}/analysis.ipynb`, [
    ...SOURCES,
    `GITHUB_TOKEN = "${token}"`
  ]);
  await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
  await page.locator('.jp-Cell .cm-content').first().click();
  await page.keyboard.press('Control+s');
  const dialog = page.locator('.jp-Dialog');
  await expect(dialog).toContainText('with 1 credential?');
  await page.screenshot({ path: target('save-dialog.png') });
  await dialog.getByRole('button', { name: 'Fix first' }).click();
});

test.describe('notice', () => {
  // The second test server shows an operator's notice (ui-tests/overrides/).
  test.use({
    baseURL: process.env.UI_TEST_OVERRIDES_URL ?? 'http://localhost:8889',
    mockConfig: false
  });

  test('security notice', async ({ page, request }) => {
    await request.put('/api/config/jupyterlab_credential_guard', { data: {} });
    await page.reload();
    const banner = page.locator('#jp-CredentialGuard-notice');
    await expect(banner).toBeVisible();
    await page.screenshot({
      path: target('security-notice.png'),
      clip: { x: 0, y: 0, width: 1280, height: 260 }
    });
  });
});

test('check my files: the stored credentials of a home directory', async ({
  page
}) => {
  const root = await page.evaluate(() => {
    const data = document.getElementById('jupyter-config-data')!.textContent!;
    return JSON.parse(data).serverRoot as string;
  });
  const creds = fakeCredentialFiles();
  // Hidden files, as tools and tutorials leave them in a home directory.
  const files: Record<string, string> = {
    '.aws/credentials': creds['.aws/credentials'],
    '.netrc': creds['.netrc'],
    '.ssh/id_ed25519': fakeOpenSshKey(),
    'sst-project/.env': creds['project/.env']
  };
  const written = Object.entries(files).map(([relative, text]) => {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text, { mode: 0o600 });
    return file;
  });
  try {
    void page.evaluate(() => {
      void (window as any).jupyterapp.commands.execute(
        'jupyterlab-credential-guard:check-files'
      );
    });
    const view = page.locator('#jp-CredentialGuard-audit');
    await expect(view.locator('.jp-CredentialGuard-auditStatus')).toContainText(
      /Credentials found in \d+ files/,
      { timeout: 30000 }
    );
    await page.screenshot({ path: target('check-my-files.png') });
  } finally {
    written.forEach(file => fs.rmSync(file, { force: true }));
  }
});
