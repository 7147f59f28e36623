import { forEachDiagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import type { Menu } from '@lumino/widgets';

import { IMenuAction, openActionMenu } from '../fixes/action-menu';

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
 * Open a menu of the fixes for the credential at the cursor of `view`, below it (see
 * `openActionMenu`); the focus returns to the editor when it closes. Returns `null`
 * when no credential is at the cursor.
 */
export function openFixesMenu(
  view: EditorView,
  options: IFixesMenuOptions
): Menu | null {
  const [first] = diagnosticsAtCursor(view);
  if (!first) {
    return null;
  }
  const actions: IMenuAction[] = first.actions.map(action => ({
    label: action.name,
    run: () => action.apply()
  }));
  if (options.showFindings) {
    actions.push({
      label: options.showFindingsLabel,
      run: options.showFindings
    });
  }
  const at =
    view.coordsAtPos(first.from) ??
    view.coordsAtPos(view.state.selection.main.head);
  const menu = openActionMenu(
    actions,
    { x: at?.left ?? 0, y: at?.bottom ?? 0 },
    () => view.focus()
  );
  if (menu) {
    menu.title.label = first.message;
  }
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
