/**
 * Playwright configuration of the "Check my files" benchmark (`make bench-audit`): one
 * JupyterLab server on AUDIT_BENCH_PORT (default 8910) whose root is a generated home
 * directory (bench/audit-home.js; AUDIT_BENCH_MB and AUDIT_BENCH_FILES set its size).
 */
const path = require('path');

const base = require('./playwright.config.js');
const { makeHome, optionsFromEnv } = require('../bench/audit-home.js');

const PORT = Number(process.env.AUDIT_BENCH_PORT || 8910);
// Made (or found) before the server starts; workers inherit the environment.
process.env.AUDIT_BENCH_HOME =
  process.env.AUDIT_BENCH_HOME || makeHome(optionsFromEnv([])).dir;

process.env.AUDIT_BENCH_PID_FILE = path.join(
  __dirname,
  '..',
  'build',
  'audit-bench',
  'server.pid'
);

module.exports = {
  ...base,
  testDir: './bench',
  testMatch: '**/audit.bench.ts',
  // Its own output folder: the UI tests may clear test-results/ while this runs.
  outputDir: path.join(__dirname, '..', 'build', 'audit-bench', 'results'),
  retries: 0,
  workers: 1,
  reporter: [['list']],
  webServer: [
    {
      command: 'python bench/start_audit_server.py',
      url: `http://127.0.0.1:${PORT}/lab`,
      timeout: 120 * 1000,
      reuseExistingServer: false
    }
  ]
};
