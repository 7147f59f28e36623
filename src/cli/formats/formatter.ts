/**
 * The contract every output format implements.
 */
import type { IRule } from '../../core';
import type { IFileReport, IScanSummary } from '../report';

/**
 * Turns file reports into output. Text and JSON lines stream file by file;
 * SARIF collects everything and writes one document at the end.
 */
export interface IFormatter {
  /**
   * Formats one scanned file.
   *
   * @returns text for standard output (may be empty).
   */
  file(report: IFileReport): string;
  /**
   * Finishes the output.
   *
   * @returns the remaining text for standard output (may be empty).
   */
  end(summary: IScanSummary): string;
}

/** What a formatter may need besides the reports. */
export interface IFormatterOptions {
  /** The enabled rules, built-in and custom, for rule metadata. */
  rules: readonly IRule[];
  /** This tool's version. */
  version: string;
}
