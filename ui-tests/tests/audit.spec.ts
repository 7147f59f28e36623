import { expect, IJupyterLabPageFixture, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';

import {
  fakeCredentialFiles,
  fakeOpenSshKey
} from '../../src/__tests__/core/credential-files/fake-files';
import { fakeGithubToken } from '../../src/core/fake-credentials';
import { codeNotebook } from './notebooks';

/**
 * "Check my files" in a real JupyterLab and Chromium, against the test server's root as
 * a home directory: known credential files (hidden, so written straight to disk, as a
 * tool would), a `.env` in a project and a notebook nobody opened.
 *
 * Every credential is assembled at run time; none may reach the page's text or console.
 */

const CHECK = 'jupyterlab-credential-guard:check-files';
const VIEW = '#jp-CredentialGuard-audit';
const NOTEBOOK = 'audit-project/analysis/never-opened.ipynb';

let planted: string[] = [];
let written: string[] = [];
let consoleMessages: string[] = [];

/** The server's root folder on this machine (the test runs beside the server). */
async function serverRoot(page: IJupyterLabPageFixture): Promise<string> {
  return page.evaluate(() => {
    const data = document.getElementById('jupyter-config-data')!.textContent!;
    return JSON.parse(data).serverRoot as string;
  });
}

/** Write files under the root, as tools and tutorials leave them. */
async function writeHome(
  page: IJupyterLabPageFixture,
  files: Record<string, string>
): Promise<void> {
  const root = await serverRoot(page);
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text, { mode: 0o600 });
    written.push(file);
  }
}

function home(): Record<string, string> {
  const creds = fakeCredentialFiles();
  const token = fakeGithubToken('ghp', `${Date.now()}-${Math.random()}`);
  planted.push(token);
  return {
    '.aws/credentials': creds['.aws/credentials'],
    '.netrc': creds['.netrc'],
    '.ssh/id_ed25519': fakeOpenSshKey(),
    'audit-project/.env': creds['project/.env'],
    [NOTEBOOK]: JSON.stringify(
      codeNotebook(['import os', 'print("hello")', `token = "${token}"`])
    )
  };
}

async function runCheck(page: IJupyterLabPageFixture): Promise<void> {
  // Not awaited: the command resolves when the check ends.
  void page.evaluate(id => {
    void (window as any).jupyterapp.commands.execute(id);
  }, CHECK);
  await expect(page.locator(VIEW)).toBeVisible();
}

test.beforeEach(({ page }) => {
  planted = [];
  written = [];
  consoleMessages = [];
  page.on('console', message => consoleMessages.push(message.text()));
});

test.afterEach(() => {
  for (const file of written) {
    fs.rmSync(file, { force: true });
  }
  for (const message of consoleMessages) {
    for (const secret of planted) {
      expect(message).not.toContain(secret);
    }
  }
});

test.describe('Check my files', () => {
  test('should list the credential files, hidden ones included, with progress', async ({
    page
  }) => {
    await writeHome(page, home());
    await runCheck(page);
    const view = page.locator(VIEW);
    await expect(view.locator('.jp-CredentialGuard-auditStatus')).toContainText(
      /Credentials found in \d+ files/,
      { timeout: 30000 }
    );
    const progress = view.locator('.jp-CredentialGuard-auditProgressText');
    await expect(progress).toHaveText(
      /^(\d+) of \1 files, [\d.]+ of [\d.]+ MB$/
    );
    const paths = await view
      .locator('.jp-CredentialGuard-auditPath')
      .allTextContents();
    for (const expected of [
      '.aws/credentials',
      '.netrc',
      '.ssh/id_ed25519',
      'audit-project/.env',
      NOTEBOOK
    ]) {
      expect(paths).toContain(expected);
    }
    // Masked everywhere, and a hidden file says how to reach it.
    const text = (await view.textContent()) ?? '';
    for (const secret of planted) {
      expect(text).not.toContain(secret);
    }
    const ssh = view.locator('.jp-CredentialGuard-auditFile', {
      hasText: '.ssh/id_ed25519'
    });
    await expect(ssh.locator('.jp-CredentialGuard-auditHint')).toContainText(
      'terminal'
    );
    // The private-key rule shows the key (masked); the file-level finding is then a
    // note saying what the file is, not a second report of the value.
    await expect(ssh.locator('.jp-CredentialGuard-auditRule')).toHaveText([
      'private-key',
      'credential-file/ssh-private-key'
    ]);
    await expect(
      view.locator('.jp-CredentialGuard-auditLastRun')
    ).toContainText('Last complete check');
  });

  test('should stop when cancelled', async ({ page }) => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) {
      many[`audit-bulk/module_${i}.py`] = `# module ${i}\nprint(${i})\n`.repeat(
        20
      );
    }
    await writeHome(page, many);
    await runCheck(page);
    const view = page.locator(VIEW);
    const cancel = view.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeVisible();
    await expect(
      view.locator('.jp-CredentialGuard-auditProgressText')
    ).toContainText('files');
    await cancel.click();
    await expect(view.locator('.jp-CredentialGuard-auditStatus')).toContainText(
      'cancelled',
      { timeout: 1000 }
    );
    await expect(cancel).toBeHidden();
    const done = await view
      .locator('progress')
      .evaluate(bar => (bar as HTMLProgressElement).value);
    expect(done).toBeLessThan(1500);
  });

  test('should open a notebook at its finding', async ({ page }) => {
    await writeHome(page, home());
    await runCheck(page);
    const view = page.locator(VIEW);
    const group = view.locator('.jp-CredentialGuard-auditFile', {
      hasText: NOTEBOOK
    });
    const row = group.getByRole('button', { name: /cell 3, line 1/ });
    await row.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.locator('.jp-NotebookPanel .jp-Cell.jp-mod-active')
    ).toContainText('token = ');
    expect(await page.notebook.isActive('never-opened.ipynb')).toBe(true);
    // The value is selected in the cell's editor.
    const selected = await page.evaluate(
      () => window.getSelection()?.toString() ?? ''
    );
    expect(planted).toContain(selected);
  });
});

test('should start from the Credentials panel', async ({ page }) => {
  await page.sidebar.openTab('jp-CredentialGuard-findings');
  await page
    .locator('#jp-CredentialGuard-findings')
    .getByRole('button', { name: 'Check my files for credentials' })
    .click();
  await expect(page.locator(VIEW)).toBeVisible();
  await expect(
    page.locator(`${VIEW} .jp-CredentialGuard-auditStatus`)
  ).toContainText(/Credentials found|No credentials found/, { timeout: 30000 });
});
