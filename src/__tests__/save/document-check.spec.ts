import { Signal } from '@lumino/signaling';

import { fakeGithubToken } from '../../core';
import { DocumentFindings } from '../../notebook/document-findings';
import { DocumentCheck } from '../../save/document-check';
import { fakeService, notebookWith } from '../notebook/fakes';
import { FakeContext, handlerErrors } from './fakes';

/**
 * A document widget reduced to what the check uses.
 */
function widgetWith(path: string, model: unknown): any {
  const context = Object.assign(new FakeContext(path), { model });
  const widget: any = {
    id: `widget-${path}`,
    context,
    content: {},
    toolbar: { addItem: () => true }
  };
  // A widget is the sender of its own `disposed`.
  widget.disposed = new Signal<any, void>(widget);
  return widget;
}

describe('DocumentCheck', () => {
  it('should take the saved state from the file when the document loads, unless the check is off', async () => {
    const token = fakeGithubToken('ghp', 'on-disk');
    const make = (mode: 'warn' | 'off' = 'warn') => {
      const widget = widgetWith('work/on-disk.py', {
        toString: () => `t = "${token}"\n`
      });
      const check = new DocumentCheck({
        widget,
        kind: 'file',
        scanner: fakeService(),
        mode: () => mode,
        notify: jest.fn()
      });
      return { widget, check };
    };
    const loaded = make();
    expect(loaded.check.guard.state.withCredentials).toBe(false);
    loaded.widget.context.load();
    await loaded.widget.context.ready;
    await Promise.resolve();
    expect(loaded.check.guard.state.count).toBe(1);

    for (const other of [make('off')]) {
      other.widget.context.load();
      await other.widget.context.ready;
      await Promise.resolve();
      expect(other.check.guard.state.withCredentials).toBe(false);
    }
  });

  it('should scan a text file as its save starts, and warn with its findings', () => {
    const token = fakeGithubToken('ghp', 'text-file');
    let text = 'x = 1\n';
    const widget = widgetWith('work/settings.py', { toString: () => text });
    const notify = jest.fn();
    const check = new DocumentCheck({
      widget,
      kind: 'file',
      scanner: fakeService(),
      mode: () => 'warn',
      notify
    });
    widget.context.save();
    expect(notify).not.toHaveBeenCalled();

    text = `TOKEN = "${token}"\n`;
    widget.context.save();
    expect(notify).toHaveBeenCalledTimes(1);
    const [target, findings] = notify.mock.calls[0];
    expect(target).toBe(check);
    expect(findings.map((f: any) => f.title)).toEqual(['GitHub token']);
    expect(check.name).toBe('settings.py');
    expect(check.guard.state.count).toBe(1);
  });

  it("should flush a notebook's stale findings so they match what is saved", () => {
    const scanner = fakeService();
    const model = notebookWith([{ source: 'a = 1' }]);
    const documentFindings = new DocumentFindings({ model, scanner });
    scanner.addDocument(documentFindings);
    documentFindings.flush();
    const widget = widgetWith('work/a.ipynb', model);
    const notify = jest.fn();
    new DocumentCheck({
      widget,
      kind: 'notebook',
      scanner,
      mode: () => 'warn',
      notify
    });
    model.cells
      .get(0)
      .sharedModel.setSource(`a = "${fakeGithubToken('ghp', 'stale')}"`);
    expect(documentFindings.isStale).toBe(true);
    widget.context.save();
    expect(notify).toHaveBeenCalledTimes(1);
    documentFindings.dispose();
  });

  it('should scan the whole notebook when no findings are registered for it', () => {
    const model = notebookWith([
      {
        source: 'print(t)',
        outputs: [
          {
            output_type: 'stream',
            name: 'stdout',
            text: `${fakeGithubToken('ghp', 'output')}\n`
          }
        ]
      }
    ]);
    const widget = widgetWith('work/b.ipynb', model);
    const check = new DocumentCheck({
      widget,
      kind: 'notebook',
      scanner: fakeService(),
      mode: () => 'warn',
      notify: jest.fn()
    });
    expect(check.findings()).toHaveLength(1);
    expect(check.hasOutputFindings()).toBe(true);
    expect(check.clearSecretOutputs()).toBe(1);
    expect(check.findings()).toHaveLength(0);
    expect(model.cells.get(0).sharedModel.getSource()).toBe('print(t)');
  });

  it('should let the save land when the test hook makes the scan fail', () => {
    const widget = widgetWith('work/c.py', { toString: () => 'x' });
    const log = jest.fn();
    const notify = jest.fn();
    const check = new DocumentCheck({
      widget,
      kind: 'file',
      scanner: fakeService(),
      mode: () => 'warn',
      notify,
      log,
      failScan: () => true
    });
    // The slot must not throw. Lumino's signals would catch it and hand it to their
    // exception handler, so look there rather than at the emitter.
    expect(handlerErrors(() => widget.context.save())).toEqual([]);
    widget.context.save();
    expect(log).toHaveBeenCalledTimes(1);
    expect(check.guard.state.unchecked).toBe(true);
    expect(notify).not.toHaveBeenCalled();
  });

  it('should follow its views, and stop with its document', () => {
    const widget = widgetWith('work/d.py', { toString: () => 'x' });
    const check = new DocumentCheck({
      widget,
      kind: 'file',
      scanner: fakeService(),
      mode: () => 'warn',
      notify: jest.fn()
    });
    const view: any = { ...widget, id: 'second-view' };
    view.disposed = new Signal<any, void>(view);
    check.addView(view);
    expect(check.widget).toBe(view);
    view.disposed.emit();
    expect(check.widget).toBe(widget);
    // Closing the last view keeps the check until the context goes.
    widget.disposed.emit();
    expect(check.isDisposed).toBe(false);
    widget.context.disposed.emit();
    expect(check.isDisposed).toBe(true);
    check.dispose();
  });
});
