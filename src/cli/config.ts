/**
 * Loads the `--config` file: the same options as the JupyterLab settings
 * (`disabledRules`, `customRules`, `allowlist`).
 */
import * as fs from 'fs';
import type { IScannerConfig } from '../core';

/** A config and the problems found while loading it. */
export interface ILoadedConfig {
  config: IScannerConfig;
  errors: string[];
}

const SCANNER_KEYS = ['disabledRules', 'customRules', 'allowlist'];
// Editor-only settings: accepted so that a copy of the settings file works,
// but they mean nothing to a command-line scan.
const EDITOR_KEYS = ['inlineWarnings', 'scanOutputs', 'debounceMs'];

/**
 * Reads a config file.
 *
 * @param file - absolute path of the JSON file
 * @returns the scanner options, and a message for each problem.
 *
 * Notes: the values are handed to the engine as they are: `Scanner` checks
 * every entry (types, unknown rule ids, invalid or catastrophically
 * backtracking regexes) and reports each through `configErrors`, keeping the
 * rest, so the CLI and the extension reject exactly the same things.
 */
export function loadConfig(file: string): ILoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason = e.code === 'ENOENT' ? 'no such file' : e.message;
    return { config: {}, errors: [reason] };
  }
  return checkConfig(raw);
}

/**
 * Picks the scanner options out of a parsed config.
 *
 * @param raw - the parsed JSON
 * @returns the options and the messages for unknown keys or a non-object.
 */
export function checkConfig(raw: unknown): ILoadedConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: {}, errors: ['the config must be a JSON object'] };
  }
  const errors: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (SCANNER_KEYS.includes(key)) {
      config[key] = value;
    } else if (!EDITOR_KEYS.includes(key)) {
      errors.push(
        `unknown option '${key}' (expected ${SCANNER_KEYS.join(', ')})`
      );
    }
  }
  return { config: config as IScannerConfig, errors };
}
