/**
 * SARIF 2.1.0 output in the subset GitHub code scanning reads.
 * See https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 */
import type { IRule, Severity } from '../../core';
import type { ICliFinding, IFileReport, IScanSummary } from '../report';
import type { IFormatter, IFormatterOptions } from './formatter';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI =
  'https://github.com/jupyterlab-credential-guard/jupyterlab-credential-guard';
/** Key under `partialFingerprints`; bump the suffix if the fingerprint ever changes meaning. */
export const FINGERPRINT_KEY = 'credentialGuardFingerprint/v1';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note'
};

// GitHub ranks security alerts by this score (0-10); a live credential is high.
const SECURITY_SEVERITY: Record<Severity, string> = {
  error: '8.0',
  warning: '5.0',
  info: '2.0'
};

/**
 * Collects all results and writes one SARIF log at the end.
 *
 * Notes: messages name the rule and the place, never the value, even with
 * `--show-secrets` (SARIF files get uploaded and archived). Notebook findings
 * point at the notebook file (`region` is line 1 unless the position in the
 * file is known) and name the cell in the message, in a logical location and
 * in `properties`.
 */
export class SarifFormatter implements IFormatter {
  constructor(options: IFormatterOptions) {
    this._options = options;
    options.rules.forEach((rule, i) => this._ruleIndex.set(rule.id, i));
  }

  file(report: IFileReport): string {
    for (const f of report.findings) {
      this._results.push(this._result(report.file, f));
    }
    for (const error of report.errors) {
      this._notifications.push({
        level: 'error',
        message: { text: `${report.file}: ${error}` }
      });
    }
    return '';
  }

  end(summary: IScanSummary): string {
    const log = {
      $schema: SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'credential-guard',
              informationUri: INFORMATION_URI,
              version: this._options.version,
              semanticVersion: this._options.version,
              rules: this._options.rules.map(sarifRule)
            }
          },
          invocations: [
            {
              executionSuccessful: summary.errors === 0,
              toolExecutionNotifications: this._notifications
            }
          ],
          columnKind: 'utf16CodeUnits',
          results: this._results
        }
      ]
    };
    return JSON.stringify(log, null, 2) + '\n';
  }

  private _result(file: string, f: ICliFinding): Record<string, unknown> {
    const inNotebook = f.cell !== null;
    const place = inNotebook
      ? `cell ${f.cell! + 1} ${f.where}, line ${f.line}, column ${f.column}`
      : `line ${f.line}, column ${f.column}`;
    const region =
      f.fileLine !== undefined
        ? { startLine: f.fileLine, startColumn: f.fileColumn ?? 1 }
        : { startLine: 1, startColumn: 1 };
    const location: Record<string, unknown> = {
      physicalLocation: {
        artifactLocation: { uri: toUri(file), uriBaseId: '%SRCROOT%' },
        region
      }
    };
    if (inNotebook) {
      location.logicalLocations = [
        {
          name: `cell ${f.cell! + 1}`,
          fullyQualifiedName: `cells[${f.cell}].${f.where}`,
          kind: 'element'
        }
      ];
    }
    return {
      ruleId: f.ruleId,
      ruleIndex: this._ruleIndex.get(f.ruleId),
      level: LEVELS[f.severity],
      message: { text: `${f.title} in ${place}.` },
      locations: [location],
      partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
      properties: {
        cell: f.cell,
        cellId: f.cellId,
        where: f.where,
        line: f.line,
        column: f.column
      }
    };
  }

  private _options: IFormatterOptions;
  private _ruleIndex = new Map<string, number>();
  private _results: Record<string, unknown>[] = [];
  private _notifications: Record<string, unknown>[] = [];
}

/** A rule's SARIF `reportingDescriptor`. */
function sarifRule(rule: IRule): Record<string, unknown> {
  const help = rule.remediation || rule.description || rule.title;
  return {
    id: rule.id,
    // SARIF wants an identifier-like name: github-token -> GithubToken.
    name: rule.id
      .split(/[^A-Za-z0-9]+/)
      .map(w => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description || rule.title },
    help: { text: help, markdown: help },
    ...(rule.revokeUrl ? { helpUri: rule.revokeUrl } : {}),
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: {
      tags: ['security', 'secret', 'credentials'],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[rule.severity]
    }
  };
}

/**
 * A relative URI reference for a path: forward slashes, each segment
 * percent-encoded (spaces and `#` are common in notebook names).
 */
export function toUri(file: string): string {
  return file
    .split(/[\\/]+/)
    .filter(s => s !== '' && s !== '.')
    .map(encodeURIComponent)
    .join('/');
}
