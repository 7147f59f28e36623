import { expect, IJupyterLabPageFixture, test } from '@jupyterlab/galata';
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';

/**
 * The security notice banner, in a real JupyterLab and Chromium.
 *
 * The acknowledgement lives in a server config section. galata mocks config sections
 * in memory by default, which would hide exactly what these tests check (a reload or a
 * new browser finding the acknowledgement on the server), so the mock is off here and
 * each test empties the section first: tests pass in any order.
 */

const SECTION = 'jupyterlab_credential_guard';
const BANNER = '#jp-CredentialGuard-notice';
const DEFAULT_TITLE = 'Security on this hub';
const DEFAULT_MESSAGE =
  'This hub is a shared research platform, not an enterprise-grade service. ' +
  'Do not store access keys, passwords or private data in notebooks or files here.';
const NOTICE_PLUGIN = 'jupyterlab-credential-guard:notice';

test.use({ autoGoto: false, mockConfig: false });

/**
 * Forget every acknowledgement on the server the test talks to.
 */
async function resetAcknowledgement(request: APIRequestContext): Promise<void> {
  // PUT replaces the whole section (PATCH would merge into it).
  const response = await request.put(`/api/config/${SECTION}`, { data: {} });
  expect(response.ok()).toBe(true);
}

/**
 * Serve JupyterLab's pages with `values` as the operator's page config notice
 * (`credentialGuardNotice`), in place of the test server's own, which turns the notice off
 * for the other specs. Empty values: the schema's defaults (or the overrides.json).
 */
async function operatorNotice(
  target: Page | BrowserContext,
  values: Record<string, unknown>
): Promise<void> {
  // One route per page or context, reading the latest values: galata's mocks stay.
  const installed = noticeValues.has(target);
  noticeValues.set(target, values);
  if (installed) {
    return;
  }
  await target.route(/\/lab(\/|\?|$)/, async route => {
    if (route.request().resourceType() !== 'document') {
      return route.fallback();
    }
    const response = await route.fetch();
    const html = await response.text();
    const body = html.replace(
      /(<script id="jupyter-config-data" type="application\/json">)([\s\S]*?)(<\/script>)/,
      (_, open: string, json: string, close: string) => {
        const config = JSON.parse(json);
        config.credentialGuardNotice = JSON.stringify(noticeValues.get(target));
        return open + JSON.stringify(config) + close;
      }
    );
    expect(body, 'the page config was found').not.toBe(html);
    await route.fulfill({ response, body });
  });
}

const noticeValues = new WeakMap<
  Page | BrowserContext,
  Record<string, unknown>
>();

/**
 * Wait until the notice has decided whether to show, then return its banner.
 *
 * The banner starts hidden and empty; it gets its text in the same step in which
 * it is shown or kept hidden, so text present means the decision is made.
 */
async function settledBanner(page: Page) {
  const banner = page.locator(BANNER);
  // Generous: a page that is not galata's may still be loading JupyterLab.
  await expect(banner, 'the notice plugin added its banner').toBeAttached({
    timeout: 30000
  });
  await expect(
    banner.locator('.jp-CredentialGuard-title'),
    'the notice has read its settings and acknowledgement'
  ).not.toHaveText('');
  return banner;
}

/**
 * Press "I understand" and wait until the server has stored it.
 */
async function acknowledge(page: Page): Promise<void> {
  const stored = page.waitForResponse(
    response =>
      response.url().includes(`/api/config/${SECTION}`) &&
      response.request().method() === 'PATCH'
  );
  await page.getByRole('button', { name: 'I understand' }).click();
  expect((await stored).ok()).toBe(true);
}

/**
 * Change the user's notice settings live, through the app's setting registry.
 */
async function setNoticeSetting(
  page: IJupyterLabPageFixture,
  key: string,
  value: string | boolean
): Promise<void> {
  await page.evaluate(
    async ({ plugin, key, value }) => {
      const registry = await window.galata.getPlugin(
        '@jupyterlab/apputils-extension:settings'
      );
      await registry!.set(plugin, key, value);
    },
    { plugin: NOTICE_PLUGIN, key, value }
  );
}

test.describe('Security notice banner', () => {
  test.beforeEach(async ({ page, request }) => {
    await resetAcknowledgement(request);
    await operatorNotice(page, {});
    await page.goto();
  });

  test('should show the default notice and link on first load', async ({
    page
  }) => {
    const banner = await settledBanner(page);
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute('role', 'region');
    await expect(
      page.getByRole('region', { name: 'Security notice' })
    ).toBeVisible();
    await expect(banner.locator('.jp-CredentialGuard-title')).toHaveText(
      DEFAULT_TITLE
    );
    await expect(banner.locator('.jp-CredentialGuard-message')).toHaveText(
      DEFAULT_MESSAGE
    );
    // No terms URL: the link opens the built-in page, and says so.
    await expect(banner.locator('.jp-CredentialGuard-link')).toHaveText(
      'Security on this hub'
    );
    await expect(banner).toHaveClass(/jp-mod-warning/);
  });

  test('should be reachable with the keyboard', async ({ page }) => {
    const banner = await settledBanner(page);
    const link = banner.locator('.jp-CredentialGuard-link');
    await link.focus();
    await page.keyboard.press('Tab');
    await expect(
      banner.getByRole('button', { name: 'I understand' })
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(banner).toBeHidden();
  });

  test('should hide on "I understand" and stay hidden after a reload', async ({
    page
  }) => {
    const banner = await settledBanner(page);
    await acknowledge(page);
    await expect(banner).toBeHidden();

    await page.reload();
    await expect(await settledBanner(page)).toBeHidden();
  });

  test('should stay hidden in a new browser context', async ({
    browser,
    page,
    baseURL
  }) => {
    await settledBanner(page);
    await acknowledge(page);

    // A fresh context shares nothing with the first one: no storage, no workspace.
    const context = await browser.newContext();
    try {
      await operatorNotice(context, {});
      const other = await context.newPage();
      await other.goto(`${baseURL}/lab?reset`);
      await expect(await settledBanner(other)).toBeHidden();
    } finally {
      await context.close();
    }
  });

  test('should show again when the notice version changes', async ({
    page
  }) => {
    const banner = await settledBanner(page);
    await acknowledge(page);
    await expect(banner).toBeHidden();

    // The operator publishes a new notice: it shows at the next load.
    await operatorNotice(page, { noticeVersion: `changed-${Date.now()}` });
    await page.reload();
    await expect(await settledBanner(page)).toBeVisible();
  });

  test('should come back through Help › Show Security Notice', async ({
    page
  }) => {
    const banner = await settledBanner(page);
    await acknowledge(page);
    await expect(banner).toBeHidden();

    await page.menu.clickMenuItem('Help>Show Security Notice');
    await expect(banner).toBeVisible();
    await expect(
      banner.getByRole('button', { name: 'I understand' })
    ).toBeFocused();
  });

  test('should open the built-in security page from the link', async ({
    page
  }) => {
    const banner = await settledBanner(page);
    await banner.locator('.jp-CredentialGuard-link').click();

    const tab = page.getByRole('tab', { name: 'Security on this hub' });
    await expect(tab).toBeVisible();
    const content = page.locator('.jp-CredentialGuard-securityPage');
    await expect(content).toBeVisible();
    await expect(
      content.getByRole('heading', { name: 'If a key has leaked' })
    ).toBeVisible();
    await expect(content).toContainText('Revoke the key');
    await expect(content).toContainText('environment variables');
  });

  for (const width of [320, 500]) {
    test(`should wrap and stay usable ${width} px wide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      const banner = await settledBanner(page);
      await expect(banner).toBeVisible();
      // JupyterLab's own shell is at least 450 px wide (the page scrolls sideways below
      // that); the notice's content keeps to the window.
      const content = (await banner
        .locator('.jp-CredentialGuard-content')
        .boundingBox())!;
      expect(content.x).toBeGreaterThanOrEqual(0);
      expect(content.x + content.width).toBeLessThanOrEqual(width);
      const button = banner.getByRole('button', { name: 'I understand' });
      const inside = await button.evaluate(node => {
        const rect = node.getBoundingClientRect();
        return rect.left >= 0 && rect.right <= window.innerWidth;
      });
      expect(inside, '"I understand" is not cut off').toBe(true);
      await button.click();
      await expect(banner).toBeHidden();
    });
  }

  test('should look right in the dark theme', async ({ page }) => {
    await page.theme.setDarkTheme();
    const banner = await settledBanner(page);
    await expect(banner).toBeVisible();
    expect(await banner.screenshot()).toMatchSnapshot('notice-banner-dark.png');
  });
});

test.describe('Security notice set by an overrides.json', () => {
  // The second test server reads ui-tests/overrides/overrides.json as a hub image would;
  // playwright.config.js publishes its address.
  test.use({
    baseURL: process.env.UI_TEST_OVERRIDES_URL ?? 'http://localhost:8889'
  });

  test.beforeEach(async ({ page, request }) => {
    await resetAcknowledgement(request);
    await page.goto();
  });

  test("should keep the operator's notice whatever a user sets in their own settings", async ({
    page
  }) => {
    const banner = await settledBanner(page);
    await setNoticeSetting(page, 'title', 'My own title');
    await setNoticeSetting(page, 'message', 'Nothing to worry about.');
    await setNoticeSetting(page, 'termsUrl', 'https://elsewhere.example.com');
    await setNoticeSetting(page, 'enabled', false);
    await page.reload();
    await expect(await settledBanner(page)).toBeVisible();
    await expect(banner.locator('.jp-CredentialGuard-title')).toHaveText(
      'Example Research Hub: security notice'
    );
    await expect(
      banner.getByRole('link', { name: 'Hub terms of use' })
    ).toHaveAttribute('href', 'https://hub.example.org/terms');
  });

  test("should show the operator's text and terms link", async ({ page }) => {
    const banner = await settledBanner(page);
    await expect(banner).toBeVisible();
    await expect(banner.locator('.jp-CredentialGuard-title')).toHaveText(
      'Example Research Hub: security notice'
    );
    await expect(banner.locator('.jp-CredentialGuard-message')).toHaveText(
      "This notice comes from the operator's overrides.json. Keep keys out of this hub."
    );
    const link = banner.getByRole('link', { name: 'Hub terms of use' });
    await expect(link).toHaveAttribute('href', 'https://hub.example.org/terms');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
