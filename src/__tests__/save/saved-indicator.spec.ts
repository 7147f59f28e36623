import { nullTranslator } from '@jupyterlab/translation';

import { SavedIndicator } from '../../save/saved-indicator';
import { SavedState } from '../../save/saved-state';

describe('SavedIndicator', () => {
  it('should show "saved with credentials" only while the last save wrote some', () => {
    const state = new SavedState();
    const onClick = jest.fn();
    const item = new SavedIndicator({
      state,
      trans: nullTranslator.load('jupyterlab_credential_guard'),
      onClick
    });
    expect(item.isHidden).toBe(true);

    state.saved(2);
    expect(item.isHidden).toBe(false);
    expect(item.node.textContent).toBe('⚠ Saved with 2 credentials');
    item.node.click();
    expect(onClick).toHaveBeenCalledTimes(1);

    state.saved(null);
    expect(item.node.textContent).toBe('Saved unchecked');
    expect(item.hasClass('jp-mod-unchecked')).toBe(true);

    state.saved(0);
    expect(item.isHidden).toBe(true);
    item.dispose();
    item.dispose();
  });

  it('should follow another state when it is given one, as the status bar item does', () => {
    const clean = new SavedState();
    const dirty = new SavedState();
    dirty.saved(1);
    const item = new SavedIndicator({
      state: null,
      trans: nullTranslator.load('jupyterlab_credential_guard'),
      onClick: () => undefined
    });
    const changes = jest.fn();
    item.activeChanged.connect(changes);
    expect(item.isActive).toBe(false);

    item.state = dirty;
    expect(item.isActive).toBe(true);
    expect(item.node.textContent).toBe('⚠ Saved with 1 credential');
    expect(changes).toHaveBeenCalled();

    item.state = clean;
    expect(item.isActive).toBe(false);
    // The old document's later saves no longer reach the item.
    dirty.saved(3);
    expect(item.isActive).toBe(false);
    clean.saved(2);
    expect(item.node.textContent).toBe('⚠ Saved with 2 credentials');
    item.dispose();
  });
});
