/**
 * JSON lines: one finding per line on stdout, for scripts and `jq`.
 */
import type { IFileReport } from '../report';
import type { IFormatter } from './formatter';

/**
 * Writes `{"file","rule","severity","cell","where","line","column","masked","fingerprint"}`
 * per finding, plus `"secret"` with `--show-secrets`.
 *
 * Notes: for text files `cell` is null and `where` is "source", so every line
 * has the same keys whatever was scanned. `cell` is the 0-based index.
 */
export class JsonlFormatter implements IFormatter {
  file(report: IFileReport): string {
    let out = '';
    for (const f of report.findings) {
      const record: Record<string, unknown> = {
        file: report.file,
        rule: f.ruleId,
        severity: f.severity,
        cell: f.cell,
        where: f.where,
        line: f.line,
        column: f.column,
        masked: f.masked,
        fingerprint: f.fingerprint
      };
      if (f.secret !== undefined) {
        record.secret = f.secret;
      }
      out += JSON.stringify(record) + '\n';
    }
    return out;
  }

  end(): string {
    return '';
  }
}
