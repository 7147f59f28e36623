import { ISettingRegistry, SettingRegistry } from '@jupyterlab/settingregistry';
import { nullTranslator } from '@jupyterlab/translation';
import { RankedMenu } from '@jupyterlab/ui-components';
import { CommandRegistry } from '@lumino/commands';
import { Selector } from '@lumino/domutils';

import { confirmSave } from '../../save/confirm-save';
import { DocumentCheck } from '../../save/document-check';
import { addSaveCommands, SaveCommandIDs } from '../../save/save-commands';
import { OnSaveMode } from '../../save/save-settings';
import { finding } from './fakes';

jest.mock('../../save/confirm-save', () => ({ confirmSave: jest.fn() }));
const confirm = confirmSave as jest.MockedFunction<typeof confirmSave>;

/**
 * Commands with a fake `docmanager:save`, and a check whose findings a test sets.
 */
function setUp(mode: OnSaveMode) {
  const commands = new CommandRegistry();
  const docSave = jest.fn();
  commands.addCommand('docmanager:save', {
    label: 'Save Notebook',
    execute: docSave
  });
  const state = {
    findings: [finding('GitHub token', 'a')],
    fail: false,
    mode
  };
  const acknowledge = jest.fn();
  const check = {
    name: 'a.ipynb',
    kind: 'notebook',
    isDisposed: false,
    guard: { acknowledge, withCheckpoint: (save: () => unknown) => save() },
    findings: () => {
      if (state.fail) {
        throw new Error('scan failed');
      }
      return state.findings;
    },
    hasOutputFindings: () => false
  } as unknown as DocumentCheck;
  const showFindings = jest.fn();
  const clearAndSave = jest.fn(() => Promise.resolve());
  const setFailScan = jest.fn();
  const disposable = addSaveCommands({
    commands,
    trans: nullTranslator.load('jupyterlab_credential_guard'),
    mode: () => state.mode,
    current: () => check,
    showFindings,
    clearAndSave,
    setFailScan
  });
  const run = () => commands.execute(SaveCommandIDs.saveWithCheck);
  const setMode = (value: OnSaveMode) => {
    state.mode = value;
  };
  return {
    commands,
    docSave,
    state,
    acknowledge,
    showFindings,
    clearAndSave,
    setFailScan,
    disposable,
    run,
    setMode
  };
}

describe('#addSaveCommands', () => {
  beforeEach(() => confirm.mockReset());

  it('should save at once in warn mode, without asking', async () => {
    const { run, docSave } = setUp('warn');
    await run();
    expect(confirm).not.toHaveBeenCalled();
    expect(docSave).toHaveBeenCalledTimes(1);
  });

  it('should ask in confirm mode, and save and acknowledge on "Save anyway"', async () => {
    const { run, docSave, acknowledge, state } = setUp('confirm');
    confirm.mockResolvedValue('save');
    await run();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0][0].findings).toBe(state.findings);
    expect(acknowledge).toHaveBeenCalledWith(state.findings);
    expect(docSave).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['fix first shows the findings', 'fix' as const, 1],
    ['escape changes nothing', 'cancel' as const, 0]
  ])('should not save when %s', async (_reason, choice, shown) => {
    const { run, docSave, showFindings } = setUp('confirm');
    confirm.mockResolvedValue(choice);
    await run();
    expect(docSave).not.toHaveBeenCalled();
    expect(showFindings).toHaveBeenCalledTimes(shown);
  });

  it('should clear the outputs and save on "Clear outputs with secrets and save"', async () => {
    const { run, clearAndSave, docSave } = setUp('confirm');
    confirm.mockResolvedValue('clear-and-save');
    await run();
    expect(clearAndSave).toHaveBeenCalledTimes(1);
    // clearAndSave saves through the context itself.
    expect(docSave).not.toHaveBeenCalled();
  });

  it("should ask in confirm mode when JupyterLab's own save runs, as from the palette", async () => {
    const { commands, docSave } = setUp('confirm');
    confirm.mockResolvedValue('cancel');
    await commands.execute('docmanager:save');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(docSave).not.toHaveBeenCalled();
    confirm.mockResolvedValue('save');
    await commands.execute('docmanager:save');
    expect(docSave).toHaveBeenCalledTimes(1);
  });

  it("should leave JupyterLab's own save alone outside confirm mode and once disposed", async () => {
    const { commands, docSave, setMode, disposable } = setUp('warn');
    await commands.execute('docmanager:save');
    setMode('confirm');
    disposable.dispose();
    await commands.execute('docmanager:save');
    expect(confirm).not.toHaveBeenCalled();
    expect(docSave).toHaveBeenCalledTimes(2);
  });

  it('should save without asking when the document is clean or the scan fails', async () => {
    const { run, docSave, state } = setUp('confirm');
    state.findings = [];
    await run();
    state.findings = [finding('GitHub token', 'a')];
    state.fail = true;
    await run();
    expect(confirm).not.toHaveBeenCalled();
    expect(docSave).toHaveBeenCalledTimes(2);
  });

  it('should bind no key itself: Accel S comes from the settings schema, in every mode', () => {
    const { commands, setMode, disposable } = setUp('warn');
    const bound = () =>
      commands.keyBindings.filter(
        binding => binding.command === SaveCommandIDs.saveWithCheck
      );
    setMode('confirm');
    expect(bound()).toEqual([]);
    disposable.dispose();
    expect(commands.hasCommand(SaveCommandIDs.saveWithCheck)).toBe(false);
  });

  it("should take File › Save's place in the menu, in its own group before Save As", () => {
    const schema = require('../../../schema/save-guard.json');
    const [file] = schema['jupyter.lab.menus'].main;
    // The File menu's save group as docmanager declares it, JupyterLab 4.1 to 4.6.
    const docmanager: ISettingRegistry.IMenuItem[] = [
      { command: 'application:close-all', rank: 3 },
      { type: 'separator', rank: 4 },
      { command: 'docmanager:save', rank: 4 },
      { command: 'docmanager:save-as', rank: 4 },
      { command: 'docmanager:save-all', rank: 4 },
      { type: 'separator', rank: 5 }
    ];
    const menuOf = (items: ISettingRegistry.IMenuItem[]) => {
      const commands = new CommandRegistry();
      const menu = new RankedMenu({ commands });
      for (const item of items.filter(item => !item.disabled)) {
        if (item.command && !commands.hasCommand(item.command)) {
          commands.addCommand(item.command, {
            label: item.command,
            execute: () => undefined
          });
        }
        menu.addItem({
          command: item.command,
          type: item.type,
          rank: item.rank
        });
      }
      return menu.items.map(item => item.command || item.type);
    };
    const expected = [
      'application:close-all',
      'separator',
      SaveCommandIDs.saveWithCheck,
      'separator',
      'docmanager:save-as',
      'docmanager:save-all',
      'separator'
    ];
    // JupyterLab merges every plugin's menu items, in either order.
    expect(
      menuOf(SettingRegistry.reconcileItems(docmanager, file.items)!)
    ).toEqual(expected);
    expect(
      menuOf(SettingRegistry.reconcileItems(file.items, docmanager)!)
    ).toEqual(expected);
  });

  it("should declare Accel S for the checked save above JupyterLab's own binding on body", () => {
    const schema = require('../../../schema/save-guard.json');
    const [shortcut] = schema['jupyter.lab.shortcuts'];
    expect(shortcut).toEqual({
      command: SaveCommandIDs.saveWithCheck,
      keys: ['Accel S'],
      selector: ':root body'
    });
    // Same element as JupyterLab's `body`, higher specificity: Lumino runs ours.
    expect(Selector.calculateSpecificity(shortcut.selector)).toBeGreaterThan(
      Selector.calculateSpecificity('body')
    );
    expect(document.body.matches(shortcut.selector)).toBe(true);
  });

  it('should turn the test hook on and off', async () => {
    const { commands, setFailScan } = setUp('warn');
    await commands.execute(SaveCommandIDs.testFailScan, { fail: true });
    await commands.execute(SaveCommandIDs.testFailScan, { fail: false });
    expect(setFailScan.mock.calls).toEqual([[true], [false]]);
  });

  it('should have no test hook where none was asked for', () => {
    const commands = new CommandRegistry();
    addSaveCommands({
      commands,
      trans: nullTranslator.load('jupyterlab_credential_guard'),
      mode: () => 'warn',
      current: () => null,
      showFindings: jest.fn(),
      clearAndSave: jest.fn()
    });
    expect(commands.hasCommand(SaveCommandIDs.saveWithCheck)).toBe(true);
    expect(commands.hasCommand(SaveCommandIDs.testFailScan)).toBe(false);
  });
});
