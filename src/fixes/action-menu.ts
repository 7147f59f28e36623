import { CommandRegistry } from '@lumino/commands';
import { Menu } from '@lumino/widgets';

/**
 * An entry of an action menu.
 */
export interface IMenuAction {
  readonly label: string;
  readonly run: () => void;
}

/**
 * Open `actions` as a JupyterLab (Lumino) menu at `x`, `y`, the first one active, as a
 * keyboard user expects; when it closes and the focus fell to the page body (Escape, or
 * after the chosen action ran), `restoreFocus` puts it back. Returns `null` without
 * actions.
 *
 * #### Notes
 * A Lumino menu is what JupyterLab's own menus are: arrow keys, Enter and Escape work,
 * and it looks like the rest of the app in every theme. Its commands live in a registry
 * of its own, gone with the menu.
 */
export function openActionMenu(
  actions: readonly IMenuAction[],
  at: { x: number; y: number },
  restoreFocus: () => void
): Menu | null {
  if (actions.length === 0) {
    return null;
  }
  const commands = new CommandRegistry();
  const menu = new Menu({ commands });
  menu.addClass('jp-CredentialGuard-fixesMenu');
  actions.forEach((action, index) => {
    const id = `fix-${index}`;
    commands.addCommand(id, { label: action.label, execute: action.run });
    menu.addItem({ command: id });
  });
  menu.aboutToClose.connect(() => {
    // Lumino runs the chosen action after closing: look at the focus once it has.
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) {
        restoreFocus();
      }
      menu.dispose();
    });
  });
  menu.open(at.x, at.y);
  menu.activeIndex = 0;
  return menu;
}
