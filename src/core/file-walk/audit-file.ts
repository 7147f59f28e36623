import { credentialFileFindings } from '../credential-files/classify';
import type { IFilePermissions } from '../credential-files/types';
import type { Scanner } from '../scanner';
import type { CellPart, Severity } from '../types';

/** One file to audit, as the walk found it and its text as read. */
export interface IAuditFileInput {
  /** Root-relative, `/`-separated. */
  path: string;
  /** How to read `text`. */
  kind: 'notebook' | 'text';
  /** The file's text, or `null` when it was not read: then only its path is judged. */
  text: string | null;
  permissions?: IFilePermissions;
}

/** One finding in an audited file: a rule's, or the file's own (a known credential file). */
export interface IAuditFinding {
  ruleId: string;
  title: string;
  severity: Severity;
  /** 1-based; in a notebook, within the cell's source or output. Null when not known. */
  line: number | null;
  column: number | null;
  /** Offsets into the scanned text (the cell's source or output in a notebook). */
  start: number | null;
  end: number | null;
  /** The value masked; null for file-level notes. */
  masked: string | null;
  fingerprint: string;
  /** Notebook findings: 0-based cell index, its id and the part of the cell. */
  cell: number | null;
  cellId: string | null;
  where: CellPart | null;
  /** A file-level finding (what the file is), rather than a rule's match. */
  fileLevel: boolean;
  /** File-level findings explain themselves; rule findings take their rule's text. */
  message: string | null;
  remediation: string | null;
}

/** What auditing one file gave. */
export interface IAuditFileResult {
  path: string;
  findings: IAuditFinding[];
  /** Problems that left part of the file unscanned (a malformed cell). */
  errors: string[];
  /** Set when the file could not be audited at all (not a notebook: invalid JSON). */
  malformed: boolean;
}

/**
 * Audits one stored file with the session's engine: the rules over its text (cell by
 * cell for a notebook), then what its path and format say (known credential files).
 *
 * Notes: pure and synchronous; the browser runs it in a Web Worker, the CLI in its
 * worker threads, so both report the same findings for the same file.
 */
export function auditFile(
  scanner: Scanner,
  input: IAuditFileInput
): IAuditFileResult {
  const result: IAuditFileResult = {
    path: input.path,
    findings: [],
    errors: [],
    malformed: false
  };
  let spans: { start: number; end: number }[] = [];
  if (input.text !== null && input.kind === 'notebook') {
    const scanned = scanner.scanNotebookJson(input.text);
    result.errors = scanned.errors;
    // Invalid JSON or no cells at all: not a notebook, however it is named.
    result.malformed =
      scanned.findings.length === 0 &&
      scanned.errors.some(e =>
        /^(?:not a notebook|invalid JSON|JSON)/i.test(e)
      );
    for (const f of scanned.findings) {
      result.findings.push({
        ...ruleFields(f),
        cell: f.cell,
        cellId: f.cellId,
        where: f.where
      });
    }
  } else if (input.text !== null) {
    const found = scanner.scanText(input.text);
    spans = found;
    for (const f of found) {
      result.findings.push({
        ...ruleFields(f),
        cell: null,
        cellId: null,
        where: null
      });
    }
  }
  // Notebooks are no credential file kind; their findings are the rules' alone.
  const fileFindings =
    input.kind === 'notebook'
      ? []
      : credentialFileFindings({
          path: input.path,
          text: input.text,
          ruleFindings: spans,
          permissions: input.permissions
        });
  for (const f of fileFindings) {
    result.findings.push({
      ruleId: f.ruleId,
      title: f.title,
      severity: f.severity,
      line: f.line,
      column: f.column,
      start: f.start,
      end: f.end,
      masked: f.masked,
      fingerprint: f.fingerprint,
      cell: null,
      cellId: null,
      where: null,
      fileLevel: true,
      message: f.message,
      remediation: f.remediation
    });
  }
  return result;
}

function ruleFields(f: {
  ruleId: string;
  title: string;
  severity: Severity;
  line: number;
  column: number;
  start: number;
  end: number;
  masked: string;
  fingerprint: string;
}): Omit<IAuditFinding, 'cell' | 'cellId' | 'where'> {
  return {
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    line: f.line,
    column: f.column,
    start: f.start,
    end: f.end,
    masked: f.masked,
    fingerprint: f.fingerprint,
    fileLevel: false,
    message: null,
    remediation: null
  };
}
