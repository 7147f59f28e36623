import { DisposableDelegate, IDisposable } from '@lumino/disposable';

/**
 * The part of a JupyterLab `RankedMenu` that `swapMenuCommand` uses.
 */
export interface ISwappableMenu {
  readonly items: readonly { readonly command: string }[];
  getRankAt(index: number): number | undefined;
  insertItem(
    index: number,
    options: { command: string; rank?: number }
  ): unknown;
  removeItemAt(index: number): void;
}

/**
 * Put the command `to` where `from` is in `menu`, at the same place and rank; the
 * returned disposable puts `from` back.
 *
 * #### Notes
 * In confirm mode, File › Save must ask first, but JupyterLab offers no hook before
 * `docmanager:save` runs: its menu item is swapped for the checked save, which ends
 * in `docmanager:save`. Nothing happens when `from` is not in the menu.
 */
export function swapMenuCommand(
  menu: ISwappableMenu,
  from: string,
  to: string
): IDisposable {
  const swap = (a: string, b: string): boolean => {
    const index = menu.items.findIndex(item => item.command === a);
    if (index < 0) {
      return false;
    }
    const rank = menu.getRankAt(index);
    menu.removeItemAt(index);
    menu.insertItem(index, { command: b, rank });
    return true;
  };
  const swapped = swap(from, to);
  return new DisposableDelegate(() => {
    if (swapped) {
      swap(to, from);
    }
  });
}

/**
 * `menu` as a swappable menu, or `null` when it lacks the methods (JupyterLab's
 * `IFileMenu` type does not promise them; its `FileMenu` class has them).
 */
export function asSwappableMenu(menu: unknown): ISwappableMenu | null {
  const candidate = menu as Partial<ISwappableMenu> | null | undefined;
  return candidate &&
    Array.isArray(candidate.items) &&
    typeof candidate.getRankAt === 'function' &&
    typeof candidate.insertItem === 'function' &&
    typeof candidate.removeItemAt === 'function'
    ? (candidate as ISwappableMenu)
    : null;
}
