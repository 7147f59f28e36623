import {
  APIRequestContext,
  Page,
  expect,
  request,
  test
} from '@playwright/test';

import { imageHeavyNotebook, manyCellNotebook } from './fixtures';
import { median, ms, percentile } from './stats';

/**
 * The editor-path benchmark (issue 4): one run, in real JupyterLab and Chromium, against
 * two servers side by side, the extension enabled (UI_TEST_PORT) and installed but disabled
 * (UI_TEST_PORT + 2). Rounds alternate between them so that machine noise falls on both.
 *
 * Each keystroke costs JupyterLab itself tens of milliseconds of main-thread work in a
 * 1,000-cell notebook, so single figures swing by several milliseconds from run to run
 * (even with the same server on both sides): overheads are taken per round and their
 * median reported, beside Chromium's own count of the main thread's busy time per key.
 *
 * Run with `make bench-ui`. A benchmark, not a test: it prints figures and asserts only that
 * the measurements happened.
 */

const PORT = Number(process.env.UI_TEST_PORT || 8888);
const SERVERS = {
  enabled: `http://localhost:${PORT}`,
  disabled: `http://localhost:${PORT + 2}`
};
type Mode = keyof typeof SERVERS;
const ROUNDS = 6;
const KEYS_PER_ROUND = 200;
const OPEN_RUNS = 6;
const LONG = 'bench-1000-cells.ipynb';
const HEAVY = 'bench-20mb-images.ipynb';

test.describe.configure({ mode: 'serial' });
test.setTimeout(20 * 60 * 1000);

async function upload(
  api: APIRequestContext,
  path: string,
  content: unknown
): Promise<void> {
  const response = await api.put(`/api/contents/${path}`, {
    data: { type: 'notebook', format: 'json', content }
  });
  expect(response.ok()).toBe(true);
}

async function startLab(page: Page, mode: Mode): Promise<void> {
  await page.goto(`${SERVERS[mode]}/lab?reset`);
  await page.waitForFunction(() => (window as any).jupyterapp?.started);
  await page.evaluate(() => (window as any).jupyterapp.started);
  if (mode === 'enabled') {
    // Someone typing has long acknowledged the security notice (issue 2): dismiss it, so
    // that both modes measure the same layout and only the editor path differs.
    await page
      .getByRole('button', { name: 'I understand' })
      .click({ timeout: 10000 })
      .catch(() => undefined);
  }
}

/** Open a notebook and return how long until it is ready and painted. */
async function openNotebook(page: Page, path: string): Promise<number> {
  return page.evaluate(async path => {
    const app = (window as any).jupyterapp;
    const start = performance.now();
    const widget = await app.commands.execute('docmanager:open', { path });
    await widget.context.ready;
    await widget.revealed;
    await new Promise(resolve =>
      requestAnimationFrame(() => requestAnimationFrame(resolve))
    );
    return performance.now() - start;
  }, path);
}

/** The two modes in the order of round `i`: enabled first in even rounds. */
function order(i: number): Mode[] {
  return i % 2 ? ['disabled', 'enabled'] : ['enabled', 'disabled'];
}

async function closeAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const app = (window as any).jupyterapp;
    await app.commands.execute('application:close-all');
  });
}

/**
 * Type into the first cell and measure, for every key, the time from keydown to the end of
 * the next frame (a rAF, then a task after it: the frame has been painted).
 */
async function typingLatencies(page: Page): Promise<ITyping> {
  await page.locator('.jp-Notebook .jp-Cell .cm-content').first().click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const samples: number[] = [];
    (window as any).__latencies = samples;
    document.addEventListener(
      'keydown',
      event => {
        const start = event.timeStamp;
        requestAnimationFrame(() =>
          setTimeout(() => samples.push(performance.now() - start), 0)
        );
      },
      true
    );
  });
  // The main thread's busy time over the typing, from Chromium's own counters.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find(
      m => m.name === 'TaskDuration'
    )!.value * 1000;
  const busyBefore = await busy();
  const text = ' + ds.sst.std(dim="time") * weights.sum()';
  for (let i = 0; i < KEYS_PER_ROUND; i++) {
    await page.keyboard.type(text[i % text.length], { delay: 0 });
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(500);
  const busyMs = (await busy()) - busyBefore;
  const latencies = await page.evaluate(
    () => (window as any).__latencies as number[]
  );
  return { latencies, busyPerKey: busyMs / KEYS_PER_ROUND };
}

/** One round of typing: latency per key, and main-thread busy time per key. */
interface ITyping {
  latencies: number[];
  busyPerKey: number;
}

test('editor path: keystroke latency and notebook open time, extension enabled vs disabled', async ({
  browser
}) => {
  for (const mode of Object.keys(SERVERS) as Mode[]) {
    const api = await request.newContext({ baseURL: SERVERS[mode] });
    await upload(api, LONG, manyCellNotebook(1000));
    await upload(api, HEAVY, imageHeavyNotebook(20));
    await api.dispose();
  }

  // Each round types into both modes back to back (in alternating order), so a round's
  // two figures share the machine's state: the overheads are taken per round, and the
  // median over rounds is reported, which one disturbed round cannot swing.
  const rounds: Record<Mode, number[]>[] = [];
  const busy: Record<Mode, number>[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const keys: Record<Mode, number[]> = { enabled: [], disabled: [] };
    const busyPerKey: Record<Mode, number> = { enabled: NaN, disabled: NaN };
    for (const mode of order(round)) {
      const page = await browser.newPage();
      await startLab(page, mode);
      await openNotebook(page, LONG);
      const typing = await typingLatencies(page);
      keys[mode] = typing.latencies;
      busyPerKey[mode] = typing.busyPerKey;
      await page.close();
    }
    rounds.push(keys);
    busy.push(busyPerKey);
  }
  const opens: Record<Mode, number>[] = [];
  for (let run = 0; run < OPEN_RUNS; run++) {
    const times: Record<Mode, number> = { enabled: NaN, disabled: NaN };
    for (const mode of order(run)) {
      const page = await browser.newPage();
      await startLab(page, mode);
      times[mode] = await openNotebook(page, HEAVY);
      await closeAll(page);
      await page.close();
    }
    opens.push(times);
  }

  const all = (mode: Mode) => rounds.flatMap(keys => keys[mode]);
  const perRound = (p: number) =>
    rounds.map(
      keys => percentile(keys.enabled, p) - percentile(keys.disabled, p)
    );
  const p95Overhead = median(perRound(95));
  const openRatio = median(opens.map(t => t.enabled / t.disabled));
  const lines = [
    'credential-guard editor benchmark (one run, rounds alternating enabled/disabled)',
    `keystroke to painted frame, ${ROUNDS} rounds of ${KEYS_PER_ROUND} keys per mode in a 1,000-cell notebook:`,
    `  all keys   enabled p50 ${ms(median(all('enabled')))} p95 ${ms(percentile(all('enabled'), 95))}` +
      `, disabled p50 ${ms(median(all('disabled')))} p95 ${ms(percentile(all('disabled'), 95))}`,
    `  per round  p95 overhead ${perRound(95)
      .map(d => d.toFixed(1))
      .join(', ')} ms` +
      `; p50 overhead ${perRound(50)
        .map(d => d.toFixed(1))
        .join(', ')} ms`,
    `  p95 overhead, median of rounds: ${ms(p95Overhead)} (target < 2 ms)` +
      `; p50: ${ms(median(perRound(50)))}`,
    `  main-thread busy time per key: enabled ${ms(median(busy.map(b => b.enabled)))}` +
      `, disabled ${ms(median(busy.map(b => b.disabled)))}` +
      `, overhead, median of rounds: ${ms(median(busy.map(b => b.enabled - b.disabled)))}`,
    `open a 20 MB notebook of image outputs, ${OPEN_RUNS} paired runs:`,
    `  enabled median ${ms(median(opens.map(t => t.enabled)))}, disabled median ${ms(median(opens.map(t => t.disabled)))}`,
    `  ratio, median of pairs: ${openRatio.toFixed(3)} (target <= 1.05)`
  ];
  console.log(lines.join('\n'));

  const latencies = { enabled: all('enabled'), disabled: all('disabled') };
  expect(latencies.enabled.length).toBeGreaterThan(KEYS_PER_ROUND);
  expect(latencies.disabled.length).toBeGreaterThan(KEYS_PER_ROUND);
  expect(opens.every(t => t.enabled > 0 && t.disabled > 0)).toBe(true);
});
