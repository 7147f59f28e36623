/**
 * Picks the formatter for `--format`.
 */
import type { OutputFormat } from '../args';
import type { IFormatter, IFormatterOptions } from './formatter';
import { JsonlFormatter } from './jsonl';
import { SarifFormatter } from './sarif';
import { TextFormatter } from './text';

export type { IFormatter, IFormatterOptions } from './formatter';

/**
 * Creates the formatter for an output format.
 *
 * @param format - `text`, `jsonl` or `sarif`
 * @param options - rule metadata and version (used by SARIF)
 */
export function createFormatter(
  format: OutputFormat,
  options: IFormatterOptions
): IFormatter {
  switch (format) {
    case 'jsonl':
      return new JsonlFormatter();
    case 'sarif':
      return new SarifFormatter(options);
    default:
      return new TextFormatter();
  }
}
