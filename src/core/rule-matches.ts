import { IRule } from './types';

/**
 * The matches of a rule's global `pattern` in `text`, one per call, then `null`: the same
 * matches, in the same order, as a loop of `pattern.exec`.
 *
 * Notes: a rule with `keywordWithin` is not tried at every position of the text. Its
 * keywords are looked for first (one pass of a literal alternation), and a sticky copy
 * of the pattern is tried only where a match can start: up to `keywordWithin` characters
 * before an occurrence. A pattern that begins with a long case-insensitive alternation
 * of names costs V8 work at every position, and in a long output the names occur a few
 * times, so this is where the generic rules spent most of their time. Nothing else
 * changes: a match can only start at a position that is tried, positions are tried in
 * order, and a match is skipped over as the global search would.
 *
 * @param positions - where the rule's keywords occur, in order, when the keyword
 *   prefilter already knows (see `RuleIndex.keywordPositions`): then they are not
 *   searched for again
 */
export function ruleMatches(
  rule: IRule,
  pattern: RegExp,
  text: string,
  positions?: readonly number[] | null
): () => RegExpExecArray | null {
  const within = rule.keywordWithin;
  if (within === undefined || rule.keywords.length === 0) {
    pattern.lastIndex = 0;
    return () => {
      const match = pattern.exec(text);
      if (match !== null && match[0].length === 0) {
        pattern.lastIndex++; // never loop on an empty match
      }
      return match;
    };
  }
  const sticky = stickyCopy(pattern);
  const next = occurrences(rule, text, positions);
  let at = 0; // the next position to try
  let last = -1; // the last position that an occurrence found so far allows
  return () => {
    for (;;) {
      if (at > last) {
        const found = next();
        if (found === -1) {
          return null;
        }
        at = Math.max(at, found - within);
        last = found;
        continue;
      }
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match !== null) {
        at = match.index + Math.max(1, match[0].length);
        return match;
      }
      at++;
    }
  };
}

/** The positions of the rule's keywords in `text`, in order, one per call, then -1. */
function occurrences(
  rule: IRule,
  text: string,
  positions?: readonly number[] | null
): () => number {
  if (positions) {
    let i = 0;
    return () => (i < positions.length ? positions[i++] : -1);
  }
  const keywords = keywordPattern(rule);
  keywords.lastIndex = 0;
  return () => {
    const found = keywords.exec(text);
    if (found === null) {
      return -1;
    }
    // Occurrences may overlap (`pass`, `passwd`): look again one character on.
    keywords.lastIndex = found.index + 1;
    return found.index;
  };
}

const KEYWORDS = new WeakMap<IRule, RegExp>();
const STICKY = new WeakMap<RegExp, RegExp>();

/** The rule's keywords as one global, case-insensitive alternation of literals. */
function keywordPattern(rule: IRule): RegExp {
  let regex = KEYWORDS.get(rule);
  if (regex === undefined) {
    const escaped = rule.keywords.map(k =>
      k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    );
    regex = new RegExp(escaped.join('|'), 'gi');
    KEYWORDS.set(rule, regex);
  }
  return regex;
}

/** `pattern`, anchored where `lastIndex` is: the same source, `y` for `g`. */
function stickyCopy(pattern: RegExp): RegExp {
  let regex = STICKY.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
    STICKY.set(pattern, regex);
  }
  return regex;
}
