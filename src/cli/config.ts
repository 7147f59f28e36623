/**
 * Loads the `--config` file: the same options as the JupyterLab settings
 * (`disabledRules`, `customRules`, `allowlist`), checked entry by entry so one
 * bad entry is reported and dropped while the rest still applies.
 */
import * as fs from 'fs';
import type { ICustomRule, IScannerConfig } from '../core';

/** A config and the problems found while loading it. */
export interface ILoadedConfig {
  config: IScannerConfig;
  errors: string[];
}

const KNOWN_KEYS = ['disabledRules', 'customRules', 'allowlist'];

/**
 * Reads and checks a config file.
 *
 * @param file - absolute path of the JSON file
 * @returns the usable part of the config, and one message per rejected entry.
 *
 * Notes: regex validity (including catastrophic backtracking) is the engine's
 * job and comes back through `Scanner.configErrors`; here we only check shapes
 * that would otherwise be silently misread.
 */
export function loadConfig(file: string): ILoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return { config: {}, errors: [`${(err as Error).message}`] };
  }
  return checkConfig(raw);
}

/**
 * Checks an already parsed config object.
 *
 * @param raw - the parsed JSON
 * @returns the usable part and the messages for what was dropped.
 */
export function checkConfig(raw: unknown): ILoadedConfig {
  const errors: string[] = [];
  const config: IScannerConfig = {};
  if (!isObject(raw)) {
    return { config, errors: ['the config must be a JSON object'] };
  }
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.includes(key)) {
      errors.push(
        `unknown option '${key}' (expected ${KNOWN_KEYS.join(', ')})`
      );
    }
  }
  const disabled = stringList(raw.disabledRules, 'disabledRules', errors);
  if (disabled) {
    config.disabledRules = disabled;
  }
  const allowlist = stringList(raw.allowlist, 'allowlist', errors);
  if (allowlist) {
    config.allowlist = allowlist;
  }
  if (raw.customRules !== undefined) {
    if (!Array.isArray(raw.customRules)) {
      errors.push('customRules must be an array');
    } else {
      config.customRules = [];
      raw.customRules.forEach((rule: unknown, i: number) => {
        if (
          isObject(rule) &&
          typeof rule.id === 'string' &&
          typeof rule.pattern === 'string'
        ) {
          config.customRules!.push(rule as unknown as ICustomRule);
        } else {
          errors.push(
            `customRules[${i}] needs at least a string 'id' and 'pattern'`
          );
        }
      });
    }
  }
  return { config, errors };
}

function stringList(
  value: unknown,
  key: string,
  errors: string[]
): string[] | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!Array.isArray(value)) {
    errors.push(`${key} must be an array of strings`);
    return undefined;
  }
  const strings = value.filter((v): v is string => typeof v === 'string');
  if (strings.length !== value.length) {
    errors.push(`${key} must contain only strings; other entries are ignored`);
  }
  return strings;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
