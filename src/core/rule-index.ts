import { KeywordFinder } from './keyword-finder';
import { IRule } from './types';

/**
 * The keyword prefilter: which rules are worth running on a text.
 *
 * Built once per rule set. All distinct keywords are looked for in one pass over the text
 * (see `KeywordFinder`), so a re-scan of an ordinary cell runs only the few regexes whose
 * keywords occur in it.
 */
export class RuleIndex {
  constructor(all: readonly IRule[]) {
    this.rules = all;
    // Rules that judge an output by its cell's source are kept apart: a text alone never
    // runs them, and their keywords are looked for in the source (see `cellCandidates`).
    const rules = all.filter(rule => rule.scope !== 'cell-output');
    this._textRules = rules;
    this._cellRules = all.filter(rule => rule.scope === 'cell-output');
    const ids = new Map<string, number>();
    const keywords: string[] = [];
    this._rulesOf = [];
    this._always = [];
    rules.forEach((rule, r) => {
      if (rule.keywords.length === 0) {
        this._always.push(r);
      }
      for (const keyword of rule.keywords) {
        const k = keyword.toLowerCase();
        let id = ids.get(k);
        if (id === undefined) {
          id = keywords.length;
          ids.set(k, id);
          keywords.push(k);
          this._rulesOf.push([]);
        }
        if (!this._rulesOf[id].includes(r)) {
          this._rulesOf[id].push(r);
        }
      }
    });
    this._picked = new Uint8Array(rules.length);
    // Single-character or non-ASCII keywords (possible in custom rules) fall back to indexOf.
    const slow = keywords.map(k => k.length < 2 || /[^\x20-\x7e]/.test(k));
    this._finderIds = [];
    this._slowIds = [];
    keywords.forEach((_k, i) =>
      (slow[i] ? this._slowIds : this._finderIds).push(i)
    );
    // The keywords of `keywordWithin` rules are kept with every position they occur at,
    // so those rules are tried there without a search of their own (see `ruleMatches`).
    const positional = new Set<number>();
    for (const rule of rules) {
      if (rule.keywordWithin !== undefined) {
        const own = rule.keywords.map(k => ids.get(k.toLowerCase())!);
        this._keywordIds.set(rule, own);
        own.forEach(id => positional.add(id));
      }
    }
    this._finderOf = new Map(this._finderIds.map((id, j) => [id, j]));
    this._finder = new KeywordFinder(
      this._finderIds.map(i => keywords[i]),
      this._finderIds.map(i => positional.has(i))
    );
    this._keywords = keywords;
  }

  /**
   * Where the keywords of `rule` (a `keywordWithin` rule) occur in `text`, in order, as
   * the prefilter found them; null when not known: `text` is not the one `candidates`
   * was last asked about, was not all ASCII, or a keyword is not the finder's.
   */
  keywordPositions(rule: IRule, text: string): readonly number[] | null {
    const own = this._keywordIds.get(rule);
    if (own === undefined || text !== this._lastText) {
      return null;
    }
    let all: number[] = [];
    for (const id of own) {
      const j = this._finderOf.get(id);
      const list = j === undefined ? null : this._finder.positions(j);
      if (list === null) {
        return null;
      }
      all = all.concat(list);
    }
    if (own.length > 1) {
      all.sort((a, b) => a - b);
    }
    return all;
  }

  /** The rules, in the order given. */
  readonly rules: readonly IRule[];

  /** Whether some rule judges outputs by their cell's source. */
  get hasCellRules(): boolean {
    return this._cellRules.length > 0;
  }

  /**
   * The `'cell-output'` rules with a keyword in `source`, the source of the cell whose
   * output is scanned. There are few of them, so a plain search suffices.
   *
   * Notes: a cell's outputs ask one after another with the same source, so the last
   * answer is kept rather than lower-casing the source again for each output.
   */
  cellCandidates(source: string): readonly IRule[] {
    if (this._cellRules.length === 0 || typeof source !== 'string') {
      return [];
    }
    if (source !== this._lastSource) {
      const lower = source.toLowerCase();
      this._lastCells = this._cellRules.filter(
        rule =>
          rule.keywords.length === 0 ||
          rule.keywords.some(k => lower.indexOf(k.toLowerCase()) !== -1)
      );
      this._lastSource = source;
    }
    return this._lastCells;
  }

  /**
   * The rules with at least one keyword in `text` (case-insensitive), plus rules without
   * keywords, which always run; in the order given.
   *
   * Notes: the work goes by the keywords found, not by the rules: a text names a few of
   * the hundreds of keywords, and a re-scan per keystroke asks this every time.
   */
  candidates(text: string): IRule[] {
    this._lastText = text;
    const chosen: number[] = this._always.slice();
    for (const j of this._finder.foundIds(text)) {
      this._take(this._finderIds[j], chosen);
    }
    if (this._slowIds.length > 0) {
      const lower = text.toLowerCase();
      for (const id of this._slowIds) {
        if (lower.indexOf(this._keywords[id]) !== -1) {
          this._take(id, chosen);
        }
      }
    }
    chosen.sort((a, b) => a - b);
    const out: IRule[] = [];
    for (const r of chosen) {
      this._picked[r] = 0;
      out.push(this._textRules[r]);
    }
    return out;
  }

  /** Add the rules of keyword `id` to `chosen`, each once. */
  private _take(id: number, chosen: number[]): void {
    for (const r of this._rulesOf[id]) {
      if (this._picked[r] === 0) {
        this._picked[r] = 1;
        chosen.push(r);
      }
    }
  }

  private _lastText: string | null = null;
  /** The keyword ids of each `keywordWithin` rule. */
  private _keywordIds = new Map<IRule, number[]>();
  /** Keyword id → the finder's id for it. */
  private _finderOf: Map<number, number>;
  private _lastSource: string | null = null;
  private _lastCells: readonly IRule[] = [];
  private _textRules: readonly IRule[];
  private _cellRules: readonly IRule[];
  private _keywords: string[];
  /** Keyword id → the indexes (into `_textRules`) of the rules that name it. */
  private _rulesOf: number[][];
  /** The rules without keywords, which run on every text. */
  private _always: number[];
  /** Rule index → 1 while `candidates` collects it; all 0 between calls. */
  private _picked: Uint8Array;
  /** The finder's ids → keyword ids. */
  private _finderIds: number[];
  /** Keywords the finder cannot take, looked up with `indexOf`. */
  private _slowIds: number[];
  private _finder: KeywordFinder;
}
