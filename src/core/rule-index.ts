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
    this._ruleKeywords = rules.map(rule =>
      rule.keywords.map(keyword => {
        const k = keyword.toLowerCase();
        let id = ids.get(k);
        if (id === undefined) {
          id = keywords.length;
          ids.set(k, id);
          keywords.push(k);
        }
        return id;
      })
    );
    // Single-character or non-ASCII keywords (possible in custom rules) fall back to indexOf.
    this._slow = keywords.map(k => k.length < 2 || /[^\x20-\x7e]/.test(k));
    this._finder = new KeywordFinder(
      keywords.filter((_k, i) => !this._slow[i])
    );
    this._finderIds = [];
    keywords.forEach((_k, i) => {
      if (!this._slow[i]) {
        this._finderIds.push(i);
      }
    });
    this._keywords = keywords;
    this._anySlow = this._slow.some(slow => slow);
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
   * keywords, which always run.
   */
  candidates(text: string): IRule[] {
    const present = this._present(text);
    const out: IRule[] = [];
    for (let r = 0; r < this._textRules.length; r++) {
      const ids = this._ruleKeywords[r];
      let hit = ids.length === 0;
      for (let k = 0; k < ids.length && !hit; k++) {
        hit = present[ids[k]] === 1;
      }
      if (hit) {
        out.push(this._textRules[r]);
      }
    }
    return out;
  }

  /** Keyword id → 1 when it occurs in `text`. */
  private _present(text: string): Uint8Array {
    const found = this._finder.find(text);
    if (!this._anySlow) {
      return found; // the finder's ids are the keyword ids (the usual case: built-in rules)
    }
    const present = new Uint8Array(this._keywords.length);
    for (let j = 0; j < found.length; j++) {
      present[this._finderIds[j]] = found[j];
    }
    let lower: string | null = null;
    for (let i = 0; i < this._slow.length; i++) {
      if (this._slow[i]) {
        lower = lower ?? text.toLowerCase();
        present[i] = lower.indexOf(this._keywords[i]) === -1 ? 0 : 1;
      }
    }
    return present;
  }

  private _textRules: readonly IRule[];
  private _cellRules: readonly IRule[];
  private _keywords: string[];
  private _ruleKeywords: number[][];
  private _slow: boolean[];
  private _anySlow: boolean;
  private _finder: KeywordFinder;
  private _finderIds: number[];
}
