import { Notification } from '@jupyterlab/apputils';
import { nullTranslator } from '@jupyterlab/translation';

import type { DocumentCheck } from '../../save/document-check';
import { SaveNotifier } from '../../save/save-notifier';
import { finding } from './fakes';

/**
 * A check of `work/original.ipynb`, as far as the notifier reads it.
 */
function check(): DocumentCheck {
  return {
    kind: 'notebook',
    name: 'original.ipynb',
    widget: { context: { path: 'work/original.ipynb' } }
  } as unknown as DocumentCheck;
}

describe('SaveNotifier', () => {
  const updateCheckpoint = jest.fn();
  const notifier = new SaveNotifier({
    trans: nullTranslator.load('jupyterlab_credential_guard'),
    showFindings: jest.fn(),
    clearOutputs: jest.fn(),
    updateCheckpoint
  });
  const shown = () =>
    Notification.manager.notifications.map(n => [
      n.message,
      (n.options.actions ?? []).map(a => a.label)
    ]);

  afterEach(() => Notification.dismiss());

  it('should warn about the document, and take the warning away with it', () => {
    const target = check();
    notifier.show(target, [finding('GitHub token', 'a')]);
    expect(shown()).toEqual([
      [
        expect.stringContaining('original.ipynb was saved with 1 credential'),
        ['Show findings', 'Not now']
      ]
    ]);
    notifier.dismiss(target);
    expect(shown()).toEqual([]);
  });

  it('should keep the warning about a file that a Save As wrote when the document closes', () => {
    const target = check();
    notifier.show(target, [finding('GitHub token', 'a')], 'work/copy.ipynb');
    expect(shown()).toEqual([
      [
        expect.stringContaining('copy.ipynb was saved with 1 credential'),
        ['Not now']
      ]
    ]);
    // JupyterLab closes the original after a Save As.
    notifier.dismiss(target);
    expect(shown()).toHaveLength(1);
  });

  it('should replace the warning with the checkpoint notice once the document is clean', () => {
    const target = check();
    notifier.show(target, [finding('GitHub token', 'a')]);
    notifier.showCleaned(target);
    expect(shown()).toEqual([
      [
        expect.stringContaining(
          'original.ipynb no longer holds credentials, but its checkpoint may still'
        ),
        ['Update checkpoint', 'Not now']
      ]
    ]);
    Notification.manager.notifications[0].options.actions![0].callback(
      new MouseEvent('click')
    );
    expect(updateCheckpoint).toHaveBeenCalledWith(target);
    notifier.dismiss(target);
    expect(shown()).toEqual([]);
  });
});
