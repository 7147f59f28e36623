/**
 * A single self-overwriting progress line on stderr, for big trees in a terminal.
 */

/** Trees smaller than this finish before a progress line would be useful. */
export const PROGRESS_MIN_FILES = 200;
// Redraw at most this often: terminals are slow and scanning is not.
const REDRAW_MS = 100;

/** Draws `scanning 120/4000 files` and erases it when done. */
export class Progress {
  /**
   * @param write - writes to stderr
   * @param total - number of files that will be scanned
   * @param enabled - false unless stderr is a terminal and the tree is large
   */
  constructor(write: (text: string) => void, total: number, enabled: boolean) {
    this._write = write;
    this._total = total;
    this._enabled = enabled;
  }

  /** Reports that `done` files have been scanned. */
  update(done: number): void {
    if (!this._enabled) {
      return;
    }
    const now = Date.now();
    if (now - this._last < REDRAW_MS) {
      return;
    }
    this._last = now;
    this._drawn = true;
    this._write(`\r\x1b[Kscanning ${done}/${this._total} files`);
  }

  /** Erases the line, so that an error or the summary starts on a clean line. */
  clear(): void {
    if (this._drawn) {
      this._write('\r\x1b[K');
      this._drawn = false;
    }
  }

  private _write: (text: string) => void;
  private _total: number;
  private _enabled: boolean;
  private _last = 0;
  private _drawn = false;
}
