import { RankedMenu } from '@jupyterlab/ui-components';
import { CommandRegistry } from '@lumino/commands';

import { asSwappableMenu, swapMenuCommand } from '../../save/menu-swap';

function fileMenu(): RankedMenu {
  const commands = new CommandRegistry();
  for (const id of ['open', 'docmanager:save', 'save-as', 'checked-save']) {
    commands.addCommand(id, { label: id, execute: () => undefined });
  }
  const menu = new RankedMenu({ commands });
  menu.addItem({ command: 'open', rank: 1 });
  menu.addItem({ command: 'docmanager:save', rank: 4 });
  menu.addItem({ command: 'save-as', rank: 4 });
  return menu;
}

describe('#swapMenuCommand', () => {
  it('should put the checked save in place of File › Save, and back', () => {
    const menu = fileMenu();
    const swap = swapMenuCommand(
      asSwappableMenu(menu)!,
      'docmanager:save',
      'checked-save'
    );
    expect(menu.items.map(item => item.command)).toEqual([
      'open',
      'checked-save',
      'save-as'
    ]);
    expect(menu.getRankAt(1)).toBe(4);
    swap.dispose();
    expect(menu.items.map(item => item.command)).toEqual([
      'open',
      'docmanager:save',
      'save-as'
    ]);
  });

  it('should leave a menu without File › Save alone', () => {
    const menu = fileMenu();
    menu.removeItemAt(1);
    swapMenuCommand(menu, 'docmanager:save', 'checked-save').dispose();
    expect(menu.items.map(item => item.command)).toEqual(['open', 'save-as']);
  });

  it('should refuse objects that are not ranked menus', () => {
    expect(asSwappableMenu(null)).toBeNull();
    expect(asSwappableMenu({ items: [] })).toBeNull();
  });
});
