/**
 * Playwright configuration of the JupyterHub end-to-end test (`make hub-test`): a real JupyterHub
 * on 127.0.0.1 serving the user image built from the wheel, in Debian's chromium.
 */
const base = require('./playwright.config.js');

const PORT = Number(process.env.HUB_TEST_PORT || 8100);

module.exports = {
  testDir: './hub',
  timeout: 180 * 1000,
  retries: base.retries,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    video: 'off',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
    launchOptions: base.use.launchOptions
  },
  webServer: {
    command: `HUB_TEST_PORT=${PORT} python hub/start_hub.py`,
    url: `http://127.0.0.1:${PORT}/hub/login`,
    timeout: 120 * 1000,
    reuseExistingServer: !process.env.CI,
    // SIGTERM lets the hub stop the proxy and the user's server it started.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15000 }
  }
};
