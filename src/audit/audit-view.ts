import {
  ITranslator,
  nullTranslator,
  TranslationBundle
} from '@jupyterlab/translation';
import { Widget } from '@lumino/widgets';

import { TRANSLATION_DOMAIN } from '../i18n/domain';
import type { AuditController, IAuditState } from './audit-controller';
import { IResultsOptions, renderResults } from './audit-results';
import { skipLabel } from './skip-labels';

/**
 * The "Check my files" view: when the last check ran, a progress bar with Cancel, the
 * results by file and what was skipped.
 *
 * Notes: it only renders the controller's state; the progress is redrawn at most once
 * per animation frame, so a fast check does not flood the page with layout work.
 */
export class AuditView extends Widget {
  constructor(options: AuditView.IOptions) {
    super();
    this.addClass('jp-CredentialGuard-audit');
    this._controller = options.controller;
    this._trans = (options.translator ?? nullTranslator).load(
      TRANSLATION_DOMAIN
    );
    this._results = { ...options.results, trans: this._trans };
    const trans = this._trans;
    this.title.label = trans.__('Check My Files');
    this.title.caption = trans.__(
      'Credentials stored in your files on this server'
    );

    const heading = document.createElement('h2');
    heading.textContent = trans.__('Credentials stored in your files');
    const intro = document.createElement('p');
    intro.textContent = trans.__(
      'Looks through the files on this server, hidden ones included, for access keys, passwords and tokens. Everything runs in your browser: nothing is changed, and nothing is sent anywhere.'
    );
    this._lastRun.className = 'jp-CredentialGuard-auditLastRun';
    this._start.className = 'jp-Button jp-mod-styled jp-mod-accept';
    this._start.textContent = trans.__('Check now');
    this._start.addEventListener('click', () => void this._controller.check());
    this._cancel.className = 'jp-Button jp-mod-styled jp-mod-reject';
    this._cancel.textContent = trans.__('Cancel');
    this._cancel.addEventListener('click', () => this._controller.cancel());
    const actions = document.createElement('div');
    actions.className = 'jp-CredentialGuard-auditActions';
    actions.append(this._start, this._cancel);

    this._bar.className = 'jp-CredentialGuard-auditProgress';
    this._bar.setAttribute('aria-label', trans.__('Progress of the check'));
    this._progressText.className = 'jp-CredentialGuard-auditProgressText';
    this._progressText.setAttribute('aria-live', 'polite');
    this._status.className = 'jp-CredentialGuard-auditStatus';
    this._status.setAttribute('role', 'status');
    this._skipped.className = 'jp-CredentialGuard-auditSkipped';

    this.node.append(
      heading,
      intro,
      this._lastRun,
      actions,
      this._bar,
      this._progressText,
      this._status,
      this._body,
      this._skipped
    );
    this._controller.changed.connect(this._onChanged, this);
    this._render(this._controller.state);
  }

  dispose(): void {
    if (this.isDisposed) {
      return;
    }
    cancelAnimationFrame(this._frame);
    this._controller.changed.disconnect(this._onChanged, this);
    super.dispose();
  }

  private _onChanged(_sender: AuditController, state: IAuditState): void {
    // Only progress changes often: batch them per frame; everything else at once.
    if (state.outcome !== this._shown || state.running !== this._wasRunning) {
      this._render(state);
      return;
    }
    if (!this._frame) {
      this._frame = requestAnimationFrame(() => {
        this._frame = 0;
        this._renderProgress(this._controller.state);
      });
    }
  }

  private _render(state: IAuditState): void {
    const trans = this._trans;
    this._wasRunning = state.running;
    this._shown = state.outcome;
    this._lastRun.textContent = state.lastRun
      ? trans.__(
          'Last complete check: %1.',
          new Date(state.lastRun.finishedAt).toLocaleString()
        )
      : trans.__('No check has completed yet.');
    this._start.disabled = state.running;
    this._cancel.hidden = !state.running;
    this._renderProgress(state);
    this._body.replaceChildren();
    this._skipped.replaceChildren();
    const outcome = state.outcome;
    if (state.running) {
      this._status.textContent = trans.__('Checking your files…');
    } else if (state.unavailable) {
      this._status.textContent = trans.__(
        'This server cannot list your files for the check: its credential-guard server extension is not installed or not enabled. Ask the hub administrators (see "Server extension" in the admin guide).'
      );
    } else if (!outcome) {
      this._status.textContent = '';
    } else {
      this._status.textContent = this._summary(state);
      if (outcome.files.length > 0) {
        this._body.append(renderResults(outcome.files, this._results));
      }
      this._renderSkipped(outcome.skipped);
    }
  }

  private _summary(state: IAuditState): string {
    const trans = this._trans;
    const outcome = state.outcome!;
    const found = outcome.files.length;
    const head =
      outcome.status === 'cancelled'
        ? trans.__('The check was cancelled; these are the results so far.')
        : outcome.status === 'failed'
          ? trans.__(
              'The check stopped: %1.',
              outcome.error ?? trans.__('unknown error')
            )
          : '';
    const body =
      found === 0
        ? trans.__(
            'No credentials found in %1 files.',
            outcome.progress.filesDone
          )
        : trans._n(
            'Credentials found in %1 file (of %2 checked).',
            'Credentials found in %1 files (of %2 checked).',
            found,
            outcome.progress.filesDone
          );
    const truncated = outcome.truncated
      ? trans.__(
          'The listing stopped at a server limit (%1): some files were not checked.',
          outcome.truncated
        )
      : '';
    return [head, body, truncated].filter(Boolean).join(' ');
  }

  private _renderProgress(state: IAuditState): void {
    const p = state.progress;
    this._bar.hidden = !p;
    this._progressText.hidden = !p;
    if (!p) {
      return;
    }
    this._bar.max = Math.max(p.filesTotal, 1);
    this._bar.value = p.filesDone;
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
    this._progressText.textContent = this._trans.__(
      '%1 of %2 files, %3 of %4 MB%5',
      p.filesDone,
      p.filesTotal,
      mb(p.bytesDone),
      mb(p.bytesTotal),
      p.listed ? '' : this._trans.__(' (still listing)')
    );
  }

  private _renderSkipped(skipped: Record<string, number>): void {
    const reasons = Object.keys(skipped).sort();
    if (reasons.length === 0) {
      return;
    }
    const total = reasons.reduce((sum, r) => sum + skipped[r], 0);
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = this._trans.__('Not checked: %1', total);
    const list = document.createElement('ul');
    for (const reason of reasons) {
      const item = document.createElement('li');
      item.dataset.reason = reason;
      item.textContent = `${skipLabel(reason, this._trans)}: ${skipped[reason]}`;
      list.append(item);
    }
    details.append(summary, list);
    this._skipped.append(details);
  }

  private _bar = document.createElement('progress');
  private _body = document.createElement('div');
  private _cancel = document.createElement('button');
  private _controller: AuditController;
  private _frame = 0;
  private _lastRun = document.createElement('p');
  private _progressText = document.createElement('p');
  private _results: IResultsOptions;
  private _shown: IAuditState['outcome'] = null;
  private _skipped = document.createElement('div');
  private _start = document.createElement('button');
  private _status = document.createElement('p');
  private _trans: TranslationBundle;
  private _wasRunning = false;
}

/** A namespace for `AuditView` statics. */
export namespace AuditView {
  /** The options to create an `AuditView`. */
  export interface IOptions {
    controller: AuditController;
    translator?: ITranslator | null;
    results: Omit<IResultsOptions, 'trans'>;
  }
}
