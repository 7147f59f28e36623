/**
 * Human-readable output: one line per finding, in the `path:line:col` shape
 * that terminals and editors turn into links.
 */
import type { ICliFinding, IFileReport } from '../report';
import type { IFormatter } from './formatter';

/** Formats findings as `path:cell N source:line:col  rule-id  Title  value`. */
export class TextFormatter implements IFormatter {
  file(report: IFileReport): string {
    let out = '';
    for (const f of report.findings) {
      out += `${location(report.file, f)}  ${f.ruleId}  ${f.title}  ${f.secret ?? f.masked}\n`;
    }
    return out;
  }

  end(): string {
    // The summary goes to stderr (see summaryLine) so stdout stays findings only.
    return '';
  }
}

/**
 * Where a finding is, for people: cells are counted from 1 as a reader would.
 *
 * @returns e.g. `nb.ipynb:cell 3 outputs[0]:2:5` or `setup.py:12:9`.
 */
export function location(file: string, f: ICliFinding): string {
  const cell = f.cell === null ? '' : `cell ${f.cell + 1} ${f.where}:`;
  return `${file}:${cell}${f.line}:${f.column}`;
}
