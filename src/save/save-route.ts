import { CommandRegistry } from '@lumino/commands';
import { ReadonlyPartialJSONObject } from '@lumino/coreutils';
import { DisposableDelegate, IDisposable } from '@lumino/disposable';

/**
 * Send every run of one command through another while `when()` holds, and return the
 * way to run the first command itself.
 *
 * #### Notes
 * Why: the check on save takes File › Save and `Accel S` in the settings schema, but
 * JupyterLab's own `docmanager:save` stays in the command palette, and any extension
 * may execute it. No JupyterLab API removes another plugin's palette item or wraps its
 * command, so the registry's `execute` is wrapped on this one instance: the palette,
 * menus, key bindings and other extensions all call it. Disposing restores it.
 */
export function routeCommand(
  commands: CommandRegistry,
  options: IRouteOptions
): IRoute {
  const { from, to, when } = options;
  const hadOwn = Object.prototype.hasOwnProperty.call(commands, 'execute');
  const original = commands.execute;
  const direct = (args?: ReadonlyPartialJSONObject) =>
    original.call(commands, from, args);
  const routed = (id: string, args?: ReadonlyPartialJSONObject) =>
    original.call(
      commands,
      id === from && commands.hasCommand(to) && when() ? to : id,
      args
    );
  commands.execute = routed;
  return {
    direct,
    disposable: new DisposableDelegate(() => {
      // Another wrapper may have been added after this one: leave it in place.
      if (commands.execute !== routed) {
        return;
      }
      if (hadOwn) {
        commands.execute = original;
      } else {
        delete (commands as { execute?: unknown }).execute;
      }
    })
  };
}

/**
 * The options of `routeCommand`.
 */
export interface IRouteOptions {
  /**
   * The command whose runs are routed.
   */
  from: string;
  /**
   * Where they go.
   */
  to: string;
  /**
   * Whether to route a run now.
   */
  when: () => boolean;
}

/**
 * A route made by `routeCommand`.
 */
export interface IRoute {
  /**
   * Run the routed command itself, never routed.
   */
  direct: (args?: ReadonlyPartialJSONObject) => Promise<unknown>;
  /**
   * Remove the route.
   */
  disposable: IDisposable;
}
