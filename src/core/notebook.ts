import { joinText } from './output-text';
import {
  CellLocation,
  cellPart,
  IFinding,
  INotebookFinding,
  SOURCE_LOCATION
} from './types';

/** The result of scanning one notebook. */
export interface INotebookScanResult {
  findings: INotebookFinding[];
  /** Clear, per-problem messages; the rest of the notebook is still scanned. */
  errors: string[];
}

/** How a notebook scan scans each part (the `Scanner` provides these). */
export interface INotebookScanParts {
  source(text: string, cellMetadata: unknown): IFinding[];
  /** `cellSource`: the cell's source, for the rules that judge an output by it. */
  output(
    output: unknown,
    cellMetadata: unknown,
    cellSource: string
  ): IFinding[];
}

/**
 * Scan every cell of a parsed nbformat notebook: sources, then text outputs.
 *
 * Accepts nbformat 4 (`cells`) and, best effort, nbformat 3 (`worksheets[].cells`,
 * `input`). Never throws: anything odd becomes a message in `errors`.
 */
export function scanNotebookWith(
  notebook: unknown,
  parts: INotebookScanParts
): INotebookScanResult {
  const result: INotebookScanResult = { findings: [], errors: [] };
  if (!isObject(notebook)) {
    result.errors.push(
      `not a notebook: expected a JSON object, got ${kind(notebook)}`
    );
    return result;
  }
  const cells = findCells(notebook, result.errors);
  for (let i = 0; i < cells.length; i++) {
    try {
      scanCell(cells[i], i, parts, result);
    } catch (error) {
      // A rule or a part of the engine failed on odd data: report it and go on.
      result.errors.push(`cell ${i}: could not be scanned (${String(error)})`);
    }
  }
  return result;
}

function findCells(
  notebook: Record<string, unknown>,
  errors: string[]
): unknown[] {
  const major = notebook.nbformat;
  if (major !== undefined && major !== 4 && major !== 3) {
    errors.push(
      `unknown nbformat ${JSON.stringify(major)}: scanned as nbformat 4`
    );
  }
  if (Array.isArray(notebook.cells)) {
    return notebook.cells;
  }
  if (Array.isArray(notebook.worksheets)) {
    const cells: unknown[] = [];
    for (const sheet of notebook.worksheets) {
      if (isObject(sheet) && Array.isArray(sheet.cells)) {
        cells.push(...sheet.cells);
      }
    }
    return cells;
  }
  errors.push(`not a notebook: no "cells" list (got ${kind(notebook.cells)})`);
  return [];
}

function scanCell(
  cell: unknown,
  index: number,
  parts: INotebookScanParts,
  result: INotebookScanResult
): void {
  if (!isObject(cell)) {
    result.errors.push(
      `cell ${index}: expected an object, got ${kind(cell)}; skipped`
    );
    return;
  }
  const cellId = typeof cell.id === 'string' ? cell.id : null;
  const metadata = cell.metadata;
  const raw = cell.source !== undefined ? cell.source : cell.input;
  let source = '';
  if (raw !== undefined && typeof raw !== 'string' && !Array.isArray(raw)) {
    result.errors.push(
      `cell ${index}: source is ${kind(raw)}, not text; skipped`
    );
  } else {
    source = joinText(raw);
    const found = parts.source(source, metadata);
    push(result, found, index, cellId, SOURCE_LOCATION);
  }
  if (cell.outputs === undefined || cell.outputs === null) {
    return;
  }
  if (!Array.isArray(cell.outputs)) {
    result.errors.push(
      `cell ${index}: outputs is ${kind(cell.outputs)}, not a list; skipped`
    );
    return;
  }
  cell.outputs.forEach((output, o) => {
    push(result, parts.output(output, metadata, source), index, cellId, {
      part: 'output',
      index: o
    });
  });
}

function push(
  result: INotebookScanResult,
  found: IFinding[],
  cell: number,
  cellId: string | null,
  location: CellLocation
): void {
  const where = cellPart(location);
  for (const finding of found) {
    result.findings.push({ ...finding, cell, cellId, where, location });
  }
}

function kind(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  return Array.isArray(value) ? 'a list' : typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
