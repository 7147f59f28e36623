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
  constructor(rules: readonly IRule[]) {
    this.rules = rules;
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

  /**
   * The rules with at least one keyword in `text` (case-insensitive), plus rules without
   * keywords, which always run.
   */
  candidates(text: string): IRule[] {
    const present = this._present(text);
    const out: IRule[] = [];
    for (let r = 0; r < this.rules.length; r++) {
      const ids = this._ruleKeywords[r];
      let hit = ids.length === 0;
      for (let k = 0; k < ids.length && !hit; k++) {
        hit = present[ids[k]] === 1;
      }
      if (hit) {
        out.push(this.rules[r]);
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

  private _keywords: string[];
  private _ruleKeywords: number[][];
  private _slow: boolean[];
  private _anySlow: boolean;
  private _finder: KeywordFinder;
  private _finderIds: number[];
}
