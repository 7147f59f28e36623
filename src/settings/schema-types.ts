/**
 * Types matching `schema/scanner.json`, after validation.
 */

/**
 * How serious a custom rule's findings are.
 */
export type CustomRuleSeverity = 'error' | 'warning' | 'info';

/**
 * One custom rule as the user writes it in the settings.
 */
export interface ICustomRuleSetting {
  /**
   * Kebab-case id, unique among all rules.
   */
  readonly id: string;
  /**
   * Human name of the credential type.
   */
  readonly title: string;
  /**
   * Regular expression source, without slashes or flags.
   */
  readonly pattern: string;
  /**
   * Case-insensitive substrings that gate the pattern.
   */
  readonly keywords: readonly string[];
  /**
   * How findings are marked.
   */
  readonly severity: CustomRuleSeverity;
}

/**
 * The settings of plugin `jupyterlab-credential-guard:scanner`.
 */
export interface IScannerSettings {
  /**
   * Underline credentials in editors.
   */
  readonly inlineWarnings: boolean;
  /**
   * Scan text outputs too.
   */
  readonly scanOutputs: boolean;
  /**
   * Delay after the last change of a cell before it is scanned, in milliseconds.
   */
  readonly debounceMs: number;
  /**
   * Rule ids that never report.
   */
  readonly disabledRules: readonly string[];
  /**
   * The user's own rules.
   */
  readonly customRules: readonly ICustomRuleSetting[];
  /**
   * Patterns of values that are never credentials.
   */
  readonly allowlist: readonly string[];
}
