import { nullTranslator } from '@jupyterlab/translation';
import { CommandToolbarButton } from '@jupyterlab/ui-components';
import { CommandRegistry } from '@lumino/commands';
import { Widget } from '@lumino/widgets';

import { addCheckedSaveButton } from '../../save/toolbar-save';

/**
 * A toolbar registry that keeps factories by widget factory and item name.
 */
function fakeRegistry() {
  const factories = new Map<string, (widget: Widget) => Widget>();
  return {
    factories,
    addFactory: (factory: string, item: string, create: any) => {
      const previous = factories.get(`${factory}:${item}`);
      factories.set(`${factory}:${item}`, create);
      return previous;
    }
  };
}

describe('#addCheckedSaveButton', () => {
  it("should give every notebook the checked save button, and restore JupyterLab's", () => {
    const registry = fakeRegistry();
    const core = new Widget();
    registry.addFactory('Notebook', 'save', () => core);
    const added = addCheckedSaveButton({
      registry: registry as any,
      commands: new CommandRegistry(),
      trans: nullTranslator.load('jupyterlab_credential_guard')
    });
    const create = () => registry.factories.get('Notebook:save')!(new Widget());
    // Whatever the mode: the checked save is a plain save outside confirm mode.
    expect(create()).toBeInstanceOf(CommandToolbarButton);
    added.dispose();
    expect(create()).toBe(core);
  });
});
