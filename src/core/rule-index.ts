import { IRule } from './types';

/**
 * The keyword prefilter: which rules are worth running on a text.
 *
 * Built once per rule set. For each text it lower-cases once and looks each distinct
 * keyword up at most once (several rules share `password`, `token`, `key`…), so a
 * re-scan of an ordinary cell runs only the few regexes whose keywords occur in it.
 */
export class RuleIndex {
  constructor(rules: readonly IRule[]) {
    this.rules = rules;
    const ids = new Map<string, number>();
    this._ruleKeywords = rules.map(rule =>
      rule.keywords.map(keyword => {
        const k = keyword.toLowerCase();
        let id = ids.get(k);
        if (id === undefined) {
          id = ids.size;
          ids.set(k, id);
          this._keywords.push(k);
        }
        return id;
      })
    );
  }

  /** The rules, in the order given. */
  readonly rules: readonly IRule[];

  /**
   * The rules with at least one keyword in `text` (case-insensitive), plus rules without
   * keywords, which always run.
   */
  candidates(text: string): IRule[] {
    const lower = text.toLowerCase();
    // 0 = not looked up yet, 1 = absent, 2 = present.
    const seen = new Uint8Array(this._keywords.length);
    const out: IRule[] = [];
    for (let r = 0; r < this.rules.length; r++) {
      const keywordIds = this._ruleKeywords[r];
      let hit = keywordIds.length === 0;
      for (let i = 0; i < keywordIds.length && !hit; i++) {
        const id = keywordIds[i];
        if (seen[id] === 0) {
          seen[id] = lower.indexOf(this._keywords[id]) === -1 ? 1 : 2;
        }
        hit = seen[id] === 2;
      }
      if (hit) {
        out.push(this.rules[r]);
      }
    }
    return out;
  }

  private _keywords: string[] = [];
  private _ruleKeywords: number[][];
}
