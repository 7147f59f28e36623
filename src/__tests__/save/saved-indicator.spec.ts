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
});
