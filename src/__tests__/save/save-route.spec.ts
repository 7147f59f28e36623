import { CommandRegistry } from '@lumino/commands';

import { routeCommand } from '../../save/save-route';

function setUp() {
  const commands = new CommandRegistry();
  const ran: string[] = [];
  commands.addCommand('a', { execute: args => ran.push(`a ${args.n ?? ''}`) });
  commands.addCommand('b', { execute: args => ran.push(`b ${args.n ?? ''}`) });
  const state = { on: true };
  const route = routeCommand(commands, {
    from: 'a',
    to: 'b',
    when: () => state.on
  });
  return { commands, ran, state, route };
}

describe('#routeCommand', () => {
  it('should send runs of the command to the other one, with their arguments, while it holds', async () => {
    const { commands, ran, state } = setUp();
    await commands.execute('a', { n: 1 });
    state.on = false;
    await commands.execute('a', { n: 2 });
    await commands.execute('b', { n: 3 });
    expect(ran).toEqual(['b 1', 'a 2', 'b 3']);
  });

  it('should route runs from key bindings too', async () => {
    const { commands, ran } = setUp();
    commands.addKeyBinding({
      command: 'a',
      keys: ['Ctrl S'],
      selector: 'body'
    });
    const onKey = (event: KeyboardEvent) => commands.processKeydownEvent(event);
    document.body.addEventListener('keydown', onKey);
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 's',
        code: 'KeyS',
        keyCode: 83,
        ctrlKey: true,
        bubbles: true,
        cancelable: true
      })
    );
    document.body.removeEventListener('keydown', onKey);
    await Promise.resolve();
    expect(ran).toEqual(['b ']);
  });

  it('should run the command itself through direct', async () => {
    const { ran, route } = setUp();
    await route.direct({ n: 4 });
    expect(ran).toEqual(['a 4']);
  });

  it('should not route to a command that does not exist', async () => {
    const { commands, ran } = setUp();
    commands.addCommand('c', { execute: () => ran.push('c') });
    const other = routeCommand(commands, {
      from: 'c',
      to: 'missing',
      when: () => true
    });
    await commands.execute('c');
    expect(ran).toEqual(['c']);
    other.disposable.dispose();
  });

  it('should restore the registry on dispose', async () => {
    const { commands, ran, route } = setUp();
    route.disposable.dispose();
    await commands.execute('a', { n: 5 });
    expect(ran).toEqual(['a 5']);
    expect(Object.prototype.hasOwnProperty.call(commands, 'execute')).toBe(
      false
    );
  });
});
