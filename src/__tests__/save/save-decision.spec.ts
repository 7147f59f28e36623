import { decideSaveRequest, shouldNotify } from '../../save/save-decision';
import { OnSaveMode } from '../../save/save-settings';

describe('#decideSaveRequest', () => {
  it.each<[string, OnSaveMode, boolean, number, string]>([
    [
      'confirm asks before a manual save with findings',
      'confirm',
      true,
      2,
      'ask'
    ],
    ['confirm never asks on autosave', 'confirm', false, 2, 'save'],
    ['confirm saves a clean document at once', 'confirm', true, 0, 'save'],
    ['warn never asks', 'warn', true, 2, 'save'],
    ['off never asks', 'off', true, 2, 'save']
  ])('%s', (_reason, mode, manual, findings, expected) => {
    expect(decideSaveRequest(mode, { manual, findings })).toBe(expected);
  });
});

describe('#shouldNotify', () => {
  it.each<[string, OnSaveMode, string, string, boolean]>([
    ['warn, new findings', 'warn', 'k1', '', true],
    ['warn, the same findings again', 'warn', 'k1', 'k1', false],
    ['warn, other findings', 'warn', 'k2', 'k1', true],
    ['warn, no findings', 'warn', '', 'k1', false],
    ['confirm warns after an autosave too', 'confirm', 'k1', '', true],
    ['off never warns', 'off', 'k1', '', false]
  ])('%s', (_reason, mode, key, lastKey, expected) => {
    expect(shouldNotify(mode, key, lastKey)).toBe(expected);
  });
});
