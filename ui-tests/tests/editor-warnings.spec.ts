import { expect, IJupyterLabPageFixture, test } from '@jupyterlab/galata';
import type { Locator } from '@playwright/test';

import {
  fakeAwsKeyId,
  fakeAwsSecret,
  fakeGithubToken,
  fakeUuid
} from '../../src/core/fake-credentials';
import { openNotebook } from './notebooks';
import { typeInPalette } from './palette';

/**
 * Inline warnings in a real JupyterLab and Chromium: underlines in cell and file
 * editors, output markers, the status bar count, and the privacy guarantees (no request
 * leaves the Jupyter server, no console message holds a planted secret).
 *
 * Every credential is assembled here at run time from a random seed: nothing committed
 * looks like a live credential.
 */

/** Secrets planted by the current test; no console message may contain one. */
let planted: string[] = [];
let consoleMessages: string[] = [];
let foreignRequests: string[] = [];

/**
 * A fresh fake credential, remembered as planted.
 */
function plant<T extends string>(value: T): T {
  planted.push(value);
  return value;
}

function seed(): string {
  return `${Date.now()}-${Math.random()}`;
}

test.beforeEach(({ page }) => {
  planted = [];
  consoleMessages = [];
  foreignRequests = [];
  page.on('console', message => consoleMessages.push(message.text()));
  page.on('request', request => {
    const host = new URL(request.url()).hostname;
    if (
      !['localhost', '127.0.0.1'].includes(host) &&
      !request.url().startsWith('data:')
    ) {
      foreignRequests.push(request.url());
    }
  });
});

test.afterEach(() => {
  expect(foreignRequests).toEqual([]);
  for (const secret of planted) {
    const leaking = consoleMessages.filter(text => text.includes(secret));
    expect(leaking).toEqual([]);
  }
});

/**
 * The locator of the cell at `index` of the current notebook.
 */
async function cell(page: IJupyterLabPageFixture, index: number) {
  const locator = await page.notebook.getCellLocator(index);
  expect(locator).not.toBeNull();
  return locator!;
}

/**
 * The source of cell `index` of the current notebook, read from its model.
 */
async function cellSource(
  page: IJupyterLabPageFixture,
  index: number
): Promise<string> {
  return page.evaluate(
    i =>
      (window as any).jupyterapp.shell.currentWidget.content.widgets[
        i
      ].model.sharedModel.getSource(),
    index
  );
}

const STATUS = '.jp-CredentialGuard-status';
const ROW = '.jp-CredentialGuard-findingRow';

test.describe('Editor warnings', () => {
  test('should underline an AWS key pair typed into a code cell, with a gutter mark and a tooltip naming it', async ({
    page
  }) => {
    await page.notebook.createNew('aws-pair.ipynb');
    const keyId = plant(fakeAwsKeyId('AKIA', seed()));
    const secret = plant(fakeAwsSecret(seed()));
    await page.notebook.enterCellEditingMode(0);
    await page.keyboard.type(`aws_access_key_id = "${keyId}"`);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`aws_secret_access_key = "${secret}"`);

    const first = await cell(page, 0);
    const underline = first.locator('.cm-lintRange-error');
    await expect(underline.first()).toBeVisible();
    await expect(first.locator('.cm-lint-marker-error').first()).toBeVisible();

    // Both lines carry a gutter mark once the linter has seen the whole second line;
    // hovering earlier would find only the key id's underline.
    // The first test of a run meets a cold page: give the linter time.
    await expect(first.locator('.cm-lint-marker-error')).toHaveCount(2, {
      timeout: 15000
    });
    await underline.last().hover();
    const tooltip = page.locator('.cm-tooltip-lint');
    await expect(tooltip).toContainText('AWS secret access key');
    await expect(tooltip).toContainText('environment variable');
    await expect(tooltip).not.toContainText(secret);

    // The status bar counts the same two findings once the debounced scan has run.
    await expect(page.locator('.jp-CredentialGuard-status')).toHaveText(
      '⚠ 2 credentials'
    );
  });

  test('should mark a GitHub token pasted into a markdown cell', async ({
    page
  }) => {
    await page.notebook.createNew('markdown-token.ipynb');
    await page.notebook.setCellType(0, 'markdown');
    const token = plant(fakeGithubToken('ghp', seed()));
    await page.notebook.enterCellEditingMode(0);
    // insertText delivers the text in one input event, as a paste does.
    await page.keyboard.insertText(`Use the token ${token} for the API.`);
    const first = await cell(page, 0);
    await expect(first.locator('.cm-lintRange-error')).toHaveCount(1);
    await first.locator('.cm-lintRange-error').hover();
    await expect(page.locator('.cm-tooltip-lint')).toContainText(
      'GitHub token'
    );
  });

  test('should mark a credential in a .env file in the file editor', async ({
    page,
    tmpPath
  }) => {
    const secret = plant(fakeAwsSecret(seed()));
    const keyId = plant(fakeAwsKeyId('AKIA', seed()));
    await page.contents.uploadContent(
      `# project settings\nAWS_ACCESS_KEY_ID=${keyId}\nAWS_SECRET_ACCESS_KEY=${secret}\n`,
      'text',
      `${tmpPath}/project.env`
    );
    await page.filebrowser.open(`${tmpPath}/project.env`);
    const editor = page.locator('.jp-FileEditor');
    await expect(editor.locator('.cm-content')).toContainText(
      'AWS_ACCESS_KEY_ID',
      { timeout: 15000 }
    );
    // The file editor lints after CodeMirror's own delay, which a loaded machine stretches.
    await expect(editor.locator('.cm-lintRange-error').first()).toBeVisible({
      timeout: 15000
    });
    await expect(editor.locator('.cm-lint-marker-error').first()).toBeVisible();
    await expect(page.locator(STATUS)).toContainText('⚠ 2 credentials');
  });

  test("should list a .env file's credential in the findings panel, and select it from there", async ({
    page,
    tmpPath
  }) => {
    const token = plant(fakeGithubToken('ghp', seed()));
    const text = `# project settings\nDEBUG=1\nGITHUB_TOKEN=${token}\n`;
    await page.contents.uploadContent(text, 'text', `${tmpPath}/panel.env`);
    await page.filebrowser.open(`${tmpPath}/panel.env`);
    const editor = page.locator('.jp-FileEditor');
    await expect(editor.locator('.cm-content')).toContainText('GITHUB_TOKEN', {
      timeout: 15000
    });
    await expect(page.locator(STATUS)).toContainText('⚠ 1 credential', {
      timeout: 15000
    });
    await page.locator(STATUS).click();
    const row = page.locator(ROW);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('GitHub token');
    await expect(row).toContainText('Line 3');
    await expect(row).not.toContainText(token);
    // The fixes are cell operations: a text file gets none.
    await expect(row.locator('.jp-CredentialGuard-findingFixes')).toHaveCount(
      0
    );

    await row.locator('.jp-CredentialGuard-findingMain').click();
    const start = text.indexOf(token);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const editor = (window as any).jupyterapp.shell.currentWidget?.content
            ?.editor;
          if (!editor?.getSelection) {
            return null;
          }
          const { start, end } = editor.getSelection();
          return [
            start.line,
            editor.getOffsetAt(start),
            editor.getOffsetAt(end),
            editor.hasFocus()
          ];
        })
      )
      .toEqual([2, start, start + token.length, true]);
  });

  test('should mark an output that prints a token, and clear it on demand', async ({
    page
  }) => {
    await page.notebook.createNew('printed-token.ipynb');
    const token = plant(fakeGithubToken('ghp', seed()));
    // Split in the source so that only the output holds the whole token.
    await page.notebook.setCell(
      0,
      'code',
      `print("${token.slice(0, 10)}" + "${token.slice(10)}")`
    );
    await page.notebook.runCell(0);
    const first = await cell(page, 0);
    await expect(first).toHaveClass(/jp-mod-credentialOutput/);
    const output = first.locator('.jp-OutputArea-child.jp-mod-credential');
    await expect(output).toHaveCount(1);
    const marker = output.locator('.jp-CredentialGuard-outputMarker');
    await expect(marker).toContainText('GitHub token');
    await expect(marker).not.toContainText(token);

    await marker.getByRole('button', { name: 'Clear this output' }).click();
    await expect(first.locator('.jp-OutputArea-child')).toHaveCount(0);
    await expect(first).not.toHaveClass(/jp-mod-credentialOutput/);
  });

  test('should count the credentials of off-screen cells in a notebook of 2,000 cells', async ({
    page,
    tmpPath
  }) => {
    const cells = Array.from({ length: 2000 }, (_, i) => ({
      cell_type: 'code',
      execution_count: null,
      id: `cell-${i}`,
      metadata: {},
      outputs: [],
      source:
        i % 100 === 99
          ? `token_${i} = "${plant(fakeGithubToken('ghp', seed()))}"`
          : `x_${i} = ${i}`
    }));
    const notebook = {
      cells,
      metadata: {
        kernelspec: {
          display_name: 'Python 3',
          language: 'python',
          name: 'python3'
        }
      },
      nbformat: 4,
      nbformat_minor: 5
    };
    await page.contents.uploadContent(
      JSON.stringify(notebook),
      'text',
      `${tmpPath}/big.ipynb`
    );
    await page.notebook.openByPath(`${tmpPath}/big.ipynb`);
    await page.notebook.activate('big.ipynb');
    // The file holds them too: ", saved".
    await expect(page.locator('.jp-CredentialGuard-status')).toHaveText(
      '⚠ 20 credentials, saved',
      { timeout: 30000 }
    );
    // Most cells are far below the viewport: the windowed notebook gives them no
    // editor, so only the model can have found their credentials.
    const editors = await page
      .locator('.jp-Notebook .jp-Cell .cm-editor')
      .count();
    expect(editors).toBeLessThan(200);
  });

  test('should open the findings panel from the status bar and jump to the cell', async ({
    page,
    tmpPath
  }) => {
    const token = plant(fakeGithubToken('ghp', seed()));
    const sources = Array.from({ length: 80 }, (_, i) => `x_${i} = ${i}`);
    sources[70] = `value = 1\ntoken = "${token}"`;
    await openNotebook(page, `${tmpPath}/jump.ipynb`, sources);
    await page.locator(STATUS).click();
    const row = page.locator(ROW);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('GitHub token');
    await expect(row).toContainText('Cell 71, source');
    await expect(row).not.toContainText(token);

    await row.locator('.jp-CredentialGuard-findingMain').click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const notebook = (window as any).jupyterapp.shell.currentWidget
            .content;
          const editor = notebook.activeCell?.editor;
          if (!editor) {
            return null;
          }
          const { start, end } = editor.getSelection();
          const source = editor.model.sharedModel.getSource();
          return [
            notebook.activeCellIndex,
            source.slice(editor.getOffsetAt(start), editor.getOffsetAt(end))
              .length
          ];
        })
      )
      .toEqual([70, token.length]);
    await expect(await cell(page, 70)).toBeInViewport();
  });

  test('should replace a token with an environment variable from the panel, and undo it', async ({
    page,
    tmpPath
  }) => {
    const token = await fixWithEnvironmentVariable(
      page,
      `${tmpPath}/env-fix.ipynb`
    );
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => cellSource(page, 0)).toBe(`token = "${token}"`);
    await expect(page.locator(STATUS)).toContainText('⚠ 1 credential');
  });

  test('should undo the environment variable fix with one Ctrl+Z in the cell editor', async ({
    page,
    tmpPath
  }) => {
    const token = await fixWithEnvironmentVariable(
      page,
      `${tmpPath}/env-fix-ctrl-z.ipynb`
    );
    // The editor's own history, not the notification's Undo: one step restores the cell.
    await page.notebook.enterCellEditingMode(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cellSource(page, 0)).toBe(`token = "${token}"`);
    await expect(page.locator(STATUS)).toContainText('⚠ 1 credential');
    await expect(
      (await cell(page, 0)).locator('.cm-lintRange-error')
    ).toHaveCount(1);
  });

  test('should mark a finding as not a secret from the tooltip, and undo it', async ({
    page,
    tmpPath
  }) => {
    const token = plant(fakeGithubToken('ghp', seed()));
    await openNotebook(page, `${tmpPath}/not-secret.ipynb`, [
      `example = "${token}"`
    ]);
    const first = await cell(page, 0);
    await markNotSecretFromTooltip(page, first);
    // Gone from the count; the file on disk keeps it until the next save.
    await expect(page.locator(STATUS)).toHaveText('⚠ Saved with 1 credential');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(first.locator('.cm-lintRange-error')).toHaveCount(1);
    await expect(page.locator(STATUS)).toContainText('⚠ 1 credential');
  });

  test('should clear an output from its marker, and undo it', async ({
    page,
    tmpPath
  }) => {
    const token = plant(fakeGithubToken('ghp', seed()));
    await openNotebook(page, `${tmpPath}/clear-undo.ipynb`, ['print(t)'], {
      0: [{ output_type: 'stream', name: 'stdout', text: `${token}\n` }]
    });
    const first = await cell(page, 0);
    await first.getByRole('button', { name: 'Clear this output' }).click();
    await expect(first.locator('.jp-OutputArea-child')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(
      first.locator('.jp-OutputArea-child.jp-mod-credential')
    ).toHaveCount(1);
  });

  test('should pause and resume the warnings of a notebook', async ({
    page,
    tmpPath
  }) => {
    const token = plant(fakeGithubToken('ghp', seed()));
    await openNotebook(page, `${tmpPath}/pause.ipynb`, [`t = "${token}"`]);
    const first = await cell(page, 0);
    await expect(first.locator('.cm-lintRange-error')).toHaveCount(1);
    const toggle = () =>
      page.evaluate(() =>
        (window as any).jupyterapp.commands.execute(
          'jupyterlab-credential-guard:toggle-pause'
        )
      );
    await toggle();
    await expect(first.locator('.cm-lintRange-error')).toHaveCount(0);
    await expect(page.locator(STATUS)).toHaveText('Credential warnings paused');
    await toggle();
    await expect(first.locator('.cm-lintRange-error')).toHaveCount(1);
    await expect(page.locator(STATUS)).toContainText('⚠ 1 credential');
  });

  test('should re-lint open editors when inline warnings are turned off and on', async ({
    page,
    tmpPath
  }) => {
    const token = plant(fakeGithubToken('ghp', seed()));
    await openNotebook(page, `${tmpPath}/settings.ipynb`, [`t = "${token}"`]);
    const first = await cell(page, 0);
    await expect(first.locator('.cm-lintRange-error')).toHaveCount(1);
    const setInline = (value: boolean) =>
      page.evaluate(async on => {
        const registry = await (window as any).galata.getPlugin(
          '@jupyterlab/apputils-extension:settings'
        );
        await registry.set(
          'jupyterlab-credential-guard:scanner',
          'inlineWarnings',
          on
        );
      }, value);
    try {
      await setInline(false);
      await expect(first.locator('.cm-lintRange-error')).toHaveCount(0);
      // The other views keep counting: only the underlines are a setting of their own.
      await expect(page.locator(STATUS)).toContainText('⚠ 1 credential');
    } finally {
      await setInline(true);
    }
    await expect(first.locator('.cm-lintRange-error')).toHaveCount(1);
  });
});

test.describe('Marks', () => {
  test('should review a "not a secret" mark in the panel, and take it back', async ({
    page,
    tmpPath
  }) => {
    const token = plant(fakeGithubToken('ghp', seed()));
    await openNotebook(page, `${tmpPath}/marks.ipynb`, [
      `example = "${token}"`
    ]);
    const first = await cell(page, 0);
    await markNotSecretFromTooltip(page, first);
    await page.locator(STATUS).click();
    const marked = page.locator('.jp-CredentialGuard-marked');
    await expect(marked).toContainText('Marked as not a secret (1)');
    await expect(marked).toContainText('GitHub token');
    await expect(marked).not.toContainText(token);
    await marked.getByRole('button', { name: /^Unmark GitHub token/ }).click();
    await expect(first.locator('.cm-lintRange-error')).toHaveCount(1);
    await expect(marked).toBeHidden();
  });
});

test.describe('Fixes from the keyboard', () => {
  test('should open the fixes of the credential at the cursor with Ctrl+., apply one, and undo it in one step', async ({
    page,
    tmpPath
  }) => {
    const token = plant(fakeGithubToken('ghp', seed()));
    await openNotebook(page, `${tmpPath}/keyboard.ipynb`, [
      `token = "${token}"`
    ]);
    const first = await cell(page, 0);
    await expect(first.locator('.cm-lintRange-error')).toHaveCount(1);
    // Into the cell's editor, the cursor inside the token, keyboard only.
    await first.locator('.cm-content').click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+.');
    const menu = page.locator('.jp-CredentialGuard-fixesMenu');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem')).toHaveText([
      'Use environment variable',
      'Not a secret',
      'Show in the Credentials panel'
    ]);
    await expect(menu.locator('.lm-Menu-item.lm-mod-active')).toHaveText(
      'Use environment variable'
    );
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect
      .poll(() => cellSource(page, 0))
      .toBe('import os\ntoken = os.environ["GITHUB_TOKEN"]');
    // The focus is back in the editor: one Ctrl+Z brings the text back.
    await expect(first.locator('.cm-content')).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cellSource(page, 0)).toBe(`token = "${token}"`);
  });

  test('should make a URL with a token an f-string, undone with one Ctrl+Z', async ({
    page,
    tmpPath
  }) => {
    const token = plant(fakeGithubToken('ghp', seed()));
    const source = `url = "https://ana:${token}@git.example.org/repo.git"`;
    await openNotebook(page, `${tmpPath}/keyboard-url.ipynb`, [source]);
    const first = await cell(page, 0);
    await expect(first.locator('.cm-lintRange-error')).toHaveCount(1);
    await first.locator('.cm-lintRange-error').click();
    await page.keyboard.press('Control+.');
    const menu = page.locator('.jp-CredentialGuard-fixesMenu');
    await expect(menu.locator('.lm-Menu-item.lm-mod-active')).toHaveText(
      'Use environment variable'
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() => cellSource(page, 0))
      .toBe(
        `import os\nurl = f"https://ana:{os.environ['GITHUB_TOKEN']}@git.example.org/repo.git"`
      );
    await expect(first.locator('.cm-content')).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cellSource(page, 0)).toBe(source);
  });

  test('should make a %%writefile .netrc write the file from the environment or a prompt, undone with one Ctrl+Z', async ({
    page,
    tmpPath
  }) => {
    const password = plant(`Rv${seed().replace(/\W/g, '').slice(0, 8)}7Qx`);
    await fixWritefileAndUndo(page, {
      path: `${tmpPath}/netrc.ipynb`,
      source: `%%writefile ~/.netrc\nmachine urs.earthdata.nasa.gov login ana password ${password}\n`,
      secret: password,
      // Into the password, at the end of the .netrc line.
      keys: ['Control+End', 'ArrowLeft', 'ArrowLeft'],
      expected: ['getpass.getpass(', 'pathlib.Path("~/.netrc").expanduser()']
    });
  });

  test('should make a %%writefile .cdsapirc write the file from the environment or a prompt, undone with one Ctrl+Z', async ({
    page,
    tmpPath
  }) => {
    const key = plant(fakeUuid());
    await fixWritefileAndUndo(page, {
      path: `${tmpPath}/cdsapirc.ipynb`,
      source: `%%writefile ~/.cdsapirc\nurl: https://cds.climate.copernicus.eu/api\nkey: ${key}\n`,
      secret: key,
      // Into the key, on the last line.
      keys: ['Control+End', 'ArrowUp', 'End', 'ArrowLeft'],
      expected: [
        'CDSAPI_KEY',
        'pathlib.Path("~/.cdsapirc").expanduser()',
        'https://cds.climate.copernicus.eu/api'
      ]
    });
  });

  test('should move through the panel rows with the arrow keys and jump to a finding with Enter', async ({
    page,
    tmpPath
  }) => {
    const first = plant(fakeGithubToken('ghp', seed()));
    const second = plant(fakeGithubToken('ghp', seed()));
    await openNotebook(page, `${tmpPath}/keyboard-panel.ipynb`, [
      `a = "${first}"`,
      'x = 1',
      `b = "${second}"`
    ]);
    // From the palette, with the keyboard only.
    await typeInPalette(page, 'Show Credentials Found');
    await page.keyboard.press('Enter');
    const mains = page.locator(`${ROW} .jp-CredentialGuard-findingMain`);
    await expect(mains).toHaveCount(2);
    await expect(mains.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(mains.nth(1)).toBeFocused();
    await expect(mains.nth(1)).toContainText('Cell 3');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as any).jupyterapp.shell.currentWidget.content
              .activeCellIndex
        )
      )
      .toBe(2);
  });

  test('should offer nothing where the cursor is not on a credential', async ({
    page,
    tmpPath
  }) => {
    const token = plant(fakeGithubToken('ghp', seed()));
    await openNotebook(page, `${tmpPath}/keyboard-none.ipynb`, [
      `token = "${token}"`
    ]);
    const first = await cell(page, 0);
    await expect(first.locator('.cm-lintRange-error')).toHaveCount(1);
    await first.locator('.cm-content').click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+.');
    await expect(page.locator('.jp-CredentialGuard-fixesMenu')).toHaveCount(0);
  });
});

/**
 * Mark the credential underlined in `cell` as not a secret from its tooltip, and wait
 * until its underline is gone.
 */
async function markNotSecretFromTooltip(
  page: IJupyterLabPageFixture,
  cell: Locator
): Promise<void> {
  await cell.locator('.cm-lintRange-error').hover();
  await page
    .locator('.cm-tooltip-lint')
    .getByRole('button', { name: 'Not a secret' })
    .click();
  await expect(cell.locator('.cm-lintRange-error')).toHaveCount(0);
}

/**
 * Open a notebook whose one cell is a `%%writefile` config holding `secret`, move into
 * the secret with `keys`, apply "Use environment variable" from the keyboard (Ctrl+.,
 * Enter), check the rewritten cell holds each of `expected` and not the secret, then
 * undo it with one Ctrl+Z.
 */
async function fixWritefileAndUndo(
  page: IJupyterLabPageFixture,
  options: {
    path: string;
    source: string;
    secret: string;
    keys: string[];
    expected: string[];
  }
): Promise<void> {
  const { path, source, secret, keys, expected } = options;
  await openNotebook(page, path, [source]);
  const first = await cell(page, 0);
  await expect(first.locator('.cm-lintRange-error')).toHaveCount(1);
  await first.locator('.cm-content').click();
  for (const key of keys) {
    await page.keyboard.press(key);
  }
  await page.keyboard.press('Control+.');
  await expect(
    page
      .locator('.jp-CredentialGuard-fixesMenu')
      .locator('.lm-Menu-item.lm-mod-active')
  ).toHaveText('Use environment variable');
  await page.keyboard.press('Enter');
  await expect.poll(() => cellSource(page, 0)).toContain(expected[0]);
  const fixed = await cellSource(page, 0);
  expect(fixed).not.toContain(secret);
  for (const text of expected) {
    expect(fixed).toContain(text);
  }
  await expect(first.locator('.cm-lintRange-error')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(() => cellSource(page, 0)).toBe(source);
}

/**
 * Open a notebook whose one cell holds a fresh token, and replace the token with an
 * environment variable from the findings panel; returns the token.
 */
async function fixWithEnvironmentVariable(
  page: IJupyterLabPageFixture,
  path: string
): Promise<string> {
  const token = plant(fakeGithubToken('ghp', seed()));
  await openNotebook(page, path, [`token = "${token}"`]);
  await page.locator(STATUS).click();
  // Opening the panel puts the focus on its first row; its fixes are one Tab away.
  await expect(
    page.locator(`${ROW} .jp-CredentialGuard-findingMain`)
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    page.locator(`${ROW} .jp-CredentialGuard-findingFixes`)
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await page
    .locator('.jp-CredentialGuard-fixesMenu')
    .getByRole('menuitem', { name: 'Use environment variable' })
    .click();
  await expect
    .poll(() => cellSource(page, 0))
    .toBe('import os\ntoken = os.environ["GITHUB_TOKEN"]');
  // Gone from the count; the file on disk keeps it until the next save.
  await expect(page.locator(STATUS)).toHaveText('⚠ Saved with 1 credential');
  return token;
}
