import { Browser, CDPSession, Page } from '@playwright/test';

/**
 * One JupyterLab page of the editor benchmark: opened once, kept open across rounds, with
 * the Chromium DevTools session that reads its main-thread counters and CPU profile.
 */
export class LabPage {
  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession
  ) {}

  /** Open JupyterLab at `url` in a browser context of its own. */
  static async open(browser: Browser, url: string): Promise<LabPage> {
    const context = await browser.newContext();
    // Fail rather than hang when a dialog stands in the way.
    context.setDefaultTimeout(60 * 1000);
    const page = await context.newPage();
    await page.goto(`${url}/lab?reset`);
    await page.waitForFunction(() => (window as any).jupyterapp?.started);
    await page.evaluate(() => (window as any).jupyterapp.started);
    // Someone typing has long acknowledged the security notice (issue 2): dismiss it where
    // it shows, so that every page measures the same layout.
    await page
      .getByRole('button', { name: 'I understand' })
      .click({ timeout: 10000 })
      .catch(() => undefined);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return new LabPage(page, cdp);
  }

  /** Open a notebook and return how long until it is ready and painted. */
  async openNotebook(path: string): Promise<number> {
    return this.page.evaluate(async path => {
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

  /**
   * Wait until the notebook has an editor in every cell. JupyterLab's default windowing
   * ("contentVisibility") creates the editors of off-screen cells in idle time, one by one,
   * for about a minute in a 1,000-cell notebook, and each creation restyles the whole page:
   * typing during that minute measures JupyterLab's start-up, not the editor path.
   */
  async settle(cells: number): Promise<number> {
    const start = Date.now();
    await this.page.waitForFunction(
      count =>
        document.querySelectorAll('.jp-Notebook .jp-Cell .cm-editor').length >=
        count,
      cells,
      { timeout: 5 * 60 * 1000, polling: 1000 }
    );
    await this.page.waitForTimeout(1000);
    return Date.now() - start;
  }

  /** Put the cursor at the end of the first cell, and start recording key latencies. */
  async prepareTyping(): Promise<void> {
    await this.page.bringToFront();
    await this.page
      .locator('.jp-Notebook .jp-Cell .cm-content')
      .first()
      .click();
    await this.page.keyboard.press('Control+End');
    await this.page.evaluate(() => {
      const w = window as any;
      w.__latencies = [];
      if (w.__latencyListener) {
        return;
      }
      // From keydown to the end of the next frame: a rAF, then a task after it, when the
      // frame has been painted.
      w.__latencyListener = (event: KeyboardEvent) => {
        const start = event.timeStamp;
        requestAnimationFrame(() =>
          setTimeout(() => w.__latencies.push(performance.now() - start), 0)
        );
      };
      document.addEventListener('keydown', w.__latencyListener, true);
    });
  }

  /**
   * Type `count` characters of `text`, `gapMs` apart, after `warmUp` keys that are not
   * measured (the first keys after a page sat idle are slower on both sides); return the
   * latencies and the main-thread work per key.
   */
  async type(
    text: string,
    count: number,
    gapMs: number,
    warmUp = 0
  ): Promise<ITyping> {
    const press = async (i: number) => {
      await this.page.keyboard.type(text[i % text.length], { delay: 0 });
      await this.page.waitForTimeout(gapMs);
    };
    for (let i = 0; i < warmUp; i++) {
      await press(i);
    }
    await this.page.evaluate(() => ((window as any).__latencies = []));
    const before = await this.mainThreadMs();
    for (let i = warmUp; i < warmUp + count; i++) {
      await press(i);
    }
    await this.page.waitForTimeout(500);
    const after = await this.mainThreadMs();
    const latencies = await this.page.evaluate(
      () => (window as any).__latencies as number[]
    );
    return { latencies, workPerKey: (after - before) / count };
  }

  /** Give the first cell its source back, so that every round types into the same text. */
  async resetFirstCell(source: string): Promise<void> {
    await this.page.evaluate(source => {
      const app = (window as any).jupyterapp;
      const cell = app.shell.currentWidget.content.widgets[0];
      cell.model.sharedModel.setSource(source);
    }, source);
    await this.page.waitForTimeout(1000);
  }

  /**
   * The main thread's script, style and layout time so far, from Chromium's counters.
   * (Its "TaskDuration" counts the raster and compositor threads too.)
   */
  async mainThreadMs(): Promise<number> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const names = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
    return (
      metrics
        .filter(metric => names.includes(metric.name))
        .reduce((sum, metric) => sum + metric.value, 0) * 1000
    );
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}

/** One round of typing on one page. */
export interface ITyping {
  /** Keydown to painted frame, per key. */
  latencies: number[];
  /** Main-thread script, style and layout time per key. */
  workPerKey: number;
}
