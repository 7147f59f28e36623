/**
 * Playwright configuration of the compatibility matrix (`make compat-test`): one project per leg,
 * each a fresh virtual environment made by compat/setup_compat_env.py with the extension
 * installed from the wheel. The specs start and restart their own Jupyter servers.
 *
 * COMPAT_ENVS is the folder that holds the legs' venvs; COMPAT_LEGS (comma-separated) may pick
 * some of them.
 */
const path = require('path');

const base = require('./playwright.config.js');

const ENVS = path.resolve(
  process.env.COMPAT_ENVS || path.join(__dirname, '..', 'build', 'compat')
);
const PORT = Number(process.env.COMPAT_PORT || 8870);

// Each leg: its venv, the front end it opens, and the specs it runs.
const LEGS = [
  {
    name: 'lab-oldest',
    app: 'lab',
    testMatch: ['features.spec.ts']
  },
  {
    name: 'notebook-oldest',
    app: 'notebook',
    testMatch: ['features.spec.ts']
  },
  {
    name: 'lab-rtc',
    app: 'lab',
    testMatch: ['features.spec.ts', 'collaboration.spec.ts']
  }
];

const chosen = (process.env.COMPAT_LEGS || LEGS.map(leg => leg.name).join(','))
  .split(',')
  .filter(Boolean);

module.exports = {
  testDir: './compat',
  timeout: 120 * 1000,
  // One server per leg at a time: the legs run one after the other.
  workers: 1,
  retries: base.retries,
  reporter: [['list']],
  use: {
    video: 'off',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
    launchOptions: base.use.launchOptions
  },
  projects: LEGS.filter(leg => chosen.includes(leg.name)).map((leg, i) => ({
    name: leg.name,
    testMatch: leg.testMatch,
    use: {
      venv: path.join(ENVS, leg.name),
      app: leg.app,
      port: PORT + i
    }
  }))
};
