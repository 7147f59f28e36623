import { ICellModel, ICodeCellModel } from '@jupyterlab/cells';

import { IFinding, METADATA_KEY, Scanner } from '../core';
import { ICellFindings } from '../tokens';

/**
 * The part of a cell's metadata the engine reads: our allow list.
 *
 * #### Notes
 * Passing only our key avoids copying the whole metadata of every cell on each scan.
 */
export function allowMetadata(cell: ICellModel): Record<string, unknown> {
  const entry = cell.getMetadata(METADATA_KEY);
  return entry === undefined ? {} : { [METADATA_KEY]: entry };
}

/**
 * The allow marks of a cell as a string, to tell whether findings predate a change of them.
 */
export function allowMarksKey(cell: ICellModel): string {
  return JSON.stringify(cell.getMetadata(METADATA_KEY) ?? null);
}

/**
 * Whether `found` was made by `scanner` from the cell's current allow marks.
 */
export function isCurrent(
  found: ICellFindings,
  scanner: Scanner,
  cell: ICellModel
): boolean {
  return found.scanner === scanner && found.allowMarks === allowMarksKey(cell);
}

/**
 * Scan one cell's source with `scanner`.
 */
export function scanCellSource(
  scanner: Scanner,
  cell: ICellModel,
  metadata: Record<string, unknown> = allowMetadata(cell)
): { text: string; findings: IFinding[] } {
  const text = cell.sharedModel.getSource();
  return { text, findings: scanner.scanCellSource(text, metadata) };
}

/**
 * Scan each text output of a code cell; other cells have none.
 *
 * #### Notes
 * Offsets are into the core's `outputText` of each output; images are never read. The
 * cell's source goes with each output, for the rules that judge an output by it (a value
 * printed alone, read from a credential).
 */
export function scanCellOutputs(
  scanner: Scanner,
  cell: ICellModel,
  metadata: Record<string, unknown> = allowMetadata(cell)
): IFinding[][] {
  if (cell.type !== 'code') {
    return [];
  }
  const outputs = (cell as ICodeCellModel).outputs;
  const result: IFinding[][] = [];
  if (outputs.length === 0) {
    return result;
  }
  const source = cell.sharedModel.getSource();
  for (let i = 0; i < outputs.length; i++) {
    result.push(scanner.scanOutput(outputs.get(i).toJSON(), metadata, source));
  }
  return result;
}

/**
 * The number of findings of a cell.
 */
export function countCellFindings(cell: ICellFindings): number {
  let count = cell.source.length;
  for (const output of cell.outputs) {
    count += output.length;
  }
  return count;
}

/**
 * A cell's metadata entry, tolerant of malformed values (metadata comes from files), with
 * its "not a secret" marks as a list of ids.
 */
export function allowEntry(cell: ICellModel): {
  allow: string[];
  [key: string]: unknown;
} {
  const raw = cell.getMetadata(METADATA_KEY);
  const entry =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  const allow = Array.isArray(entry.allow)
    ? entry.allow.filter((item: unknown) => typeof item === 'string')
    : [];
  return { ...entry, allow };
}

/**
 * The ids a cell's "not a secret" marks allow, and its metadata without them: what a
 * scan would see had nobody marked anything.
 */
export function allowMarks(cell: ICellModel): {
  ids: string[];
  unmarked: Record<string, unknown>;
} {
  const entry = allowEntry(cell);
  return {
    ids: entry.allow,
    unmarked: { [METADATA_KEY]: { ...entry, allow: [] } }
  };
}
