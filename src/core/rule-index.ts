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
    this._finder = new KeywordFinder(this._finderIds.map(i => keywords[i]));
    this._keywords = keywords;
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
   */
  cellCandidates(source: string): IRule[] {
    if (this._cellRules.length === 0 || typeof source !== 'string') {
      return [];
    }
    const lower = source.toLowerCase();
    return this._cellRules.filter(
      rule =>
        rule.keywords.length === 0 ||
        rule.keywords.some(k => lower.indexOf(k.toLowerCase()) !== -1)
    );
  }

  /**
   * The rules with at least one keyword in `text` (case-insensitive), plus rules without
   * keywords, which always run; in the order given.
   *
   * Notes: the work goes by the keywords found, not by the rules: a text names a few of
   * the hundreds of keywords, and a re-scan per keystroke asks this every time.
   */
  candidates(text: string): IRule[] {
    const picked = this._picked;
    const chosen: number[] = this._always.slice();
    const take = (keyword: number): void => {
      for (const r of this._rulesOf[keyword]) {
        if (picked[r] === 0) {
          picked[r] = 1;
          chosen.push(r);
        }
      }
    };
    for (const j of this._finder.foundIds(text)) {
      take(this._finderIds[j]);
    }
    if (this._slowIds.length > 0) {
      const lower = text.toLowerCase();
      for (const id of this._slowIds) {
        if (lower.indexOf(this._keywords[id]) !== -1) {
          take(id);
        }
      }
    }
    chosen.sort((a, b) => a - b);
    const out: IRule[] = [];
    for (const r of chosen) {
      picked[r] = 0;
      out.push(this._textRules[r]);
    }
    return out;
  }

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
