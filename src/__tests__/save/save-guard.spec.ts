import { Signal } from '@lumino/signaling';
import { fakeGithubToken } from '../../core';
import { SaveGuard } from '../../save/save-guard';
import { OnSaveMode } from '../../save/save-settings';
import { FakeContext, finding, handlerErrors } from './fakes';

/**
 * A guard over a fake context whose findings and mode a test sets.
 */
function setUp(options: { mode?: OnSaveMode; muted?: boolean } = {}) {
  const context = new FakeContext();
  const state = {
    findings: [finding('GitHub token', 'a')],
    mode: options.mode ?? 'warn',
    fail: null as Error | null
  };
  const notify = jest.fn();
  const log = jest.fn();
  const cleaned = jest.fn();
  const guard = new SaveGuard({
    cleaned,
    context,
    collect: () => {
      if (state.fail) {
        throw state.fail;
      }
      return state.findings;
    },
    mode: () => state.mode,
    muted: () => !!options.muted,
    notify,
    log
  });
  return { context, state, notify, log, guard, cleaned };
}

describe('SaveGuard', () => {
  it('should warn after a save with findings, with those findings', () => {
    const { context, state, notify, guard } = setUp();
    context.save();
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(state.findings, context.path);
    expect(guard.state.withCredentials).toBe(true);
    expect(guard.state.count).toBe(1);
  });

  it('should read the findings when the save starts, before the content is serialised', () => {
    const { context, state, notify } = setUp();
    context.saveState.emit('started');
    state.findings = [];
    context.saveState.emit('completed');
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('should give each of two overlapping saves what it started with', () => {
    const { context, state, notify, guard } = setUp();
    // An autosave starts with a credential in the notebook; the user removes it and saves
    // before the autosave has landed.
    context.saveState.emit('started');
    const written = state.findings;
    state.findings = [];
    context.saveState.emit('started');
    context.saveState.emit('completed');
    expect(notify).toHaveBeenCalledWith(written, context.path);
    expect(guard.state.count).toBe(1);
    context.saveState.emit('completed');
    expect(notify).toHaveBeenCalledTimes(1);
    expect(guard.state.count).toBe(0);
  });

  it('should not warn again after a rename: the credentials moved with the file', () => {
    const { context, notify } = setUp();
    context.save();
    context.rename('work/renamed.ipynb');
    context.save();
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('should warn again when the same content is saved under another path', () => {
    const { context, notify } = setUp();
    context.save();
    context.save();
    expect(notify).toHaveBeenCalledTimes(1);
    // Save As: the context now points at the new file.
    context.path = 'work/analysis-copy.ipynb';
    context.save();
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('should warn about the file a Save As wrote, which the document does not become', () => {
    const context = new FakeContext('work/original.ipynb');
    const fileChanged = new Signal<object, any>({});
    const notify = jest.fn();
    const findings = [finding('GitHub token', 'a')];
    new SaveGuard({
      context,
      collect: () => findings,
      mode: () => 'warn',
      notify,
      fileChanged
    });
    context.save();
    expect(notify).toHaveBeenLastCalledWith(findings, 'work/original.ipynb');
    // JupyterLab writes the new file through this document's save signals.
    context.saveState.emit('started');
    fileChanged.emit({ type: 'save', newValue: { path: 'work/copy.ipynb' } });
    context.saveState.emit('completed');
    expect(notify).toHaveBeenCalledTimes(2);
    expect(notify).toHaveBeenLastCalledWith(findings, 'work/copy.ipynb');
    // Another document's save, outside a save of this one, changes nothing.
    fileChanged.emit({ type: 'save', newValue: { path: 'work/other.ipynb' } });
    context.save();
    expect(notify).toHaveBeenCalledTimes(3);
    expect(notify).toHaveBeenLastCalledWith(findings, 'work/original.ipynb');
  });

  it('should warn once per content: not again for the same findings, again for new ones', () => {
    const { context, state, notify } = setUp();
    context.save();
    context.save();
    expect(notify).toHaveBeenCalledTimes(1);
    state.findings = [...state.findings, finding('AWS secret access key', 'b')];
    context.save();
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('should warn again when a removed credential comes back', () => {
    const { context, state, notify, guard } = setUp();
    const before = state.findings;
    context.save();
    state.findings = [];
    context.save();
    expect(guard.state.withCredentials).toBe(false);
    state.findings = before;
    context.save();
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('should offer to update the checkpoint when a save without one removed the last credential', async () => {
    const { context, state, guard, cleaned } = setUp();
    context.save();
    expect(cleaned).not.toHaveBeenCalled();
    // An autosave (context.save(): no checkpoint) after the credential was removed.
    state.findings = [];
    context.save();
    expect(cleaned).toHaveBeenCalledTimes(1);
    expect(cleaned).toHaveBeenCalledWith(context.path);
    // Clean to clean: nothing new to say.
    context.save();
    expect(cleaned).toHaveBeenCalledTimes(1);

    // JupyterLab's save command makes a checkpoint after its save: nothing to offer.
    state.findings = [finding('GitHub token', 'b')];
    context.save();
    state.findings = [];
    await guard.withCheckpoint(async () => context.save());
    expect(cleaned).toHaveBeenCalledTimes(1);
    // ...and only that save: the next autosave is one without a checkpoint again.
    state.findings = [finding('GitHub token', 'c')];
    context.save();
    state.findings = [];
    context.save();
    expect(cleaned).toHaveBeenCalledTimes(2);
  });

  it('should change nothing when the save fails, so the document never looks saved', () => {
    const { context, notify, guard } = setUp();
    context.save('failed');
    expect(notify).not.toHaveBeenCalled();
    expect(guard.state.withCredentials).toBe(false);
  });

  it('should not warn after an acknowledged save (confirm: Save anyway)', () => {
    const { context, state, notify, guard } = setUp({ mode: 'confirm' });
    guard.acknowledge(state.findings);
    context.save();
    expect(notify).not.toHaveBeenCalled();
    expect(guard.state.withCredentials).toBe(true);
  });

  it('should warn after an autosave in confirm mode', () => {
    const { context, notify } = setUp({ mode: 'confirm' });
    context.save();
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('should do nothing when off', () => {
    const { context, notify, guard } = setUp({ mode: 'off' });
    context.save();
    expect(notify).not.toHaveBeenCalled();
    expect(guard.state.withCredentials).toBe(false);
  });

  it('should record but not warn while the notebook is paused', () => {
    const { context, notify, guard } = setUp({ muted: true });
    context.save();
    expect(notify).not.toHaveBeenCalled();
    expect(guard.state.withCredentials).toBe(true);
  });

  it('should let the save go ahead when the scan throws, and log once without the text', () => {
    const { context, state, notify, log, guard } = setUp();
    const token = fakeGithubToken('ghp', 'guard-throws');
    state.fail = new TypeError(`cannot scan "${token}"`);
    // The slot must not throw. Lumino's signals would catch it and hand it to their
    // exception handler, so look there rather than at the emitter.
    expect(handlerErrors(() => context.save())).toEqual([]);
    context.save();
    expect(notify).not.toHaveBeenCalled();
    expect(guard.state.unchecked).toBe(true);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toContain('TypeError');
    expect(log.mock.calls[0][0]).toContain(context.path);
    expect(log.mock.calls[0][0]).not.toContain(token);
  });

  it('should log a slow check once', () => {
    const context = new FakeContext();
    let now = 0;
    const log = jest.fn();
    new SaveGuard({
      context,
      collect: () => {
        now += 5000;
        return [];
      },
      mode: () => 'warn',
      notify: jest.fn(),
      log,
      now: () => now
    });
    context.save();
    context.save();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toContain('5000 ms');
  });

  it('should stop with its document, and dispose twice safely', () => {
    const { context, notify, guard } = setUp();
    context.disposed.emit();
    expect(guard.isDisposed).toBe(true);
    context.save();
    expect(notify).not.toHaveBeenCalled();
    guard.dispose();
  });
});
