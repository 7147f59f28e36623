import { spawnSync } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';

import { Browser, CDPSession, expect, Page, test } from '@playwright/test';

import { LabPage } from './lab-page';
import { PlainChromium } from './plain-chromium';
import { median } from './stats';

/**
 * The "Check my files" benchmark (issue 16): one run, in real JupyterLab and Chromium,
 * over a generated home directory (bench/audit-home.js), with the command-line scanner
 * on the same tree side by side.
 *
 * Per round, in an order that alternates between rounds: the check in the browser (the
 * `check-files` command, timed from the page until it resolves), and `credential-guard
 * scan --jobs 1` and `--jobs 2` over the same folder (wall time of the process). The
 * throughput ratio audit/CLI is taken per round, and all figures are medians of rounds.
 * While the check runs: every main-thread task (a Chromium trace of the renderer's
 * top-level tasks, and the page's `longtask` entries beside it), the page's JS heap
 * (sampled through DevTools) and the resident memory of the renderer processes, which
 * hold the audit's worker too. The same check also runs, in the same rounds, in a Chromium
 * that Playwright does not drive (see plain-chromium.ts), timed alone: Playwright's network
 * instrumentation costs the check a share of its time that a user's browser never pays. Then Cancel, clicked at several points of a check: the
 * time from the click until the view says so in a painted frame, and whether any file
 * read is issued after that (the worker reads the files; Playwright reports its requests).
 *
 * Run with `make bench-audit` (AUDIT_BENCH_MB, AUDIT_BENCH_FILES, AUDIT_BENCH_ROUNDS,
 * AUDIT_BENCH_CANCELS). A benchmark, not a test: it prints figures, writes them to
 * build/audit-bench/audit-bench.json and asserts only that the measurements happened.
 */

const PORT = Number(process.env.AUDIT_BENCH_PORT || 8910);
const URL = `http://127.0.0.1:${PORT}`;
const HOME = process.env.AUDIT_BENCH_HOME!;
const ROUNDS = Number(process.env.AUDIT_BENCH_ROUNDS || 3);
const CANCELS = Number(process.env.AUDIT_BENCH_CANCELS || 5);
const REPO = resolve(__dirname, '..', '..');
const CLI = join(REPO, 'bin', 'credential-guard.js');
const OUT_DIR = join(REPO, 'build', 'audit-bench');
const CHECK = 'jupyterlab-credential-guard:check-files';
const SHOW = 'jupyterlab-credential-guard:show-file-check';
const VIEW = '#jp-CredentialGuard-audit';
const SAMPLE_MS = 200;

// Targets of issue 16.
const TARGET_TASK_MS = 50;
const TARGET_CANCEL_MS = 200;
const TARGET_RATIO = 0.5;

test.setTimeout(4 * 60 * 60 * 1000);

/** One check in the browser. */
interface IAuditRun {
  ms: number;
  status: string;
  filesDone: number;
  filesTotal: number;
  mbDone: number;
  filesWithFindings: number;
  reads: number;
  longTasks: number[];
  longestTaskMs: number;
  longestTaskCpuMs: number;
  tasksOver50: number;
  heapPeakMb: number;
  heapStartMb: number;
  rendererRssPeakMb: number;
  /** CPU seconds spent during the check, by where. */
  cpu: ICpu;
}

/** Where the CPU time of a check went, in seconds. */
interface ICpu {
  /** The Jupyter server's process: inventory, file reads, HTTP. */
  server: number;
  /** Chromium's processes by type (renderer: the page and the worker; browser, utility: the network). */
  chromium: Record<string, number>;
  /** From the trace: the page's main thread and the audit worker's thread. */
  mainThread: number;
  worker: number;
}

/** One check in the plain Chromium: timed only. */
interface IPlainRun {
  ms: number;
  status: string;
  filesDone: number;
  mbDone: number;
  serverCpu: number;
}

/** One run of the command-line scanner. */
interface ICliRun {
  jobs: number;
  ms: number;
  /** User and system CPU seconds of the process and its threads. */
  cpu: number;
  filesWithFindings: number;
  exitCode: number | null;
}

/** One Cancel. */
interface ICancel {
  atFiles: number;
  ofFiles: number;
  /** Click to the status saying "cancelled", in a painted frame. */
  ms: number;
  /** File reads issued after the click. */
  readsAfter: number;
  /** Click (as Playwright sends it) to the worker's end, as Playwright learns it. */
  workerGoneMs: number;
  status: string;
}

/** When the audit's workers ended, in this process's clock. */
const workerCloses: number[] = [];
const CHANNEL = 'credential-guard-bench';

/**
 * Set up the counters: the page's long tasks, and the file reads, which the audit's
 * worker issues: each worker reports its own (resource timing, on a broadcast channel
 * to the page, in absolute time), and its end.
 */
async function instrument(page: Page): Promise<void> {
  page.on('worker', worker => {
    if (!worker.url().includes('credential-guard-audit')) {
      return;
    }
    worker.on('close', () => workerCloses.push(performance.now()));
    void worker
      .evaluate(channel => {
        const bc = new BroadcastChannel(channel);
        performance.setResourceTimingBufferSize(100000);
        // Buffered: the reads issued before this ran are reported too.
        new PerformanceObserver(list => {
          for (const entry of list.getEntries()) {
            if (entry.name.includes('/credential-guard/file')) {
              bc.postMessage(performance.timeOrigin + entry.startTime);
            }
          }
          performance.clearResourceTimings();
        }).observe({ type: 'resource', buffered: true });
      }, CHANNEL)
      .catch(() => undefined); // a worker that ended at once
  });
  await page.evaluate(channel => {
    const w = window as any;
    w.__cgBench = { longTasks: [], reads: 0, readTimes: [] as number[] };
    new PerformanceObserver(list => {
      for (const entry of list.getEntries()) {
        w.__cgBench.longTasks.push(entry.duration);
      }
    }).observe({ type: 'longtask' });
    new BroadcastChannel(channel).onmessage = event => {
      w.__cgBench.reads++;
      w.__cgBench.readTimes.push(event.data);
    };
  }, CHANNEL);
}

async function resetCounters(page: Page): Promise<void> {
  await page.evaluate(() => {
    const b = (window as any).__cgBench;
    b.longTasks = [];
    b.reads = 0;
    b.readTimes = [];
  });
}

/** What the view shows at the end of a check. */
async function viewFigures(page: Page) {
  return page.evaluate(view => {
    const root = document.querySelector(view)!;
    const text = (selector: string) =>
      root.querySelector(selector)?.textContent ?? '';
    const progress = text('.jp-CredentialGuard-auditProgressText');
    const match = /^(\d+) of (\d+) files, ([\d.]+) of ([\d.]+) MB/.exec(
      progress
    );
    return {
      status: text('.jp-CredentialGuard-auditStatus'),
      filesDone: match ? Number(match[1]) : NaN,
      filesTotal: match ? Number(match[2]) : NaN,
      mbDone: match ? Number(match[3]) : NaN,
      filesWithFindings: root.querySelectorAll('.jp-CredentialGuard-auditFile')
        .length
    };
  }, VIEW);
}

/** The renderer processes' ids, from the browser's DevTools session. */
async function rendererPids(browserCdp: CDPSession): Promise<number[]> {
  const { processInfo } = (await browserCdp.send(
    'SystemInfo.getProcessInfo' as any
  )) as { processInfo: { type: string; id: number }[] };
  return processInfo.filter(p => p.type === 'renderer').map(p => p.id);
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status);
    return kb ? Number(kb[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

const PID_FILE = process.env.AUDIT_BENCH_PID_FILE;

/** The Jupyter server's user and system CPU seconds so far. */
function serverCpu(): number {
  if (!PID_FILE) {
    return NaN;
  }
  try {
    const pid = readFileSync(PID_FILE, 'utf8').trim();
    // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .split(') ')[1]
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Chromium's CPU seconds so far, summed by process type. */
async function chromiumCpu(
  browserCdp: CDPSession
): Promise<Record<string, number>> {
  const { processInfo } = (await browserCdp.send(
    'SystemInfo.getProcessInfo' as any
  )) as { processInfo: { type: string; cpuTime: number }[] };
  const byType: Record<string, number> = {};
  for (const p of processInfo) {
    byType[p.type] = (byType[p.type] ?? 0) + p.cpuTime;
  }
  return byType;
}

function cpuSince(
  before: Record<string, number>,
  after: Record<string, number>
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const type of Object.keys(after)) {
    out[type] = after[type] - (before[type] ?? 0);
  }
  return out;
}

/**
 * Sample the page's JS heap and the renderers' resident memory until `stop` is called.
 */
function sampleMemory(lab: LabPage, pids: number[]) {
  let heapPeak = 0;
  let rssPeak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = await lab.cdp.send('Performance.getMetrics');
      const heap = metrics.find(m => m.name === 'JSHeapUsedSize')?.value ?? 0;
      heapPeak = Math.max(heapPeak, heap / 1e6);
      rssPeak = Math.max(rssPeak, ...pids.map(rssMb));
      await new Promise(done => setTimeout(done, SAMPLE_MS));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { heapPeak, rssPeak };
  };
}

/** The longest top-level task of the busiest renderer main thread in a trace, and its tasks over 50 ms. */
function mainThreadTasks(trace: Buffer): {
  longest: number;
  /** The longest task's time on the CPU: less than its duration when other processes ran meanwhile. */
  longestCpu: number;
  over50: number;
  mainBusyMs: number;
  workerBusyMs: number;
} {
  const events = (JSON.parse(trace.toString('utf8')).traceEvents ??
    []) as any[];
  const threadsNamed = (pattern: RegExp) =>
    new Set(
      events
        .filter(
          e =>
            e.ph === 'M' &&
            e.name === 'thread_name' &&
            pattern.test(e.args?.name ?? '')
        )
        .map(e => `${e.pid}:${e.tid}`)
    );
  const mains = threadsNamed(/^CrRendererMain$/);
  const workers = threadsNamed(/DedicatedWorker/);
  let workerBusyMs = 0;
  const byThread = new Map<string, number[]>();
  const cpuOf = new Map<number, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    const isTask =
      e.ph === 'X' &&
      (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
    if (isTask && workers.has(key)) {
      workerBusyMs += e.dur / 1000;
    }
    if (isTask && mains.has(key)) {
      const list = byThread.get(key) ?? [];
      list.push(e.dur / 1000);
      byThread.set(key, list);
      if (typeof e.tdur === 'number') {
        cpuOf.set(e.dur / 1000, e.tdur / 1000);
      }
    }
  }
  let busiest: number[] = [];
  for (const tasks of byThread.values()) {
    const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);
    if (sum(tasks) > sum(busiest)) {
      busiest = tasks;
    }
  }
  const longest = busiest.reduce((m, v) => Math.max(m, v), 0);
  return {
    longest,
    longestCpu: cpuOf.get(longest) ?? NaN,
    over50: busiest.filter(v => v > TARGET_TASK_MS).length,
    mainBusyMs: busiest.reduce((sum, v) => sum + v, 0),
    workerBusyMs
  };
}

async function auditOnce(
  browser: Browser,
  lab: LabPage,
  pids: number[],
  browserCdp: CDPSession
): Promise<IAuditRun> {
  await resetCounters(lab.page);
  const { metrics } = await lab.cdp.send('Performance.getMetrics');
  const heapStart =
    (metrics.find(m => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
  await browser.startTracing(lab.page, { categories: ['toplevel'] });
  const stop = sampleMemory(lab, pids);
  const serverBefore = serverCpu();
  const chromiumBefore = await chromiumCpu(browserCdp);
  const ms = await lab.page.evaluate(async id => {
    const start = performance.now();
    await (window as any).jupyterapp.commands.execute(id);
    return performance.now() - start;
  }, CHECK);
  const serverAfter = serverCpu();
  const chromiumAfter = await chromiumCpu(browserCdp);
  const memory = await stop();
  const tasks = mainThreadTasks(await browser.stopTracing());
  const counters = await lab.page.evaluate(() => {
    const b = (window as any).__cgBench;
    return {
      longTasks: [...b.longTasks] as number[],
      reads: b.reads as number
    };
  });
  return {
    ms,
    ...(await viewFigures(lab.page)),
    ...counters,
    longestTaskMs: tasks.longest,
    longestTaskCpuMs: tasks.longestCpu,
    tasksOver50: tasks.over50,
    heapPeakMb: memory.heapPeak,
    heapStartMb: heapStart,
    rendererRssPeakMb: memory.rssPeak,
    cpu: {
      server: serverAfter - serverBefore,
      chromium: cpuSince(chromiumBefore, chromiumAfter),
      mainThread: tasks.mainBusyMs / 1000,
      worker: tasks.workerBusyMs / 1000
    }
  };
}

async function plainOnce(plain: PlainChromium): Promise<IPlainRun> {
  const before = serverCpu();
  const run = await plain.evaluate<Omit<IPlainRun, 'serverCpu'>>(`(async () => {
    const start = performance.now();
    await window.jupyterapp.commands.execute('${CHECK}');
    const ms = performance.now() - start;
    const root = document.querySelector('${VIEW}');
    const text = s => root.querySelector(s)?.textContent ?? '';
    const m = /^(\\d+) of \\d+ files, ([\\d.]+) of/.exec(text('.jp-CredentialGuard-auditProgressText'));
    return {
      ms,
      status: text('.jp-CredentialGuard-auditStatus'),
      filesDone: m ? Number(m[1]) : NaN,
      mbDone: m ? Number(m[2]) : NaN
    };
  })()`);
  return { ...run, serverCpu: serverCpu() - before };
}

function cliOnce(jobs: number): ICliRun {
  const start = process.hrtime.bigint();
  // GNU time reports the CPU seconds of the process and its worker threads.
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'cpu %U %S',
      process.execPath,
      CLI,
      'scan',
      '--jobs',
      String(jobs),
      '--format',
      'jsonl',
      HOME
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const times = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
  const cpu = times ? Number(times[1]) + Number(times[2]) : NaN;
  const files = new Set(
    result.stdout
      .split('\n')
      .filter(Boolean)
      .map(line => JSON.parse(line).file as string)
  );
  return {
    jobs,
    ms,
    cpu,
    filesWithFindings: files.size,
    exitCode: result.status
  };
}

/** Start a check, click Cancel once `atFiles` files are done, and time it. */
async function cancelOnce(lab: LabPage, atFiles: number): Promise<ICancel> {
  const page = lab.page;
  await resetCounters(page);
  await page.evaluate(
    ({ id, view }) => {
      const w = window as any;
      w.__cgCancel = { clickAt: 0, shownAt: 0 };
      void w.jupyterapp.commands.execute(id);
      const root = document.querySelector(view)!;
      const status = root.querySelector('.jp-CredentialGuard-auditStatus')!;
      // The click, as the page receives it (capture phase, before the view's handler).
      root.addEventListener(
        'click',
        (event: Event) => {
          if ((event.target as HTMLElement).textContent === 'Cancel') {
            w.__cgCancel.clickAt = performance.now();
          }
        },
        { capture: true, once: true }
      );
      const observer = new MutationObserver(() => {
        if (/cancelled/.test(status.textContent ?? '')) {
          observer.disconnect();
          // Shown once the frame with it is painted.
          requestAnimationFrame(() =>
            setTimeout(() => (w.__cgCancel.shownAt = performance.now()), 0)
          );
        }
      });
      observer.observe(status, {
        childList: true,
        characterData: true,
        subtree: true
      });
    },
    { id: CHECK, view: VIEW }
  );
  await page.waitForFunction(
    ({ view, atFiles }) => {
      const bar = document.querySelector(
        `${view} progress`
      ) as HTMLProgressElement | null;
      return !!bar && !bar.hidden && bar.value >= atFiles;
    },
    { view: VIEW, atFiles },
    { polling: 'raf', timeout: 10 * 60 * 1000 }
  );
  const clickedAt = performance.now();
  const closes = workerCloses.length;
  await page.locator(VIEW).getByRole('button', { name: 'Cancel' }).click();
  await page.waitForFunction(
    () => (window as any).__cgCancel.shownAt > 0,
    null,
    {
      timeout: 60 * 1000
    }
  );
  // Any read still issued would show within this second.
  await page.waitForTimeout(1000);
  const figures = await page.evaluate(
    ({ view, atFiles }) => {
      const w = window as any;
      const { clickAt, shownAt } = w.__cgCancel;
      const bar = document.querySelector(
        `${view} progress`
      ) as HTMLProgressElement;
      return {
        atFiles,
        ofFiles: bar.max,
        ms: shownAt - clickAt,
        readsAfter: (w.__cgBench.readTimes as number[]).filter(
          t => t > performance.timeOrigin + clickAt
        ).length,
        status:
          document.querySelector(`${view} .jp-CredentialGuard-auditStatus`)
            ?.textContent ?? ''
      };
    },
    { view: VIEW, atFiles }
  );
  return {
    ...figures,
    workerGoneMs:
      workerCloses.length > closes ? workerCloses[closes] - clickedAt : NaN
  };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const mbps = (mb: number, ms: number) => mb / (ms / 1000);

test('check my files: throughput against the CLI, main-thread tasks, memory and Cancel', async ({
  browser
}) => {
  const home = JSON.parse(readFileSync(join(HOME, '.bench-home.json'), 'utf8'));
  const lab = await LabPage.open(browser, URL);
  const browserCdp = await browser.newBrowserCDPSession();
  await instrument(lab.page);
  // The view and its chunk load once, before anything is measured, as on a second check.
  await lab.page.evaluate(
    id => (window as any).jupyterapp.commands.execute(id),
    SHOW
  );
  await expect(lab.page.locator(VIEW)).toBeVisible();
  const pids = await rendererPids(browserCdp);
  const launch = require('../playwright.config.js').use.launchOptions;
  const plain = await PlainChromium.open(
    launch.executablePath,
    launch.args,
    URL
  );
  await plain.evaluate(
    `window.jupyterapp.commands.execute('${SHOW}').then(() => true)`
  );

  // Warm-up: the file system cache and the server, for both sides.
  cliOnce(1);
  const warm = await auditOnce(browser, lab, pids, browserCdp);
  const warmPlain = await plainOnce(plain);
  console.log(
    `warm-up check: ${fmt(warm.ms / 1000)} s (plain Chromium ${fmt(warmPlain.ms / 1000)} s), ${warm.filesDone} files, ${warm.mbDone} MB`
  );

  const audits: IAuditRun[] = [];
  const plains: IPlainRun[] = [];
  const cli1: ICliRun[] = [];
  const cli2: ICliRun[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const steps = [
      async () => audits.push(await auditOnce(browser, lab, pids, browserCdp)),
      async () => plains.push(await plainOnce(plain)),
      async () => cli1.push(cliOnce(1)),
      async () => cli2.push(cliOnce(2))
    ];
    for (const step of round % 2 ? steps.reverse() : steps) {
      await step();
    }
    const a = audits[round];
    console.log(
      `round ${round + 1} of ${ROUNDS}: audit ${fmt(a.ms / 1000, 2)} s (plain Chromium ${fmt(plains[round].ms / 1000, 2)} s), CLI --jobs 1 ${fmt(cli1[round].ms / 1000, 2)} s, --jobs 2 ${fmt(cli2[round].ms / 1000, 2)} s; longest task ${fmt(a.longestTaskMs)} ms`
    );
  }

  const filesOfRun = audits[0].filesTotal;
  const cancels: ICancel[] = [];
  for (let i = 0; i < CANCELS; i++) {
    const at = Math.max(1, Math.round((filesOfRun * (i + 1)) / (CANCELS + 1)));
    cancels.push(await cancelOnce(lab, at));
  }
  await lab.close();
  await plain.close();

  const mb = median(audits.map(a => a.mbDone));
  const ratios = audits.map((a, i) => cli1[i].ms / a.ms);
  const ratios2 = audits.map((a, i) => cli2[i].ms / a.ms);
  const plainRatios = plains.map((p, i) => cli1[i].ms / p.ms);
  const longest = Math.max(...audits.map(a => a.longestTaskMs));
  const cancelMs = cancels.map(c => c.ms);
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const lines = [
    'credential-guard "Check my files" benchmark (one run, side by side)',
    `home: ${HOME}`,
    `  ${home.home.files.toLocaleString('en')} files, ${fmt(home.home.bytes / 1e6)} MB on disk; the check reads ${audits[0].filesTotal.toLocaleString('en')} files, ${fmt(mb)} MB (the rest: environments, git objects, caches, binary and other formats, files over 10 MB)`,
    `  planted (fake) credentials in ${home.home.planted.length} files; files with findings: audit ${audits[0].filesWithFindings}, CLI ${cli1[0].filesWithFindings}`,
    `${ROUNDS} rounds, medians:`,
    `  audit in the browser  ${fmt(median(audits.map(a => a.ms)) / 1000, 2)} s  ${fmt(mbps(mb, median(audits.map(a => a.ms))))} MB/s  ${fmt(median(audits.map(a => a.filesDone)) / (median(audits.map(a => a.ms)) / 1000), 0)} files/s`,
    `  audit, plain Chromium ${fmt(median(plains.map(p => p.ms)) / 1000, 2)} s  ${fmt(mbps(mb, median(plains.map(p => p.ms))))} MB/s  (no Playwright instrumentation)`,
    `  CLI --jobs 1          ${fmt(median(cli1.map(c => c.ms)) / 1000, 2)} s  ${fmt(mbps(mb, median(cli1.map(c => c.ms))))} MB/s`,
    `  CLI --jobs 2          ${fmt(median(cli2.map(c => c.ms)) / 1000, 2)} s  ${fmt(mbps(mb, median(cli2.map(c => c.ms))))} MB/s`,
    `  throughput audit / CLI --jobs 1: ${fmt(median(ratios), 2)} per round ${ratios.map(r => fmt(r, 2)).join(', ')} (target >= ${TARGET_RATIO}: ${met(median(ratios) >= TARGET_RATIO)}); audit / CLI --jobs 2: ${fmt(median(ratios2), 2)}`,
    `  plain Chromium / CLI --jobs 1: ${fmt(median(plainRatios), 2)} per round ${plainRatios.map(r => fmt(r, 2)).join(', ')} (target >= ${TARGET_RATIO}: ${met(median(plainRatios) >= TARGET_RATIO)}); server CPU per plain check ${fmt(median(plains.map(p => p.serverCpu)), 2)} s`,
    `  longest main-thread task during a check: ${fmt(longest)} ms, ${fmt(audits.find(a => a.longestTaskMs === longest)!.longestTaskCpuMs)} ms of it on the CPU (median of rounds ${fmt(median(audits.map(a => a.longestTaskMs)))} ms; target <= ${TARGET_TASK_MS} ms: ${met(longest <= TARGET_TASK_MS)}); tasks over 50 ms per check: ${audits.map(a => a.tasksOver50).join(', ')}; longtask entries: ${audits.map(a => a.longTasks.length).join(', ')}`,
    `  page JS heap: ${fmt(median(audits.map(a => a.heapStartMb)))} MB before, peak ${fmt(median(audits.map(a => a.heapPeakMb)))} MB (max ${fmt(Math.max(...audits.map(a => a.heapPeakMb)))}); renderer resident memory peak (page and worker) ${fmt(Math.max(...audits.map(a => a.rendererRssPeakMb)), 0)} MB`,
    `  CPU seconds per check (medians): server ${fmt(median(audits.map(a => a.cpu.server)), 2)}, Chromium ${Object.keys(
      audits[0].cpu.chromium
    )
      .map(
        t => `${t} ${fmt(median(audits.map(a => a.cpu.chromium[t] ?? 0)), 2)}`
      )
      .join(
        ', '
      )} (of which main thread ${fmt(median(audits.map(a => a.cpu.mainThread)), 2)}, worker ${fmt(median(audits.map(a => a.cpu.worker)), 2)}); CLI --jobs 1 ${fmt(median(cli1.map(c => c.cpu)), 2)}, --jobs 2 ${fmt(median(cli2.map(c => c.cpu)), 2)}`,
    `Cancel at ${cancels.map(c => `${c.atFiles}/${c.ofFiles}`).join(', ')} files:`,
    `  click to "cancelled" painted: median ${fmt(median(cancelMs))} ms, max ${fmt(Math.max(...cancelMs))} ms (target <= ${TARGET_CANCEL_MS} ms: ${met(Math.max(...cancelMs) <= TARGET_CANCEL_MS)}); file reads issued after the click: ${cancels.map(c => c.readsAfter).join(', ')}; the worker (the only reader) ended ${cancels.map(c => fmt(c.workerGoneMs, 0)).join(', ')} ms after the click was sent`
  ];
  console.log(lines.join('\n'));
  mkdirSync(OUT_DIR, { recursive: true });
  const figures = JSON.stringify(
    {
      home: { dir: HOME, ...home },
      machine: { cpus: require('os').cpus().length, node: process.version },
      rounds: ROUNDS,
      warmUp: warm,
      warmUpPlain: warmPlain,
      audits,
      plains,
      cli1,
      cli2,
      cancels,
      summary: {
        auditMs: median(audits.map(a => a.ms)),
        cli1Ms: median(cli1.map(c => c.ms)),
        cli2Ms: median(cli2.map(c => c.ms)),
        mbAudited: mb,
        ratioAuditToCli1: median(ratios),
        ratioAuditToCli2: median(ratios2),
        plainMs: median(plains.map(p => p.ms)),
        ratioPlainToCli1: median(plainRatios),
        longestTaskMs: longest,
        heapPeakMb: Math.max(...audits.map(a => a.heapPeakMb)),
        rendererRssPeakMb: Math.max(...audits.map(a => a.rendererRssPeakMb)),
        cancelMedianMs: median(cancelMs),
        cancelMaxMs: Math.max(...cancelMs),
        readsAfterCancel: cancels.reduce((s, c) => s + c.readsAfter, 0)
      },
      lines
    },
    null,
    1
  );
  writeFileSync(join(OUT_DIR, 'audit-bench.json'), figures);
  writeFileSync(
    join(
      OUT_DIR,
      `audit-bench-${home.options.mb}mb-${home.options.files}.json`
    ),
    figures
  );

  expect(audits.every(a => /Credentials found/.test(a.status))).toBe(true);
  expect(plains.every(p => /Credentials found/.test(p.status))).toBe(true);
  expect(cli1.every(c => c.exitCode === 1)).toBe(true);
  expect(cancels.every(c => /cancelled/.test(c.status))).toBe(true);
  // The file reads were seen at all (so that "none after Cancel" means something).
  expect(audits.every(a => a.reads > 0)).toBe(true);
});
