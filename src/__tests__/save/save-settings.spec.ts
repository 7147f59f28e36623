import { parseSaveGuardSettings } from '../../save/save-settings';

describe('#parseSaveGuardSettings', () => {
  it.each([
    ['the default', {}, 'warn'],
    ['confirm', { onSave: 'confirm' }, 'confirm'],
    ['off', { onSave: 'off' }, 'off'],
    ['a typo falls back to warn, never to off', { onSave: 'of' }, 'warn'],
    ['no settings at all', null, 'warn']
  ])('%s', (_reason, raw, expected) => {
    expect(parseSaveGuardSettings(raw).onSave).toBe(expected);
  });
});
