import {
  classEnd,
  closing,
  GROUP_OPENER,
  minOf,
  QUANTIFIER,
  quantifierMax
} from './regex-tokens';

/** Unbounded quantifiers (`*`, `+`, `{n,}`) are capped at this many repetitions. */
export const MAX_REPEAT = 256;

/** The outcome of checking a regex source. */
export interface IRegexCheck {
  /** Why the pattern is rejected; absent when it is accepted. */
  error?: string;
  /** The source to compile: unbounded quantifiers rewritten as `{n,256}`. */
  source: string;
}

interface IGroupState {
  /** Contains a quantifier (any, including `?`). */
  quantified: boolean;
  /** Contains an unbounded quantifier. */
  unbounded: boolean;
  alternation: boolean;
  lookbehind: boolean;
}

/**
 * A conservative static check that a regex source runs in linear time.
 *
 * Rejects what can backtrack catastrophically: a repeated group that itself repeats
 * (`(a+)+`, `(.*)*`, `(a?)*`), alternation under a repeat (`(a|a)*`), backreferences,
 * and quantifiers inside lookbehind. Accepted patterns get their unbounded quantifiers
 * capped (`+` → `{1,256}`), so even `a+b` scans a line in bounded work per position.
 * Safe patterns may be rejected too; the message says how to rewrite them.
 *
 * @param source - the admin's pattern, without slashes or flags
 */
export function checkRegexSource(source: string): IRegexCheck {
  const stack: IGroupState[] = [newGroup(false)];
  let out = '';
  let last: IGroupState | 'atom' | null = null;
  let i = 0;
  const fail = (why: string): IRegexCheck => ({ error: why, source });
  while (i < source.length) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) {
        return fail('it ends with a lone backslash');
      }
      if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) {
        return fail(
          'backreferences (\\1, \\k<name>) can take exponential time'
        );
      }
      let end = i + 2;
      if (
        (next === 'p' || next === 'P' || next === 'u') &&
        source[end] === '{'
      ) {
        end = closing(source, end, '}');
      }
      out += source.slice(i, end);
      i = end;
      last = 'atom';
      continue;
    }
    if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) {
        return fail('a character class [ is never closed');
      }
      out += source.slice(i, end);
      i = end;
      last = 'atom';
      continue;
    }
    if (c === '(') {
      const behind =
        source.startsWith('(?<=', i) || source.startsWith('(?<!', i);
      stack.push(newGroup(behind || stack.some(g => g.lookbehind)));
      // Copy the group's opener whole, so its `?` is not read as a quantifier.
      const opener = GROUP_OPENER.exec(source.slice(i, i + 64))![0];
      out += opener;
      i += opener.length;
      last = null;
      continue;
    }
    if (c === ')') {
      if (stack.length === 1) {
        return fail('a ) has no matching (');
      }
      const group = stack.pop()!;
      const parent = stack[stack.length - 1];
      parent.quantified = parent.quantified || group.quantified;
      parent.unbounded = parent.unbounded || group.unbounded;
      out += c;
      i++;
      last = group;
      continue;
    }
    if (c === '|') {
      top.alternation = true;
      out += c;
      i++;
      last = null;
      continue;
    }
    const q = QUANTIFIER.exec(source.slice(i, i + 16));
    if (q && !(c === '{' && last === null)) {
      if (last === null) {
        return fail(`the quantifier "${q[0]}" has nothing to repeat`);
      }
      const max = quantifierMax(q);
      const unbounded = max === Infinity;
      if (top.lookbehind) {
        return fail('quantifiers inside a lookbehind can backtrack heavily');
      }
      if (last !== 'atom' && max > 1) {
        if (last.unbounded || (unbounded && last.quantified)) {
          return fail(
            `nested quantifier: a repeated group "(…)${q[0]}" contains another repeat; ` +
              'this can backtrack catastrophically'
          );
        }
        if (last.alternation) {
          return fail(
            `alternation under a quantifier "(…|…)${q[0]}" can backtrack catastrophically; ` +
              'use a character class or list the alternatives without repeating them'
          );
        }
      }
      top.quantified = true;
      top.unbounded = top.unbounded || unbounded;
      out += unbounded ? `{${minOf(q)},${MAX_REPEAT}}` : q[0];
      i += q[0].length;
      if (source[i] === '?') {
        out += '?';
        i++;
      }
      last = null;
      continue;
    }
    out += c;
    i++;
    last = c === '^' || c === '$' ? null : 'atom';
  }
  if (stack.length > 1) {
    return fail('a ( is never closed');
  }
  return { source: out };
}

function newGroup(lookbehind: boolean): IGroupState {
  return {
    quantified: false,
    unbounded: false,
    alternation: false,
    lookbehind
  };
}
