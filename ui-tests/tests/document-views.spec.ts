import {
  expect,
  galata,
  IJupyterLabPageFixture,
  test
} from '@jupyterlab/galata';

import { fakeGithubToken } from '../../src/core/fake-credentials';
import { openNotebook } from './notebooks';

/**
 * One notebook, counted right however it is shown or edited: two views of it ("New View for
 * Notebook"), and two cells that share an id (cut, undo, paste).
 */

const STATUS = '.jp-CredentialGuard-status';
const ROW = '.jp-CredentialGuard-findingRow';
const TOAST = '.Toastify__toast';

function token(): string {
  return fakeGithubToken('ghp', `${Date.now()}-${Math.random()}`);
}

/**
 * Run a JupyterLab command in the page.
 */
async function execute(
  page: IJupyterLabPageFixture,
  id: string,
  args: Record<string, unknown> = {}
): Promise<void> {
  await page.evaluate(
    ([command, options]) =>
      (window as any).jupyterapp.commands.execute(command, options),
    [id, args] as const
  );
}

/**
 * The number of notebook views open in the main area.
 */
async function notebookViews(page: IJupyterLabPageFixture): Promise<number> {
  return page.locator('.jp-MainAreaWidget .jp-Notebook').count();
}

test.describe('Views of one notebook', () => {
  test('should keep counting a notebook after a second view of it is closed', async ({
    page,
    tmpPath
  }) => {
    await openNotebook(page, `${tmpPath}/views.ipynb`, [
      `t = "${token()}"`,
      'x = 1'
    ]);
    await expect(page.locator(STATUS)).toContainText('⚠ 1 credential');

    await execute(page, 'docmanager:clone');
    await expect.poll(() => notebookViews(page)).toBe(2);
    await expect(page.locator(STATUS)).toContainText('⚠ 1 credential');
    // Close the new view: the first one still shows the notebook.
    await execute(page, 'application:close');
    await expect.poll(() => notebookViews(page)).toBe(1);
    await page.notebook.activate('views.ipynb');

    await expect(page.locator(STATUS)).toContainText('⚠ 1 credential');
    await page.locator(STATUS).click();
    await expect(page.locator(ROW)).toHaveCount(1);
    // And it still follows edits.
    await page.notebook.setCell(1, 'code', `u = "${token()}"`);
    await expect(page.locator(STATUS)).toContainText('⚠ 2 credentials');
    await expect(page.locator(ROW)).toHaveCount(2);
  });

  test('should count both cells that cut, undo and paste leave with one id', async ({
    page,
    tmpPath
  }) => {
    await openNotebook(page, `${tmpPath}/twins.ipynb`, [
      `t = "${token()}"`,
      'x = 1'
    ]);
    await expect(page.locator(STATUS)).toContainText('⚠ 1 credential');

    // Cut the first cell, undo, paste below: JupyterLab keeps the cut cell's id.
    await page.notebook.selectCells(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('x');
    await page.keyboard.press('z');
    await expect(page.locator('.jp-Notebook .jp-Cell')).toHaveCount(2);
    await page.notebook.selectCells(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('v');
    await expect(page.locator('.jp-Notebook .jp-Cell')).toHaveCount(3);
    const ids = await page.evaluate(() =>
      (
        window as any
      ).jupyterapp.shell.currentWidget.content.model.sharedModel.cells.map(
        (cell: { id: string }) => cell.id
      )
    );
    expect(ids[0]).toBe(ids[1]);

    // Clean the pasted twin: the other one still holds the token.
    await page.notebook.setCell(1, 'code', 'clean = 1');
    await expect(page.locator(STATUS)).toContainText('⚠ 1 credential');
    await page.notebook.selectCells(2);
    await page.keyboard.press('Control+s');
    await expect(
      page.locator(TOAST).filter({ hasText: 'was saved with' })
    ).toContainText('twins.ipynb was saved with 1 credential');
  });
});

test.describe('A trimmed output area', () => {
  test.use({
    mockSettings: {
      ...galata.DEFAULT_SETTINGS,
      '@jupyterlab/notebook-extension:tracker': {
        ...(galata.DEFAULT_SETTINGS as any)[
          '@jupyterlab/notebook-extension:tracker'
        ],
        maxNumberOutputs: 1
      }
    }
  });

  test('should mark the outputs it hides on its "show more" line, and clear them from there', async ({
    page,
    tmpPath
  }) => {
    const stream = (name: string, text: string) => ({
      output_type: 'stream',
      name,
      text
    });
    await openNotebook(page, `${tmpPath}/trimmed.ipynb`, ['print(t)'], {
      0: [
        stream('stdout', 'first\n'),
        stream('stderr', `${token()}\n`),
        // Not a stream: two stdout streams side by side would merge into one.
        {
          output_type: 'display_data',
          data: { 'text/plain': 'third' },
          metadata: {}
        }
      ]
    });
    const children = page.locator('.jp-Cell .jp-OutputArea-child');
    await expect(children).toHaveCount(2);
    const marker = page.locator('.jp-CredentialGuard-outputMarker');
    await expect(marker).toHaveCount(1);
    await expect(
      children.nth(0).locator('.jp-CredentialGuard-outputMarker')
    ).toHaveCount(0);
    await expect(marker).toContainText('The hidden outputs show a credential');

    await marker.getByRole('button', { name: 'Clear this output' }).click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              window as any
            ).jupyterapp.shell.currentWidget.content.model.cells.get(0).outputs
              .length
        )
      )
      .toBe(2);
    await expect(marker).toHaveCount(0);
  });
});

test.describe('Streamed output', () => {
  test('should mark a token that a running cell prints in two parts', async ({
    page,
    tmpPath
  }) => {
    const secret = token();
    const [head, tail] = [secret.slice(0, 14), secret.slice(14)];
    // Neither literal alone is a token: only the output, where the kernel's two stream
    // messages join, holds one.
    await openNotebook(page, `${tmpPath}/streamed.ipynb`, [
      [
        'import time',
        `print("token: ${head}", end="", flush=True)`,
        'time.sleep(1)',
        `print("${tail}")`
      ].join('\n')
    ]);
    await page.notebook.runCell(0);
    const output = page.locator('.jp-Cell .jp-OutputArea-output');
    await expect(output).toContainText(tail, { timeout: 30000 });
    await expect(page.locator('.jp-OutputArea-child')).toHaveCount(1);
    await expect(
      page.locator('.jp-CredentialGuard-outputMarker')
    ).toContainText('GitHub token');
    await expect(page.locator(STATUS)).toContainText('⚠ 1 credential');
  });
});
