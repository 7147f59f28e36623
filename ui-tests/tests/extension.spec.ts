import { expect, test } from '@jupyterlab/galata';

test.describe('Extension', () => {
  test('should be installed and enabled in the running JupyterLab', async ({
    page
  }) => {
    const pageConfig = await page.evaluate(() =>
      JSON.parse(
        document.getElementById('jupyter-config-data')?.textContent ?? '{}'
      )
    );
    const names = (pageConfig.federated_extensions ?? []).map(
      (extension: { name: string }) => extension.name
    );
    expect(names).toContain('jupyterlab-credential-guard');
  });

  test('should activate its plugins', async ({ page }) => {
    const active = await page.evaluate(() =>
      (window as any).jupyterapp
        .listPlugins()
        .filter((id: string) => id.startsWith('jupyterlab-credential-guard:'))
        .filter((id: string) =>
          (window as any).jupyterapp.isPluginActivated(id)
        )
    );
    expect(active).toContain('jupyterlab-credential-guard:notice');
  });
});
