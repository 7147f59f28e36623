import {
  expect,
  galata,
  IJupyterLabPageFixture,
  test
} from '@jupyterlab/galata';

import * as fs from 'fs';
import * as nodePath from 'path';

import { fakeGithubToken } from '../../src/core/fake-credentials';
import { openNotebook } from './notebooks';
import { typeInPalette } from './palette';

/**
 * The check on save in a real JupyterLab and Chromium: the warning after a save, once
 * per content, the "saved with credentials" toolbar mark, the confirm dialog on
 * Ctrl+S, autosave without a dialog, text files, and saves that land when the scan
 * fails (through the test hook command).
 *
 * Every credential is assembled here at run time from a random seed: nothing committed
 * looks like a live credential. What is saved is read back through the contents API.
 */

const TOAST = '.Toastify__toast';
const SAVED_STATE = '.jp-Toolbar .jp-CredentialGuard-savedState';
const SAVED_STATUS = '#jp-main-statusbar .jp-CredentialGuard-status';
const TEST_FAIL_SCAN = 'jupyterlab-credential-guard:test-fail-scan';

/** Secrets planted by the current test; no console message may contain one. */
let planted: string[] = [];
let consoleMessages: string[] = [];

function token(): string {
  const value = fakeGithubToken('ghp', `${Date.now()}-${Math.random()}`);
  planted.push(value);
  return value;
}

test.beforeEach(({ page }) => {
  planted = [];
  consoleMessages = [];
  page.on('console', message => consoleMessages.push(message.text()));
});

test.afterEach(() => {
  for (const secret of planted) {
    expect(consoleMessages.filter(text => text.includes(secret))).toEqual([]);
  }
});

/**
 * Change the source of cell `index` of the current notebook through its model, as
 * typing would, and put the focus in the notebook.
 */
async function editCell(
  page: IJupyterLabPageFixture,
  index: number,
  source: string
): Promise<void> {
  await page.evaluate(
    ([i, text]) =>
      (window as any).jupyterapp.shell.currentWidget.content.model.cells
        .get(i)
        .sharedModel.setSource(text),
    [index, source] as const
  );
  await (await page.notebook.getCellLocator(index))!
    .locator('.jp-InputPrompt')
    .click();
}

/**
 * The content of a file as saved on the server (a notebook as a JSON string); `''`
 * while the server is still writing it (a read can catch the file half written).
 */
/**
 * How long a test waits for a save to reach the disk: longer than `expect.poll`'s 5 s,
 * which a save on a loaded 2-core CI machine once exceeded (the retry passed).
 */
const ON_DISK = { timeout: 15_000 };

async function saved(page: IJupyterLabPageFixture, path: string) {
  return page.evaluate(async file => {
    try {
      const model = await (
        window as any
      ).jupyterapp.serviceManager.contents.get(file, { content: true });
      return typeof model.content === 'string'
        ? model.content
        : JSON.stringify(model.content);
    } catch {
      return '';
    }
  }, path);
}

/**
 * The content of a file's checkpoint ('' when there is none), read from disk beside the
 * server in the layout of its file checkpoints. Not through the contents API, whose only
 * way to read one (restoreCheckpoint) writes it over the open document's file, which
 * then made later saves race with JupyterLab's "file changed" check.
 */
async function checkpoint(page: IJupyterLabPageFixture, path: string) {
  const root = await page.evaluate(() => {
    const data = document.getElementById('jupyter-config-data')!.textContent!;
    return JSON.parse(data).serverRoot as string;
  });
  const dir = nodePath.dirname(path);
  const name = nodePath.basename(path).replace(/\.ipynb$/, '');
  const file = nodePath.join(
    root,
    dir,
    '.ipynb_checkpoints',
    `${name}-checkpoint.ipynb`
  );
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

/**
 * Count the saves that the current document starts from now on; returns a reader.
 */
async function countSaves(
  page: IJupyterLabPageFixture
): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as any;
    w.credentialGuardSaves = 0;
    w.jupyterapp.shell.currentWidget.context.saveState.connect(
      (_: unknown, state: string) => {
        if (state === 'started') {
          w.credentialGuardSaves++;
        }
      }
    );
  });
  return () => page.evaluate(() => (window as any).credentialGuardSaves);
}

/**
 * Wait until the page has finished what it was doing: two rendered frames and a task,
 * time enough for a warning that a finished save would raise (its code is loaded by then).
 */
async function settle(page: IJupyterLabPageFixture): Promise<void> {
  await page.evaluate(
    () =>
      new Promise(done =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => setTimeout(done, 0))
        )
      )
  );
}

/**
 * Whether the current document has unsaved changes.
 */
async function isDirty(page: IJupyterLabPageFixture): Promise<boolean> {
  return page.evaluate(
    () => (window as any).jupyterapp.shell.currentWidget.context.model.dirty
  );
}

function warnings(page: IJupyterLabPageFixture) {
  return page.locator(TOAST).filter({ hasText: 'was saved with' });
}

test.describe('Save warning (warn)', () => {
  test('should save a notebook with a token, then warn once with its type and count', async ({
    page,
    tmpPath
  }) => {
    const secret = token();
    await openNotebook(page, `${tmpPath}/warn.ipynb`, [
      `t = "${secret}"`,
      'x = 1'
    ]);
    await editCell(page, 1, 'x = "edited before save"');
    await page.keyboard.press('Control+s');

    const toast = warnings(page);
    await expect(toast).toHaveCount(1);
    await expect(toast).toContainText(
      'warn.ipynb was saved with 1 credential: GitHub token (ghp_'
    );
    await expect(toast).not.toContainText(secret);
    await expect(
      toast.getByRole('button', { name: 'Show findings' })
    ).toBeVisible();
    await expect(toast.getByRole('button', { name: 'Not now' })).toBeVisible();
    await expect
      .poll(() => saved(page, `${tmpPath}/warn.ipynb`))
      .toContain('edited before save');
    await expect(page.locator(SAVED_STATE)).toHaveText(
      '⚠ Saved with 1 credential'
    );
    // Notifications can be silenced: the status bar keeps the state in view too.
    await expect(page.locator(SAVED_STATUS)).toHaveText(
      '⚠ 1 credential, saved'
    );

    // Saving the same content again lands, but does not warn again.
    await toast.getByRole('button', { name: 'Not now' }).click();
    await expect(warnings(page)).toHaveCount(0);
    await editCell(page, 1, 'x = "edited twice"');
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => saved(page, `${tmpPath}/warn.ipynb`))
      .toContain('edited twice');
    await settle(page);
    await expect(warnings(page)).toHaveCount(0);

    // A new credential warns again.
    await editCell(page, 1, `x = "${token()}"`);
    await page.keyboard.press('Control+s');
    await expect(warnings(page)).toContainText(
      '2 credentials: GitHub token ×2'
    );
  });

  test('should show what the file holds from the start, and again when reopened', async ({
    page,
    tmpPath
  }) => {
    const path = `${tmpPath}/on-disk.ipynb`;
    await openNotebook(page, path, [`t = "${token()}"`, 'x = 1']);
    // Nobody saved in this session, but the file holds the credential.
    await expect(page.locator(SAVED_STATE)).toHaveText(
      '⚠ Saved with 1 credential'
    );
    await expect(page.locator(SAVED_STATUS)).toHaveText(
      '⚠ 1 credential, saved'
    );
    // Closed and opened again, as after a reload: the state comes from the file.
    await page.notebook.close(true);
    await page.notebook.openByPath(path);
    await expect(page.locator(SAVED_STATE)).toHaveText(
      '⚠ Saved with 1 credential'
    );
    // No toast for what was already there.
    await expect(warnings(page)).toHaveCount(0);
  });

  test('should warn again when warned content is saved as another file', async ({
    page,
    tmpPath
  }) => {
    const path = `${tmpPath}/original.ipynb`;
    await openNotebook(page, path, [`t = "${token()}"`, 'x = 1']);
    await editCell(page, 1, 'x = 2');
    await page.keyboard.press('Control+s');
    await expect(warnings(page)).toContainText(
      'original.ipynb was saved with 1 credential'
    );
    await warnings(page).getByRole('button', { name: 'Not now' }).click();
    await expect(warnings(page)).toHaveCount(0);

    // The same content, now in a second file: the credential is in one more place.
    await page.menu.clickMenuItem('File>Save Notebook As…');
    const dialog = page.locator('.jp-Dialog');
    await dialog.locator('input').fill(`${tmpPath}/copy.ipynb`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(
      warnings(page).filter({ hasText: 'copy.ipynb was saved with' })
    ).toContainText('copy.ipynb was saved with 1 credential');
  });

  test('should warn after File › Save All too', async ({ page, tmpPath }) => {
    const secret = token();
    const path = `${tmpPath}/save-all.ipynb`;
    await openNotebook(page, path, [`t = "${secret}"`, 'x = 1']);
    await editCell(page, 1, 'x = "saved with all"');
    await page.menu.clickMenuItem('File>Save All');
    await expect(warnings(page)).toContainText(
      'save-all.ipynb was saved with 1 credential: GitHub token'
    );
    await expect
      .poll(() => saved(page, path), ON_DISK)
      .toContain('saved with all');
  });

  test('should ask from File › Save once confirm mode is set, in a notebook opened before', async ({
    page,
    tmpPath
  }) => {
    const secret = token();
    const path = `${tmpPath}/switch.ipynb`;
    await openNotebook(page, path, [`t = "${secret}"`, 'x = 1']);
    await editCell(page, 1, 'x = "warned"');
    await page.menu.clickMenuItem('File>Save Notebook');
    await expect(warnings(page)).toContainText('switch.ipynb was saved with');
    await expect.poll(() => saved(page, path), ON_DISK).toContain('warned');

    await page.evaluate(async () => {
      const registry = await (window as any).galata.getPlugin(
        '@jupyterlab/apputils-extension:settings'
      );
      await registry.set(
        'jupyterlab-credential-guard:save-guard',
        'onSave',
        'confirm'
      );
    });
    await editCell(page, 1, 'x = "asked"');
    await page.menu.clickMenuItem('File>Save Notebook');
    const dialog = page.locator('.jp-Dialog');
    await expect(dialog).toContainText('Save switch.ipynb with 1 credential?');
    await dialog.getByRole('button', { name: 'Save anyway' }).click();
    await expect.poll(() => saved(page, path), ON_DISK).toContain('asked');
  });

  test('should clear the outputs with secrets from the warning, on disk too', async ({
    page,
    tmpPath
  }) => {
    const secret = token();
    const path = `${tmpPath}/outputs.ipynb`;
    await openNotebook(page, path, ['print(t)', 'y = 2'], {
      0: [{ output_type: 'stream', name: 'stdout', text: `${secret}\n` }]
    });
    await editCell(page, 1, 'y = 3');
    await page.keyboard.press('Control+s');
    const toast = warnings(page);
    await expect(toast).toContainText('1 credential: GitHub token');
    await expect.poll(() => saved(page, path), ON_DISK).toContain(secret);

    await toast
      .getByRole('button', { name: 'Clear outputs with secrets' })
      .click();
    await expect.poll(() => saved(page, path), ON_DISK).not.toContain(secret);
    expect(await saved(page, path)).toContain('print(t)');
    await expect(page.locator(SAVED_STATE)).toBeHidden();
    // The Ctrl+S made a checkpoint of the notebook as it was: the cleaning replaced it.
    await expect.poll(() => checkpoint(page, path)).toContain('print(t)');
    expect(await checkpoint(page, path)).not.toContain(secret);
  });

  test('should warn when a text file with a token is saved in the file editor', async ({
    page,
    tmpPath
  }) => {
    const secret = token();
    const path = `${tmpPath}/settings.py`;
    await page.contents.uploadContent(
      `API = "https://api.github.com"\nTOKEN = "${secret}"\n`,
      'text',
      path
    );
    await page.filebrowser.open(path);
    const editor = page.locator('.jp-FileEditor .cm-content');
    await expect(editor).toContainText('TOKEN', { timeout: 15000 });
    const saves = await countSaves(page);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# edited\n');
    await page.keyboard.press('Control+s');
    await expect(warnings(page)).toContainText(
      'settings.py was saved with 1 credential: GitHub token'
    );
    await expect.poll(() => saved(page, path), ON_DISK).toContain('# edited');
    await expect(page.locator(SAVED_STATE)).toHaveText(
      '⚠ Saved with 1 credential'
    );
  });

  test('should let the save land when the scan fails, and log it once without the secret', async ({
    page,
    tmpPath
  }) => {
    const secret = token();
    const path = `${tmpPath}/failing.ipynb`;
    await openNotebook(page, path, [`t = "${secret}"`, 'x = 1']);
    await page.evaluate(
      id => (window as any).jupyterapp.commands.execute(id, { fail: true }),
      TEST_FAIL_SCAN
    );
    try {
      await editCell(page, 1, 'x = "saved while failing"');
      await page.keyboard.press('Control+s');
      await expect
        .poll(() => saved(page, path))
        .toContain('saved while failing');
      await editCell(page, 1, 'x = "saved again while failing"');
      await page.keyboard.press('Control+s');
      await expect
        .poll(() => saved(page, path), ON_DISK)
        .toContain('saved again');
      await expect(page.locator(SAVED_STATE)).toHaveText('Saved unchecked');
      await expect(warnings(page)).toHaveCount(0);
      expect(
        consoleMessages.filter(text => text.includes('could not check'))
      ).toHaveLength(1);
    } finally {
      await page.evaluate(
        id => (window as any).jupyterapp.commands.execute(id, { fail: false }),
        TEST_FAIL_SCAN
      );
    }
  });
});

test.describe('Save warning (confirm)', () => {
  test.use({
    mockSettings: {
      ...galata.DEFAULT_SETTINGS,
      'jupyterlab-credential-guard:save-guard': { onSave: 'confirm' }
    }
  });

  test('should ask on Ctrl+S, listing the credential masked, and save on "Save anyway"', async ({
    page,
    tmpPath
  }) => {
    const secret = token();
    const path = `${tmpPath}/confirm.ipynb`;
    await openNotebook(page, path, [`t = "${secret}"`, 'x = 1']);
    await editCell(page, 1, 'x = "approved"');
    await page.keyboard.press('Control+s');
    const dialog = page.locator('.jp-Dialog');
    await expect(dialog).toContainText('Save confirm.ipynb with 1 credential?');
    await expect(dialog).toContainText('GitHub token');
    await expect(dialog).toContainText('ghp_');
    await expect(dialog).not.toContainText(secret);
    // Nothing is saved while the dialog is open.
    expect(await saved(page, path)).not.toContain('approved');

    await dialog.getByRole('button', { name: 'Save anyway' }).click();
    await expect.poll(() => saved(page, path), ON_DISK).toContain('approved');
    await expect(page.locator(SAVED_STATE)).toHaveText(
      '⚠ Saved with 1 credential'
    );
    // The user just approved these: no toast about them.
    await settle(page);
    await expect(warnings(page)).toHaveCount(0);
  });

  test('should not save on "Fix first", and open the findings', async ({
    page,
    tmpPath
  }) => {
    const secret = token();
    const path = `${tmpPath}/fix-first.ipynb`;
    await openNotebook(page, path, [`t = "${secret}"`, 'x = 1']);
    const saves = await countSaves(page);
    await editCell(page, 1, 'x = "not yet"');
    await page.keyboard.press('Control+s');
    const dialog = page.locator('.jp-Dialog');
    await dialog.getByRole('button', { name: 'Fix first' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('.jp-CredentialGuard-findingRow')).toContainText(
      'GitHub token'
    );
    await settle(page);
    expect(await saves()).toBe(0);
    const onDisk = await saved(page, path);
    expect(onDisk).toContain('x = 1');
    expect(onDisk).not.toContain('not yet');
    expect(await isDirty(page)).toBe(true);
    await expect(page.locator(SAVED_STATE)).toBeHidden();
  });

  test('should ask from File › Save too', async ({ page, tmpPath }) => {
    const secret = token();
    const path = `${tmpPath}/menu.ipynb`;
    await openNotebook(page, path, [`t = "${secret}"`, 'x = 1']);
    await editCell(page, 1, 'x = "from the menu"');
    await page.menu.clickMenuItem('File>Save Notebook');
    const dialog = page.locator('.jp-Dialog');
    await expect(dialog).toContainText('Save menu.ipynb with 1 credential?');
    await dialog.getByRole('button', { name: 'Save anyway' }).click();
    await expect
      .poll(() => saved(page, path), ON_DISK)
      .toContain('from the menu');
  });

  test("should ask when JupyterLab's own Save runs from the command palette", async ({
    page,
    tmpPath
  }) => {
    const secret = token();
    const path = `${tmpPath}/palette.ipynb`;
    await openNotebook(page, path, [`t = "${secret}"`, 'x = 1']);
    await editCell(page, 1, 'x = "from the palette"');
    // JupyterLab's own item, not the checked save's.
    const own = '[data-command="docmanager:save"]';
    await typeInPalette(page, 'Save Notebook', own);
    await page.locator(`#command-palette ${own}`).click();
    const dialog = page.locator('.jp-Dialog');
    await expect(dialog).toContainText('Save palette.ipynb with 1 credential?');
    expect(await saved(page, path)).not.toContain('from the palette');
    await dialog.getByRole('button', { name: 'Save anyway' }).click();
    await expect
      .poll(() => saved(page, path), ON_DISK)
      .toContain('from the palette');
  });

  test('should show one Save in the File menu, before Save As, with the save shortcut', async ({
    page
  }) => {
    const file = (await page.menu.openLocator('File'))!;
    const items = await file
      .locator('.lm-Menu-item')
      .evaluateAll(items =>
        items.map(
          item =>
            item.getAttribute('data-command') ?? item.getAttribute('data-type')
        )
      );
    const save = items.indexOf('jupyterlab-credential-guard:save-with-check');
    expect(items).not.toContain('docmanager:save');
    expect(items.slice(save - 1, save + 4)).toEqual([
      'separator',
      'jupyterlab-credential-guard:save-with-check',
      'separator',
      'docmanager:save-as',
      'docmanager:save-all'
    ]);
    await expect(
      file.locator(
        '.lm-Menu-item[data-command$=":save-with-check"] .lm-Menu-itemShortcut'
      )
    ).toHaveText(/S$/);
    await page.keyboard.press('Escape');
  });

  test('should ask from the notebook toolbar save button too', async ({
    page,
    tmpPath
  }) => {
    const secret = token();
    const path = `${tmpPath}/toolbar.ipynb`;
    await openNotebook(page, path, [`t = "${secret}"`, 'x = 1']);
    await editCell(page, 1, 'x = "from the toolbar"');
    await page.notebook.clickToolbarItem('save');
    const dialog = page.locator('.jp-Dialog');
    await expect(dialog).toContainText('Save toolbar.ipynb with 1 credential?');
    await dialog.getByRole('button', { name: 'Save anyway' }).click();
    await expect
      .poll(() => saved(page, path), ON_DISK)
      .toContain('from the toolbar');
  });

  test('should ask on Ctrl+S in the file editor, and not save on "Fix first"', async ({
    page,
    tmpPath
  }) => {
    const secret = token();
    const path = `${tmpPath}/config.py`;
    await page.contents.uploadContent(`TOKEN = "${secret}"\n`, 'text', path);
    await page.filebrowser.open(path);
    const editor = page.locator('.jp-FileEditor .cm-content');
    await expect(editor).toContainText('TOKEN', { timeout: 15000 });
    const saves = await countSaves(page);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# not saved yet\n');
    await page.keyboard.press('Control+s');
    const dialog = page.locator('.jp-Dialog');
    await expect(dialog).toContainText('Save config.py with 1 credential?');
    await expect(dialog).toContainText('line 1');
    await expect(
      dialog.getByRole('button', {
        name: 'Clear outputs with secrets and save'
      })
    ).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Fix first' }).click();
    await expect(dialog).toHaveCount(0);
    await settle(page);
    expect(await saves()).toBe(0);
    const onDisk = await saved(page, path);
    expect(onDisk).toContain('TOKEN');
    expect(onDisk).not.toContain('not saved yet');
    expect(await isDirty(page)).toBe(true);
  });

  test('should save a clean notebook on Ctrl+S without asking', async ({
    page,
    tmpPath
  }) => {
    const path = `${tmpPath}/clean.ipynb`;
    await openNotebook(page, path, ['x = 1']);
    await editCell(page, 0, 'x = "clean"');
    await page.keyboard.press('Control+s');
    await expect.poll(() => saved(page, path), ON_DISK).toContain('clean');
    await expect(page.locator('.jp-Dialog')).toHaveCount(0);
  });

  for (const [where, focus] of [
    [
      'the file browser',
      async (page: IJupyterLabPageFixture) => {
        await page.sidebar.openTab('filebrowser');
        await page.locator('.jp-DirListing-item').first().click();
      }
    ],
    [
      'the findings panel',
      async (page: IJupyterLabPageFixture) => {
        await page.locator('.jp-CredentialGuard-status').click();
        await page
          .locator('.jp-CredentialGuard-findingRow')
          .first()
          .locator('button')
          .first()
          .focus();
      }
    ],
    [
      'the status bar',
      async (page: IJupyterLabPageFixture) => {
        await page.locator('#jp-main-statusbar').click({
          position: { x: 5, y: 5 }
        });
        await page.locator('.jp-CredentialGuard-status').click();
      }
    ]
  ] as const) {
    test(`should ask on Ctrl+S with the focus in ${where}`, async ({
      page,
      tmpPath
    }) => {
      const path = `${tmpPath}/focus.ipynb`;
      await openNotebook(page, path, [`t = "${token()}"`, 'x = 1']);
      const saves = await countSaves(page);
      await editCell(page, 1, 'x = "edited"');
      await focus(page);
      // The precondition: the focus has left the notebook.
      expect(
        await page.evaluate(
          () => !document.activeElement?.closest('.jp-NotebookPanel')
        )
      ).toBe(true);
      await page.keyboard.press('Control+s');
      const dialog = page.locator('.jp-Dialog');
      await expect(dialog).toContainText('Save focus.ipynb with 1 credential?');
      expect(await saves()).toBe(0);
      await dialog.getByRole('button', { name: 'Save anyway' }).click();
      await expect.poll(() => saved(page, path), ON_DISK).toContain('edited');
    });
  }

  test.describe('with the save shortcut remapped', () => {
    test.use({
      mockSettings: {
        ...galata.DEFAULT_SETTINGS,
        'jupyterlab-credential-guard:save-guard': { onSave: 'confirm' },
        '@jupyterlab/shortcuts-extension:shortcuts': {
          shortcuts: [
            {
              command: 'jupyterlab-credential-guard:save-with-check',
              keys: ['Accel S'],
              selector: ':root body',
              disabled: true
            },
            {
              command: 'jupyterlab-credential-guard:save-with-check',
              keys: ['Alt S'],
              selector: ':root body'
            }
          ]
        }
      }
    });

    test("should follow the user's shortcuts, and still ask on JupyterLab's own Ctrl+S", async ({
      page,
      tmpPath
    }) => {
      const path = `${tmpPath}/remapped.ipynb`;
      await openNotebook(page, path, [`t = "${token()}"`, 'x = 1']);
      const dialog = page.locator('.jp-Dialog');
      // The user took Ctrl+S off the checked save: JupyterLab's own binding runs its save,
      // which asks too in confirm mode (no back door).
      await editCell(page, 1, 'x = "plain save"');
      await page.keyboard.press('Control+s');
      await expect(dialog).toContainText(
        'Save remapped.ipynb with 1 credential?'
      );
      expect(await saved(page, path)).not.toContain('plain save');
      await dialog.getByRole('button', { name: 'Save anyway' }).click();
      await expect
        .poll(() => saved(page, path), ON_DISK)
        .toContain('plain save');

      await editCell(page, 1, 'x = "remapped"');
      await page.keyboard.press('Alt+s');
      await expect(dialog).toContainText(
        'Save remapped.ipynb with 1 credential?'
      );
      await dialog.getByRole('button', { name: 'Save anyway' }).click();
      await expect.poll(() => saved(page, path), ON_DISK).toContain('remapped');
    });
  });

  test.describe('with autosave every second', () => {
    test.use({
      mockSettings: {
        ...galata.DEFAULT_SETTINGS,
        'jupyterlab-credential-guard:save-guard': { onSave: 'confirm' },
        '@jupyterlab/docmanager-extension:plugin': {
          autosave: true,
          autosaveInterval: 1
        }
      }
    });

    test('should autosave without a dialog, and warn', async ({
      page,
      tmpPath
    }) => {
      const secret = token();
      const path = `${tmpPath}/autosave.ipynb`;
      await openNotebook(page, path, [`t = "${secret}"`, 'x = 1']);
      await editCell(page, 1, 'x = "autosaved"');
      await expect
        .poll(() => saved(page, path), { timeout: 15000 })
        .toContain('autosaved');
      await expect(page.locator('.jp-Dialog')).toHaveCount(0);
      await expect(warnings(page)).toContainText('1 credential: GitHub token');
    });

    test('should offer to update the checkpoint when an autosave removed the last credential', async ({
      page,
      tmpPath
    }) => {
      const secret = token();
      const path = `${tmpPath}/cleaned.ipynb`;
      await openNotebook(page, path, [`t = "${secret}"`, 'x = 1']);
      // Ctrl+S asks (confirm mode), then saves and makes a checkpoint with the token.
      await page.keyboard.press('Control+s');
      await page
        .locator('.jp-Dialog')
        .getByRole('button', { name: 'Save anyway' })
        .click();
      await expect.poll(() => checkpoint(page, path)).toContain(secret);

      await editCell(page, 0, 't = os.environ["GITHUB_TOKEN"]');
      const notice = page
        .locator('.Toastify__toast')
        .filter({ hasText: 'cleaned.ipynb no longer holds credentials' });
      await expect(notice).toBeVisible({ timeout: 15000 });
      expect(await saved(page, path)).not.toContain(secret);

      await notice.getByRole('button', { name: 'Update checkpoint' }).click();
      await expect.poll(() => checkpoint(page, path)).toContain('GITHUB_TOKEN');
      expect(await checkpoint(page, path)).not.toContain(secret);
    });
  });
});
