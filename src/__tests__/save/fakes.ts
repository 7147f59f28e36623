import { DocumentRegistry } from '@jupyterlab/docregistry';
import { Signal } from '@lumino/signaling';

import { IFinding } from '../../core';
import { ISaveContext } from '../../save/save-guard';

/**
 * A document context reduced to what the save guard uses; a test drives its saves.
 */
export class FakeContext implements ISaveContext {
  constructor(public path = 'work/analysis.ipynb') {}
  readonly saveState = new Signal<this, DocumentRegistry.SaveState>(this);
  readonly disposed = new Signal<this, void>(this);
  readonly pathChanged = new Signal<this, string>(this);
  /**
   * Resolves once `load()` is called: the document's content has been read.
   */
  readonly ready = new Promise<void>(resolve => {
    this.load = resolve;
  });
  /**
   * Say that the document's content has been read from its file.
   */
  load!: () => void;
  /**
   * Rename the document, as the contents manager reports it.
   */
  rename(path: string): void {
    this.path = path;
    this.pathChanged.emit(path);
  }
  /**
   * Emit the signals of a save that lands (or fails).
   */
  save(outcome: 'completed' | 'failed' = 'completed'): void {
    this.saveState.emit('started');
    this.saveState.emit(outcome);
  }
}

/**
 * A finding with the fields the save code reads.
 */
export function finding(
  title: string,
  fingerprint: string,
  masked = 'ghp_Ab12…'
): IFinding {
  return {
    ruleId: title.toLowerCase().replace(/\W+/g, '-'),
    title,
    severity: 'error',
    start: 0,
    end: 10,
    line: 1,
    column: 1,
    masked,
    fingerprint
  };
}

/**
 * The exceptions that signal handlers threw while `run` ran: Lumino's signals catch them
 * and hand them to their exception handler, so an emitter never sees them.
 */
export function handlerErrors(run: () => void): unknown[] {
  const errors: unknown[] = [];
  const previous = Signal.setExceptionHandler(error => errors.push(error));
  try {
    run();
  } finally {
    Signal.setExceptionHandler(previous);
  }
  return errors;
}
