import * as fs from 'fs';
import * as path from 'path';

import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { Signal } from '@lumino/signaling';

import {
  DEFAULT_SCANNER_SETTINGS,
  parseScannerSettings,
  ScannerSettingsSource
} from '../../settings/scanner-settings';

const schema = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, '..', '..', '..', 'schema', 'scanner.json'),
    'utf-8'
  )
);

describe('#parseScannerSettings', () => {
  it('should keep the TypeScript defaults identical to the schema defaults', () => {
    const fromSchema = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [
        key,
        (value as { default: unknown }).default
      ])
    );
    expect(fromSchema).toEqual({ ...DEFAULT_SCANNER_SETTINGS });
  });

  it('should accept a complete, valid composite as given', () => {
    const raw = {
      inlineWarnings: false,
      scanOutputs: false,
      debounceMs: 50,
      disabledRules: ['github-token'],
      customRules: [
        {
          id: 'lab-key',
          title: 'Lab key',
          pattern: 'LAB-[0-9A-F]{24}',
          keywords: ['lab-'],
          severity: 'warning'
        }
      ],
      allowlist: ['^EXAMPLE']
    };
    expect(parseScannerSettings(raw)).toEqual({ settings: raw, problems: [] });
  });

  it.each([
    ['a non-object', 42, 0],
    ['a wrong type of switch', { inlineWarnings: 'yes' }, 1],
    ['a debounce that is not a number', { debounceMs: 'fast' }, 1],
    ['a list that is not a list', { disabledRules: 'github-token' }, 1],
    [
      'a custom rule without a pattern',
      { customRules: [{ id: 'a', title: 'A' }] },
      1
    ],
    [
      'a custom rule with a bad id',
      { customRules: [{ id: 'A B', title: 'A', pattern: 'x' }] },
      1
    ]
  ])('should fall back to defaults for %s', (_reason, raw, problems) => {
    const parsed = parseScannerSettings(raw);
    expect(parsed.problems).toHaveLength(problems);
    expect(parsed.settings.customRules).toEqual([]);
    expect(parsed.settings.inlineWarnings).toBe(true);
    expect(parsed.settings.debounceMs).toBe(300);
  });

  it('should clamp the debounce and default a custom rule severity', () => {
    const parsed = parseScannerSettings({
      debounceMs: 99999,
      customRules: [{ id: 'a', title: 'A', pattern: 'x', severity: 'fatal' }]
    });
    expect(parsed.settings.debounceMs).toBe(5000);
    expect(parsed.settings.customRules[0].severity).toBe('error');
  });
});

describe('ScannerSettingsSource', () => {
  it('should use the defaults without a registry', async () => {
    const source = new ScannerSettingsSource({
      registry: null,
      pluginId: 'x:scanner'
    });
    await source.ready;
    expect(source.composite).toEqual(DEFAULT_SCANNER_SETTINGS);
    source.dispose();
    source.dispose();
    expect(source.isDisposed).toBe(true);
  });

  it('should follow the registry and report invalid values by name only', async () => {
    const settings: any = { composite: { allowlist: 'not-a-list' } };
    const changed = new Signal<any, void>(settings);
    settings.changed = changed;
    const registry = {
      load: async () => settings
    } as unknown as ISettingRegistry;
    const warnings: string[] = [];
    const source = new ScannerSettingsSource({
      registry,
      pluginId: 'x:scanner',
      warn: text => warnings.push(text)
    });
    await source.ready;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain('not-a-list');
    const seen = jest.fn();
    source.changed.connect(seen);
    settings.composite = { inlineWarnings: false };
    changed.emit();
    expect(seen).toHaveBeenCalledTimes(1);
    expect(source.composite.inlineWarnings).toBe(false);
    source.dispose();
  });

  it('should warn once and keep the defaults when loading fails', async () => {
    const registry = {
      load: async () => {
        throw new Error('schema invalid');
      }
    } as unknown as ISettingRegistry;
    const warnings: string[] = [];
    const source = new ScannerSettingsSource({
      registry,
      pluginId: 'x:scanner',
      warn: text => warnings.push(text)
    });
    await source.ready;
    expect(warnings).toHaveLength(1);
    expect(source.composite).toEqual(DEFAULT_SCANNER_SETTINGS);
  });
});
