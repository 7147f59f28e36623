import { forEachDiagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { CommandRegistry } from '@lumino/commands';
import { Menu } from '@lumino/widgets';

/**
 * A credential's diagnostic around a position, with the fixes its tooltip offers.
 */
export interface IDiagnosticAt {
  readonly from: number;
  readonly to: number;
  readonly message: string;
  readonly actions: readonly { readonly name: string; apply(): void }[];
}

/**
 * The diagnostics of `view` that cover its cursor (or touch it at either end).
 *
 * #### Notes
 * Read from the editor's lint state, the one the underlines and tooltips come from, so
 * the keyboard offers exactly what the mouse would.
 */
export function diagnosticsAtCursor(view: EditorView): IDiagnosticAt[] {
  const head = view.state.selection.main.head;
  const found: IDiagnosticAt[] = [];
  forEachDiagnostic(view.state, (diagnostic, from, to) => {
    if (from <= head && head <= to) {
      found.push({
        from,
        to,
        message: diagnostic.message,
        actions: (diagnostic.actions ?? []).map(action => ({
          name: action.name,
          apply: () => action.apply(view, from, to)
        }))
      });
    }
  });
  return found;
}

/**
 * Open a menu of the fixes for the credential at the cursor of `view`, below it, with
 * its first item active, as a keyboard user expects; the focus returns to the editor
 * when it closes. Returns `false` when no credential is at the cursor.
 *
 * #### Notes
 * A Lumino menu is what JupyterLab's own menus are: arrow keys, Enter and Escape work,
 * and it looks like the rest of the app in every theme.
 */
export function openFixesMenu(
  view: EditorView,
  options: IFixesMenuOptions
): Menu | null {
  const [first] = diagnosticsAtCursor(view);
  if (!first) {
    return null;
  }
  const commands = new CommandRegistry();
  const menu = new Menu({ commands });
  menu.addClass('jp-CredentialGuard-fixesMenu');
  menu.title.label = first.message;
  const add = (label: string, run: () => void) => {
    const id = `fix-${menu.items.length}`;
    commands.addCommand(id, { label, execute: run });
    menu.addItem({ command: id });
  };
  for (const action of first.actions) {
    add(action.name, () => action.apply());
  }
  if (options.showFindings) {
    add(options.showFindingsLabel, options.showFindings);
  }
  if (menu.items.length === 0) {
    menu.dispose();
    return null;
  }
  menu.aboutToClose.connect(() => {
    // Once the chosen fix has run (Lumino runs it after closing): back to the text.
    requestAnimationFrame(() => {
      if (!view.hasFocus && document.activeElement === document.body) {
        view.focus();
      }
      menu.dispose();
    });
  });
  const at =
    view.coordsAtPos(first.from) ??
    view.coordsAtPos(view.state.selection.main.head);
  menu.open(at?.left ?? 0, at?.bottom ?? 0);
  menu.activeIndex = 0;
  return menu;
}

/**
 * The options of `openFixesMenu`.
 */
export interface IFixesMenuOptions {
  /**
   * Show the credential in the findings panel, offered after the fixes.
   */
  showFindings?: () => void;
  /**
   * The label of that item.
   */
  showFindingsLabel: string;
}
