import { nullTranslator } from '@jupyterlab/translation';
import { CommandToolbarButton } from '@jupyterlab/ui-components';
import { CommandRegistry } from '@lumino/commands';
import { Widget } from '@lumino/widgets';

import { OnSaveMode } from '../../save/save-settings';
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
  it("should give notebooks the checked save button in confirm mode only, and restore JupyterLab's", () => {
    const registry = fakeRegistry();
    const core = new Widget();
    registry.addFactory('Notebook', 'save', () => core);
    let mode: OnSaveMode = 'warn';
    const added = addCheckedSaveButton({
      registry: registry as any,
      commands: new CommandRegistry(),
      mode: () => mode,
      trans: nullTranslator.load('jupyterlab_credential_guard')
    });
    const create = () => registry.factories.get('Notebook:save')!(new Widget());
    expect(create()).toBe(core);
    mode = 'confirm';
    expect(create()).toBeInstanceOf(CommandToolbarButton);
    added.dispose();
    expect(create()).toBe(core);
  });
});
