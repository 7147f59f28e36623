/**
 * Playwright configuration: galata's defaults, Debian's chromium (Playwright may not download
 * browsers here), and two JupyterLab servers: the default one, and one with an operator's
 * overrides.json.
 */
const baseConfig = require('@jupyterlab/galata/lib/playwright-config');

// Without the networking flags chromium keeps trying to reach Google's services on a closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

// UI_TEST_PORT lets two runs share a machine; the overrides server takes the next port.
const PORT = Number(process.env.UI_TEST_PORT || 8888);
// Workers inherit the environment, so specs find the second server here.
process.env.UI_TEST_OVERRIDES_URL = `http://localhost:${PORT + 1}`;

module.exports = {
  ...baseConfig,
  // The JupyterHub end-to-end specs in hub/ have their own config (playwright-hub.config.js).
  testDir: './tests',
  reporter: [['list'], ['html', { open: 'never' }]],
  retries: process.env.CI ? 1 : 0,
  use: {
    ...baseConfig.use,
    baseURL: `http://localhost:${PORT}`,
    video: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: CHROMIUM_ARGS
    }
  },
  webServer: [
    {
      command: 'jlpm start',
      url: `http://localhost:${PORT}/lab`,
      timeout: 120 * 1000,
      reuseExistingServer: !process.env.CI
    },
    {
      command: 'jlpm start:overrides',
      url: `http://localhost:${PORT + 1}/lab`,
      timeout: 120 * 1000,
      reuseExistingServer: !process.env.CI
    }
  ]
};
