import { JupyterFrontEnd } from '@jupyterlab/application';
import { IToolbarWidgetRegistry } from '@jupyterlab/apputils';
import { TranslationBundle } from '@jupyterlab/translation';
import { CommandToolbarButton, saveIcon } from '@jupyterlab/ui-components';
import { DisposableDelegate, IDisposable } from '@lumino/disposable';
import { Widget } from '@lumino/widgets';

import { SaveCommandIDs } from './save-commands';

/**
 * Make the notebook toolbar's save button run the checked save, so that in confirm mode
 * it asks first like Ctrl/Cmd+S and File › Save.
 *
 * #### Notes
 * Every notebook gets it, whatever the mode when it opened: outside confirm mode the
 * checked save is JupyterLab's save, and a notebook opened before a switch to confirm
 * mode asks too. The returned disposable puts JupyterLab's factory back.
 */
export function addCheckedSaveButton(
  options: ICheckedSaveButtonOptions
): IDisposable {
  const { registry, commands, trans } = options;
  const previous: ((widget: Widget) => Widget) | undefined =
    registry.addFactory(
      FACTORY,
      ITEM,
      (): Widget =>
        new CommandToolbarButton({
          commands,
          id: SaveCommandIDs.saveWithCheck,
          args: { toolbar: true },
          icon: saveIcon,
          label: '',
          caption: trans.__('Save and create checkpoint')
        })
    );
  return new DisposableDelegate(() => {
    if (previous) {
      registry.addFactory(FACTORY, ITEM, previous);
    }
  });
}

/**
 * The options of `addCheckedSaveButton`.
 */
export interface ICheckedSaveButtonOptions {
  /**
   * JupyterLab's toolbar item registry.
   */
  registry: IToolbarWidgetRegistry;
  /**
   * The commands (the checked save is one of them).
   */
  commands: JupyterFrontEnd['commands'];
  /**
   * The translation bundle.
   */
  trans: TranslationBundle;
}

/**
 * The notebook widget factory, and its save button's item name in JupyterLab.
 */
const FACTORY = 'Notebook';
const ITEM = 'save';
