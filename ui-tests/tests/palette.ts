import { expect } from '@jupyterlab/galata';
import type { Page } from '@playwright/test';

/**
 * Open the command palette with its shortcut and type `query` into it, retrying until
 * the palette holds the focus with the query typed and `item` shown: a key press can
 * land while JupyterLab still moves the focus (after a notebook opens, a toast shows),
 * and then the palette does not open or closes again.
 *
 * @param item - a selector, inside the palette, of the item the test goes on with
 */
export async function typeInPalette(
  page: Page,
  query: string,
  item = '.lm-CommandPalette-item.lm-mod-active'
): Promise<void> {
  const input = page.locator('#command-palette .lm-CommandPalette-input');
  await expect(async () => {
    if (await input.evaluate(node => node === document.activeElement)) {
      await input.fill('');
    } else {
      await page.keyboard.press('Control+Shift+c');
      await expect(input).toBeFocused({ timeout: 2_000 });
    }
    await page.keyboard.type(query);
    await expect(input).toHaveValue(query, { timeout: 2_000 });
    await expect(page.locator(`#command-palette ${item}`)).toBeVisible({
      timeout: 2_000
    });
    await expect(input).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 30_000 });
}
