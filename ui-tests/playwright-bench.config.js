/**
 * Playwright configuration of the editor benchmark (`make bench-ui`): the default test server
 * with the extension enabled, and one on UI_TEST_PORT + 2 with it installed but disabled.
 */
const base = require('./playwright.config.js');

const PORT = Number(process.env.UI_TEST_PORT || 8888);

module.exports = {
  ...base,
  testDir: './bench',
  testMatch: '**/*.bench.ts',
  retries: 0,
  reporter: [['list']],
  webServer: [
    base.webServer[0],
    {
      command: 'jlpm start:disabled',
      url: `http://localhost:${PORT + 2}/lab`,
      timeout: 120 * 1000,
      reuseExistingServer: !process.env.CI
    }
  ]
};
