/**
 * The data that flows through the detection core: rules in, findings out.
 *
 * Nothing here may import JupyterLab, Lumino, CodeMirror, the DOM or Node: the same
 * code runs in the browser, in jest and in the command-line scanner.
 */

/** How serious a finding is: `error` is a live credential, `info` a low-risk note. */
export type Severity = 'error' | 'warning' | 'info';

/** Labelled samples a rule carries to prove itself (see the shared rules spec). */
export interface IRuleSamples {
  /** Texts in which the rule must report at least one finding. */
  positive: string[];
  /** Texts in which the rule must report nothing. */
  negative: string[];
}

/** One detection rule: data plus its own samples. */
export interface IRule {
  /** Kebab-case id, the same as the rule's file name. */
  id: string;
  /** Short human name of the credential type, e.g. "GitHub token". */
  title: string;
  severity: Severity;
  /** Why keeping this credential on a shared hub is risky (one or two sentences). */
  description: string;
  /** What to do instead, and how to revoke or rotate it if it was already shared. */
  remediation: string;
  /** The provider's page for revoking or rotating this credential, when there is one. */
  revokeUrl?: string;
  /** A sensible environment variable name for the "replace with environment lookup" fix. */
  envName?: string;
  /** Cheap, case-insensitive substrings: the regex runs only when one of them occurs. */
  keywords: string[];
  /** Global, linear-time pattern. */
  pattern: RegExp;
  /**
   * Every match starts at most this many characters before an occurrence of one of the
   * rule's keywords (case-insensitive): the pattern is then tried only there (see
   * `ruleMatches`). For patterns that open with a long alternation of names.
   */
  keywordWithin?: number;
  /**
   * A string the text must contain, case and all, before any pattern runs: one native
   * `indexOf`, far cheaper than a regex pass (the `@` of a password in a URL, the upper-
   * case prefix of a key whose keyword is found case-insensitively in `dask` and `mask`).
   */
  mustContain?: string;
  /**
   * A quick, non-global pattern the text must contain before `pattern` runs: for rules
   * whose keyword is common (`://`) but whose match is rare (a password before the `@`).
   */
  prefilter?: RegExp;
  /**
   * Cheaper patterns for texts in which a `context` (non-global) occurs nowhere: the first
   * entry whose context is absent gives the pattern. Each has the same capture groups,
   * without the branches whose matches need that context and so could only be rejected
   * there. A rule that accepts a generic name (`token = …`) when the service is named
   * nearby runs the generic branch only where the service is named.
   */
  narrow?: readonly {
    /** Non-global; a list means every one of them is absent. */
    context: RegExp | readonly RegExp[];
    pattern: RegExp;
  }[];
  /**
   * The capture group that is the secret (0 = the whole match). When a pattern has
   * alternatives and this group did not take part, the first later group that did is used.
   */
  secretGroup?: number;
  /** Minimum Shannon entropy (bits per character) of the secret; drops placeholders. */
  minEntropy?: number;
  /**
   * Extra check on a candidate (checksum, decoded JWT header, context); return false to
   * drop it, or a severity to override the rule's own.
   */
  validate?: (secret: string, context: IMatchContext) => boolean | Severity;
  /**
   * When two rules report overlapping spans, the higher priority wins (default 0).
   * Specific rules (a GitHub token) outrank generic ones (any `api_key = "…"`), which use -1.
   */
  priority?: number;
  /**
   * `'cell-output'`: the rule judges an output by the source of its cell (a value printed
   * alone, read from a credential). It runs only on outputs scanned with that source
   * (`Scanner.scanOutput(output, metadata, source)`); its keywords are looked for in the
   * source, `validate` sees it as `context.cellSource`, and each sample is a source and an
   * output joined by `CELL_OUTPUT_MARK`. Default `'text'`: any text on its own.
   */
  scope?: 'text' | 'cell-output';
  samples: IRuleSamples;
}

/** Joins the source and the output of a `'cell-output'` rule's samples. */
export const CELL_OUTPUT_MARK = '\n# Out:\n';

/** A `'cell-output'` sample split into its cell source and output text. */
export function splitCellSample(sample: string): {
  source: string;
  output: string;
} {
  const at = sample.indexOf(CELL_OUTPUT_MARK);
  return at === -1
    ? { source: '', output: sample }
    : {
        source: sample.slice(0, at),
        output: sample.slice(at + CELL_OUTPUT_MARK.length)
      };
}

/** What `IRule.validate` can see around a candidate. */
export interface IMatchContext {
  /** The whole text being scanned. */
  text: string;
  /** Offsets of the secret in `text`. */
  start: number;
  end: number;
  /** The full regex match. */
  match: RegExpExecArray;
  /** For `'cell-output'` rules: the source of the cell the output belongs to. */
  cellSource?: string;
}

/** One credential found in one text. Offsets are into that text; line and column are 1-based. */
export interface IFinding {
  ruleId: string;
  title: string;
  severity: Severity;
  start: number;
  end: number;
  line: number;
  column: number;
  /** The secret with all but a few characters replaced: safe to show anywhere. */
  masked: string;
  /** Stable, one-way id of (rule, secret): safe to store in cell metadata. */
  fingerprint: string;
}

/** Where in a notebook cell a finding is, as reports write it: `source` or `outputs[i]`. */
export type CellPart = 'source' | `outputs[${number}]`;

/** Where in a notebook cell a finding is, for code to read. */
export type CellLocation =
  | { readonly part: 'source' }
  | { readonly part: 'output'; readonly index: number };

/** A finding in a notebook, with its cell. */
export interface INotebookFinding extends IFinding {
  /** 0-based cell index. */
  cell: number;
  /** nbformat cell id, when the notebook has them. */
  cellId: string | null;
  /** The place in the cell, as reports write it. */
  where: CellPart;
  /** The same place, structured. */
  location: CellLocation;
}

/** The place of every source finding. */
export const SOURCE_LOCATION: CellLocation = { part: 'source' };

/**
 * The report form of a place in a cell.
 */
export function cellPart(location: CellLocation): CellPart {
  return location.part === 'source' ? 'source' : `outputs[${location.index}]`;
}
