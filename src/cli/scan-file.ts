/**
 * Reads one file and scans it with the shared engine.
 */
import * as fs from 'fs';
import { mask, outputText, Scanner } from '../core';
import type { IFinding, INotebookFinding } from '../core';
import { fileLevelFindings } from './credential-file-findings';
import { looksBinary } from './file-kind';
import { notebookLocator } from './notebook-lines';
import type { ICliFinding, IFileReport } from './report';
import { describe, IFileEntry } from './walk';

/**
 * Scans one file.
 *
 * @param entry - the file, as listed by `walk`
 * @param scanner - the configured engine
 * @param showSecrets - attach the full value to each finding
 * @returns the report, or `null` when the file is binary and was skipped
 *   (a binary credential file, such as gcloud's `credentials.db`, is reported by
 *   its path).
 */
export function scanFile(
  entry: IFileEntry,
  scanner: Scanner,
  showSecrets: boolean
): IFileReport | null {
  if (entry.pathOnly) {
    return report(entry, fileLevelFindings(entry, null, []), []);
  }
  let data: Buffer;
  try {
    data = fs.readFileSync(entry.abs);
  } catch (err) {
    return report(entry, [], [describe(err)]);
  }
  if (entry.kind === 'notebook') {
    const json = data.toString('utf8');
    const result = scanner.scanNotebookJson(json);
    const findings: ICliFinding[] = result.findings.map(f => ({ ...f }));
    if (findings.length > 0) {
      const locate = notebookLocator(json);
      for (const f of findings) {
        const at = locate(f.cell!, f.where, f.line, f.column);
        f.fileLine = at?.line;
        f.fileColumn = at?.column;
      }
    }
    if (showSecrets && findings.length > 0) {
      revealNotebook(json, findings);
    }
    return report(entry, findings, result.errors);
  }
  if (looksBinary(data)) {
    const byPath = fileLevelFindings(entry, null, []);
    return byPath.length > 0 ? report(entry, byPath, []) : null;
  }
  const text = data.toString('utf8');
  const found = scanner.scanText(text);
  const findings = found.map((f: IFinding): ICliFinding => ({
    ...f,
    cell: null,
    cellId: null,
    where: 'source',
    fileLine: f.line,
    fileColumn: f.column,
    ...(showSecrets ? { secret: reveal(text, f) } : {})
  }));
  findings.push(...fileLevelFindings(entry, text, found));
  return report(entry, findings, []);
}

function report(
  entry: IFileEntry,
  findings: ICliFinding[],
  errors: string[]
): IFileReport {
  return { file: entry.display, kind: entry.kind, findings, errors };
}

/**
 * The secret behind a finding, if the offsets really point at it.
 *
 * Notes: checked against the engine's own mask so that a text which differs
 * from the one the engine scanned can never print a wrong value.
 */
function reveal(text: string | null, f: IFinding): string | undefined {
  if (text === null) {
    return undefined;
  }
  const secret = text.slice(f.start, f.end);
  return secret && mask(secret) === f.masked ? secret : undefined;
}

/** Fills in `secret` for notebook findings by re-reading the texts they point into. */
function revealNotebook(json: string, findings: ICliFinding[]): void {
  let cells: unknown[];
  try {
    cells = notebookCells(JSON.parse(json));
  } catch {
    return;
  }
  for (const f of findings as (ICliFinding & INotebookFinding)[]) {
    const cell = cells[f.cell] as Record<string, unknown> | undefined;
    if (!cell) {
      continue;
    }
    let text: string | null = null;
    const location = f.location!;
    if (location.part === 'source') {
      text = joinSource(cell.source ?? cell.input);
    } else {
      const index = location.index;
      const outputs = cell.outputs;
      if (Array.isArray(outputs) && outputs[index] !== undefined) {
        text = outputText(outputs[index]);
      }
    }
    f.secret = reveal(text, f);
  }
}

/** The cell list of an nbformat 4 notebook, or of the first worksheet of an nbformat 3 one. */
function notebookCells(nb: any): unknown[] {
  if (Array.isArray(nb?.cells)) {
    return nb.cells;
  }
  const sheet = Array.isArray(nb?.worksheets) ? nb.worksheets[0] : null;
  return Array.isArray(sheet?.cells) ? sheet.cells : [];
}

function joinSource(source: unknown): string | null {
  if (typeof source === 'string') {
    return source;
  }
  if (Array.isArray(source)) {
    return source.map(s => (typeof s === 'string' ? s : '')).join('');
  }
  return null;
}
