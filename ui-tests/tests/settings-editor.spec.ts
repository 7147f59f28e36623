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

test('should edit the notice message in a multi-line box', async ({ page }) => {
  await page.evaluate(() =>
    (window as any).jupyterapp.commands.execute('settingeditor:open', {
      query: 'Credential Guard'
    })
  );
  const group = page.getByRole('group', {
    name: 'Credential Guard: security notice'
  });
  // The form shows the field's title as a heading: the box carries it as its name.
  const message = group.getByRole('textbox', { name: 'Message', exact: true });
  await expect(message).toHaveJSProperty('tagName', 'TEXTAREA');
  await expect(message).toHaveValue(/shared research platform/);
  const lines = await message.evaluate(
    box => box.clientHeight / parseFloat(getComputedStyle(box).fontSize)
  );
  expect(lines).toBeGreaterThan(4);

  // Line breaks reach the stored setting as written.
  await message.fill('First paragraph.\n\nSecond paragraph.');
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const response = await fetch(
          '/lab/api/settings/jupyterlab-credential-guard:notice'
        );
        return ((await response.json()).raw as string) ?? '';
      })
    )
    .toContain('First paragraph.\\n\\nSecond paragraph.');
});
