import { expect, test } from '@jupyterlab/galata';

/**
 * The extension's settings as a user sees them in JupyterLab's Settings editor.
 */

test('should offer the built-in rule ids to pick from under "Disabled rules"', async ({
  page
}) => {
  await page.evaluate(() =>
    (window as any).jupyterapp.commands.execute('settingeditor:open', {
      query: 'Credential Guard'
    })
  );
  const field = page
    .getByRole('group', { name: 'Credential Guard: inline warnings' })
    .locator('fieldset, .form-group, div', {
      has: page.getByText('Disabled rules', { exact: true })
    })
    .last();
  await field.getByRole('button', { name: 'Add item' }).click();
  const input = field.locator('input[type="text"]').last();
  const list = await input.getAttribute('list');
  expect(list, 'the input has a list of suggestions').toBeTruthy();
  const ids = await page
    .locator(`datalist[id="${list}"] option`)
    .evaluateAll(options => options.map(o => (o as HTMLOptionElement).value));
  expect(ids).toContain('github-token');
  expect(ids).toContain('hardcoded-password');
  expect(ids.length).toBeGreaterThan(100);
});
