import * as fs from 'fs';
import * as path from 'path';
import { Scanner } from '../../core';
import { parseNoticeSettings } from '../../settings/notice-settings';

/**
 * The admin guide's worked example must stay a configuration that works: operators copy it.
 */
const ROOT = path.resolve(__dirname, '../../..');

function jsonBlocks(file: string): unknown[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map(match =>
    JSON.parse(match[1])
  );
}

describe('docs/admin.md', () => {
  const [overrides, pageConfig] = jsonBlocks('docs/admin.md') as [
    Record<string, any>,
    Record<string, any>
  ];

  it('should give a notice configuration without problems', () => {
    const notice = overrides['jupyterlab-credential-guard:notice'];
    const result = parseNoticeSettings(notice);
    expect(result.problems).toEqual([]);
    expect(result.settings.termsUrl).toBe(notice.termsUrl);
  });

  it('should give scanner rules the engine accepts and uses', () => {
    const config = overrides['jupyterlab-credential-guard:scanner'];
    const scanner = new Scanner(config);
    expect(scanner.configErrors).toEqual([]);
    const ids = scanner.rules.map(rule => rule.id);
    expect(ids).toContain(config.customRules[0].id);
    for (const disabled of config.disabledRules) {
      expect(ids).not.toContain(disabled);
      // A typo here would silently disable nothing.
      expect(new Scanner().rules.map(rule => rule.id)).toContain(disabled);
    }
    const token = 'exlab_' + 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE';
    expect(scanner.scanText(`key = "${token}"`)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: config.customRules[0].id })
      ])
    );
  });

  it('should use only settings that the schemas define, with allowed values', () => {
    for (const [plugin, values] of Object.entries(overrides)) {
      const name = plugin.replace('jupyterlab-credential-guard:', '');
      const schema = JSON.parse(
        fs.readFileSync(path.join(ROOT, 'schema', `${name}.json`), 'utf8')
      );
      for (const [key, value] of Object.entries(values)) {
        const property = schema.properties[key];
        expect([plugin, key, property !== undefined]).toEqual([
          plugin,
          key,
          true
        ]);
        if (property.oneOf) {
          const allowed = property.oneOf.map((choice: any) => choice.const);
          expect(allowed).toContain(value);
        }
      }
    }
    expect(overrides['jupyterlab-credential-guard:save-guard'].onSave).toBe(
      'confirm'
    );
  });

  it('should lock the extension by its package name', () => {
    expect(pageConfig).toEqual({
      lockedExtensions: { 'jupyterlab-credential-guard': true }
    });
  });
});
