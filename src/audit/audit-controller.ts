import { ISignal, Signal } from '@lumino/signaling';

import type { IScannerConfig } from '../core';
import {
  AuditRun,
  IAuditOutcome,
  IAuditProgress,
  IAuditSource
} from './audit-run';
import type { ILastRun, LastRunStore } from './last-run';
import { AuditWorkerClient, IWorkerLike } from './worker-client';

/** What the view shows. */
export interface IAuditState {
  /** A check is running. */
  running: boolean;
  /** Whether the running (or last) check was started by the schedule. */
  background: boolean;
  progress: IAuditProgress | null;
  /** The last check of this session, or `null`. */
  outcome: IAuditOutcome | null;
  /** The last complete check, from the server (this session's or an earlier one). */
  lastRun: ILastRun | null;
  /** The server has no credential-guard extension. */
  unavailable: boolean;
}

/**
 * Runs checks of the stored files, one at a time, and keeps what the view shows.
 *
 * Notes: the outcome stays in memory only; the server remembers the time of the last
 * complete check and how many files had findings, never the findings.
 */
export class AuditController {
  constructor(options: AuditController.IOptions) {
    this._options = options;
    void options.store.load().then(lastRun => {
      this._state = { ...this._state, lastRun };
      this._changed.emit(this._state);
    });
  }

  /** The current state. */
  get state(): IAuditState {
    return this._state;
  }

  /** Emitted when the state changes. */
  get changed(): ISignal<this, IAuditState> {
    return this._changed;
  }

  /** The last complete check, read from the server. */
  lastRun(): Promise<ILastRun | null> {
    return this._options.store.load();
  }

  /**
   * Check the files, or join the check that is running.
   *
   * @param background - started by the schedule rather than by the user
   */
  check(background = false): Promise<IAuditOutcome> {
    if (this._running) {
      return this._running;
    }
    const client = new AuditWorkerClient(
      this._options.startWorker(),
      this._options.config(),
      this._options.source.reader ?? null
    );
    const run = new AuditRun({
      source: this._options.source,
      client,
      onProgress: progress => this._set({ progress })
    });
    this._run = run;
    this._set({
      running: true,
      background,
      progress: null,
      unavailable: false
    });
    this._running = run.start().then(outcome => this._finish(outcome));
    return this._running;
  }

  /** Stop the running check, if any. */
  cancel(): void {
    this._run?.cancel();
  }

  private async _finish(outcome: IAuditOutcome): Promise<IAuditOutcome> {
    this._run = null;
    this._running = null;
    const unavailable =
      outcome.status === 'failed' && this._options.isUnavailable(outcome.error);
    let lastRun = this._state.lastRun;
    if (outcome.status === 'done') {
      lastRun = {
        finishedAt: new Date().toISOString(),
        files: outcome.files.length
      };
      void this._options.store.save(lastRun);
    }
    this._set({
      running: false,
      outcome,
      progress: outcome.progress,
      lastRun,
      unavailable
    });
    return outcome;
  }

  private _set(change: Partial<IAuditState>): void {
    this._state = { ...this._state, ...change };
    this._changed.emit(this._state);
  }

  private _changed = new Signal<this, IAuditState>(this);
  private _options: AuditController.IOptions;
  private _run: AuditRun | null = null;
  private _running: Promise<IAuditOutcome> | null = null;
  private _state: IAuditState = {
    running: false,
    background: false,
    progress: null,
    outcome: null,
    lastRun: null,
    unavailable: false
  };
}

/** A namespace for `AuditController` statics. */
export namespace AuditController {
  /** The options to create an `AuditController`. */
  export interface IOptions {
    source: IAuditSource;
    store: LastRunStore;
    /** A new worker per check: a cancelled check terminates its own. */
    startWorker: () => IWorkerLike;
    /** The engine's settings now: the same as the editor's. */
    config: () => IScannerConfig;
    /** Whether a failure means the server has no extension. */
    isUnavailable: (error: string | null) => boolean;
  }
}
