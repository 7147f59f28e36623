/**
 * What the command-line scanner knows about one scanned file: the records the
 * formatters turn into text, JSON lines or SARIF.
 */
import type { CellPart, IFinding } from '../core';

/** One finding in one file, located for people and for tools. */
export interface ICliFinding extends IFinding {
  /** 0-based cell index for notebooks; `null` for text files. */
  cell: number | null;
  /** nbformat cell id, when the notebook has them; `null` otherwise. */
  cellId: string | null;
  /** `source`, or `outputs[i]` for a notebook output. Text files always say `source`. */
  where: CellPart;
  /**
   * The full value, only present when the user asked for `--show-secrets`.
   * Formatters must print `masked` whenever this is absent.
   */
  secret?: string;
  /**
   * 1-based line and column of the finding in the file itself, when known.
   * For text files they equal `line`/`column`; for notebooks they point into the
   * JSON when the cell's position could be found there.
   */
  fileLine?: number;
  fileColumn?: number;
}

/** The outcome of scanning one file. */
export interface IFileReport {
  /** The path to print: relative to the working directory, as the user named it. */
  file: string;
  /** Whether the file was read as a notebook or as plain text. */
  kind: 'notebook' | 'text';
  findings: ICliFinding[];
  /** Problems reading or parsing the file; any of them makes the exit code 2. */
  errors: string[];
}

/** Totals for the closing summary line. */
export interface IScanSummary {
  filesScanned: number;
  filesWithFindings: number;
  findings: number;
  errors: number;
}
