import { JupyterFrontEnd } from '@jupyterlab/application';
import { IToolbarWidgetRegistry } from '@jupyterlab/apputils';
import { TranslationBundle } from '@jupyterlab/translation';
import { CommandToolbarButton, saveIcon } from '@jupyterlab/ui-components';
import { DisposableDelegate, IDisposable } from '@lumino/disposable';
import { Widget } from '@lumino/widgets';

import { SaveCommandIDs } from './save-commands';
import { OnSaveMode } from './save-settings';

/**
 * Make the notebook toolbar's save button run the checked save in confirm mode, so that
 * it asks first like Ctrl/Cmd+S and File › Save.
 *
 * #### Notes
 * The button is chosen when a notebook opens: in other modes, and when JupyterLab had
 * no save button registered, JupyterLab's own stays. The returned disposable puts
 * JupyterLab's factory back.
 */
export function addCheckedSaveButton(
  options: ICheckedSaveButtonOptions
): IDisposable {
  const { registry, commands, mode, trans } = options;
  const previous: ((widget: Widget) => Widget) | undefined =
    registry.addFactory(FACTORY, ITEM, (widget: Widget): Widget =>
      mode() === 'confirm' || !previous
        ? new CommandToolbarButton({
            commands,
            id: SaveCommandIDs.saveWithCheck,
            args: { toolbar: true },
            icon: saveIcon,
            label: '',
            caption: trans.__('Save and create checkpoint')
          })
        : previous(widget)
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
   * The current `onSave` setting.
   */
  mode: () => OnSaveMode;
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
