import { compileChecked, compileCustomRule, ICustomRule } from './custom-rules';
import { dedupe, firstByFingerprint, priorityMap } from './dedupe';
import { jsonErrorMessage } from './json-error';
import { INotebookScanResult, scanNotebookWith } from './notebook';
import { IOutputParts, outputParts } from './output-text';
import { PRINTED_OUTPUT_MAX } from './rules/printed-secret';
import { RuleIndex } from './rule-index';
import { builtinRules } from './rules';
import { scan, scanParts } from './scan';
import { suppressByMetadata } from './suppress-metadata';
import { IFinding, IRule } from './types';

/** Admin settings that shape a scanner. */
export interface IScannerConfig {
  /** Rule ids to turn off. */
  disabledRules?: string[];
  /** Admin rules; rejected ones are reported in `configErrors`, the rest keep working. */
  customRules?: ICustomRule[];
  /** Regex sources; a secret matching any of them is dropped. */
  allowlist?: string[];
}

/**
 * The detection engine: built-in and admin rules, with settings applied once, scanning
 * texts, cell sources, outputs and whole notebooks.
 *
 * Notes: build one per settings change and reuse it; every scan method is pure and
 * synchronous, and the notebook methods never throw.
 */
export class Scanner {
  constructor(config: IScannerConfig = {}) {
    const errors: string[] = [];
    const cfg = typeof config === 'object' && config !== null ? config : {};
    const disabled = new Set<string>();
    stringList(cfg.disabledRules, 'disabledRules', errors, id =>
      disabled.add(id)
    );
    const rules: IRule[] = builtinRules.filter(rule => !disabled.has(rule.id));
    const taken = new Set(builtinRules.map(rule => rule.id));
    const custom = Array.isArray(cfg.customRules) ? cfg.customRules : [];
    custom.forEach((entry, i) => {
      const compiled = compileCustomRule(entry, i, taken);
      if ('error' in compiled) {
        errors.push(compiled.error);
        return;
      }
      taken.add(compiled.rule.id);
      if (!disabled.has(compiled.rule.id)) {
        rules.push(compiled.rule);
      }
    });
    disabled.forEach(id => {
      if (!taken.has(id)) {
        errors.push(`disabledRules: no rule has the id "${id}"`);
      }
    });
    const allowlist: RegExp[] = [];
    stringList(cfg.allowlist, 'allowlist', errors, (source, i) => {
      const regex = compileChecked(source);
      if (typeof regex === 'string') {
        errors.push(`allowlist[${i}] ("${source}"): ${regex}`);
      } else {
        allowlist.push(regex);
      }
    });
    this.rules = rules;
    this.configErrors = errors;
    this._index = new RuleIndex(rules);
    this._options = { allowlist, priorities: priorityMap(rules) };
  }

  /** The active rules: built-in ones not disabled, then valid custom ones. */
  readonly rules: readonly IRule[];

  /** One clear message per rejected settings entry. */
  readonly configErrors: readonly string[];

  /** Scan any text (a cell source, a .py/.env/.yaml file); honours inline markers. */
  scanText(text: string): IFinding[] {
    if (typeof text !== 'string') {
      return [];
    }
    return scan(text, this._index, this._options);
  }

  /** Scan a cell's source; also honours the cell's `credential_guard.allow` metadata. */
  scanCellSource(source: string, cellMetadata?: unknown): IFinding[] {
    return suppressByMetadata(this.scanText(source), cellMetadata);
  }

  /**
   * Scan one nbformat output. Offsets are into `outputText(output)`; a value shown in
   * several mime types is reported once. Style sheets and SVG drawings in HTML are
   * skipped (see `htmlSkips`).
   *
   * @param cellSource - the source of the output's cell: with it, the rules that judge an
   *   output by its source (a value printed alone, read from a credential) run too
   */
  scanOutput(
    output: unknown,
    cellMetadata?: unknown,
    cellSource?: string
  ): IFinding[] {
    const read = outputParts(output);
    let found = scanParts(read.parts, read.skips, this._index, this._options);
    if (typeof cellSource === 'string' && this._index.hasCellRules) {
      const more = this._scanWithSource(read, cellSource);
      if (more.length > 0) {
        found = dedupe(found.concat(more), this._options.priorities);
      }
    }
    return suppressByMetadata(firstByFingerprint(found), cellMetadata);
  }

  /** Scan a parsed nbformat notebook; never throws. */
  scanNotebook(notebook: unknown): INotebookScanResult {
    try {
      return scanNotebookWith(notebook, {
        source: (text, metadata) => this.scanCellSource(text, metadata),
        output: (output, metadata, source) =>
          this.scanOutput(output, metadata, source)
      });
    } catch (error) {
      return {
        findings: [],
        errors: [`could not be scanned: ${String(error)}`]
      };
    }
  }

  /** Scan raw `.ipynb` text; invalid JSON and other problems become `errors`. */
  scanNotebookJson(json: string): INotebookScanResult {
    if (typeof json !== 'string') {
      return {
        findings: [],
        errors: ['not a notebook: expected the file text']
      };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      return { findings: [], errors: [jsonErrorMessage(error, json)] };
    }
    return this.scanNotebook(parsed);
  }

  /** The `'cell-output'` findings of a short output (a value alone is short). */
  private _scanWithSource(read: IOutputParts, source: string): IFinding[] {
    let size = 0;
    for (const part of read.parts) {
      size += part.length;
    }
    if (size === 0 || size > PRINTED_OUTPUT_MAX) {
      return [];
    }
    return scanParts(read.parts, read.skips, this._index, {
      ...this._options,
      cellSource: source
    });
  }

  private _index: RuleIndex;
  private _options: {
    allowlist: RegExp[];
    priorities: Map<string, number>;
  };
}

/** Visit the non-empty strings of a settings list in order; report anything else. */
function stringList(
  value: unknown,
  name: string,
  errors: string[],
  visit: (item: string, index: number) => void
): void {
  if (value === undefined || value === null) {
    return;
  }
  if (!Array.isArray(value)) {
    errors.push(`${name}: expected a list of strings`);
    return;
  }
  value.forEach((item, i) => {
    if (typeof item === 'string' && item !== '') {
      visit(item, i);
    } else {
      errors.push(`${name}[${i}]: expected a non-empty string`);
    }
  });
}
