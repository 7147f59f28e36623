import { IMatchContext, IRule } from '../types';
import { looksLikeCode, near, randomLooking } from './shared';

/**
 * What separates a name from its value: `=`, `:`, `:=`, `=>`, a space (`%env NAME v`,
 * `export NAME v`), or the opening of a call with an optional keyword
 * (`cohere.Client("…")`, `Client(api_key="…")`), then an optional string prefix and quote.
 * Every part is bounded, so the pattern stays linear.
 */
export const SEPARATOR = `\\\\?["']?\\]?(?:\\s{0,3}(?::=|=>|[:=])\\s{0,3}|[ \\t]{1,3}|\\(\\s{0,3}(?:[A-Za-z_]{1,20}\\s{0,3}=\\s{0,3})?)[rRbBuUfF]{0,2}\\\\?["']?`;

/** An optional authorization scheme before the value: `"Authorization": "Bearer …"`. */
const SCHEME = '(?:(?:token|bearer|basic|api-key)[ \\t]{1,3})?';

/** Names that hold a credential when the service is named nearby (its host, its client). */
export const SECRET_NAMES =
  'api[_-]?key|apikey|api[_-]?token|access[_-]?token|auth[_-]?token|token|secret|client[_-]?secret|password|key|pat|personal[_-]?access[_-]?token|authorization';

/** Options of `namedValue`. */
export interface INamedValueOptions {
  /**
   * Regex source of the service's own word at the start of a name (`cohere`,
   * `zenodo`): `COHERE_API_KEY = …`, `cohere.Client("…")`, `"zenodo_token": …`.
   */
  vendor: string;
  /** Regex source of the value's shape (no capture groups). */
  value: string;
  /** Characters that may not follow the value (a character class source). */
  after?: string;
  /**
   * When given, a value under a generic name (`access_token`, `api_key`, `token`…) also
   * counts, if this pattern (a host, a client class) occurs within `radius` characters.
   */
  context?: RegExp;
  radius?: number;
  /** Minimum entropy for `randomLooking` (default 3). */
  minEntropy?: number;
  /** An extra check of the value (mixed case for base62 keys, a decoded structure…). */
  check?: (secret: string) => boolean;
  /**
   * Replaces the `randomLooking` test, for values that need not mix letters and digits
   * (a key of letters only, a password).
   */
  random?: (secret: string) => boolean;
  /**
   * Regex source of the ways the vendor's own tools take the value (an SDK call with the
   * key as an argument, a CLI flag), with exactly one capture group: the value.
   */
  call?: string;
  /**
   * When given, the name in front of a value must match it: `secret` for a vendor whose
   * key is the public half of a pair, `token|key` for a vendor whose other settings are ids.
   */
  name?: RegExp;
}

/**
 * The pattern, secret group and check of a rule for an unprefixed key recognised by the
 * name it is assigned to: a name starting with the service's word, or (with `context`) a
 * generic secret name next to the service's host or client.
 *
 * Notes: the value must look random (letters and digits, not a word, a variable or a
 * path) and not be code (`os.environ[…]`, `getpass()`).
 */
export function namedValue(
  options: INamedValueOptions
): Pick<IRule, 'pattern' | 'narrow' | 'secretGroup' | 'validate'> {
  const after = options.after ?? 'A-Za-z0-9_\\-';
  const generic = options.context ? `|(?<![A-Za-z0-9])(?:${SECRET_NAMES})` : '';
  const call = options.call ? `|${options.call}` : '';
  const source = (names: string): string =>
    `(?:(${options.vendor})[A-Za-z0-9_.-]{0,24}${names})${SEPARATOR}${SCHEME}(${options.value})(?![${after}])${call}`;
  const pattern = new RegExp(source(generic), 'gi');
  // Where the service is named nowhere, a generic name cannot pass `near`: leave it out.
  const narrow = options.context
    ? [
        {
          context: new RegExp(
            options.context.source,
            options.context.flags.replace(/[gy]/g, '')
          ),
          pattern: new RegExp(source(''), 'gi')
        }
      ]
    : undefined;
  const minEntropy = options.minEntropy ?? 3;
  return {
    pattern,
    narrow,
    secretGroup: 2,
    validate: (secret: string, context: IMatchContext): boolean => {
      const random = options.random
        ? options.random(secret)
        : randomLooking(secret, minEntropy);
      if (
        !random ||
        looksLikeCode(secret, context) ||
        (options.check && !options.check(secret))
      ) {
        return false;
      }
      if (context.match[3] !== undefined) {
        return true; // the vendor's own call or command
      }
      const name = context.match[0].slice(
        0,
        context.start - context.match.index
      );
      if (options.name && !options.name.test(name)) {
        return false;
      }
      if (context.match[1] !== undefined) {
        // The vendor word must start a name, not end another (`unzenodo`).
        const at = context.match.index;
        return !/[A-Za-z0-9]/.test(context.text[at - 1] ?? '');
      }
      return near(context, options.context!, options.radius ?? 300);
    }
  };
}

/** Options of `markedNamedValue`. */
export interface IMarkedValueOptions extends Omit<INamedValueOptions, 'call'> {
  context: RegExp;
  /**
   * Regex sources of the ways a value is written without the vendor's name before it (a
   * connection string, a client call), each ending where the value starts.
   */
  ways: readonly string[];
  /** Among `ways`, the look-ahead that finds the vendor's identifiable format anywhere. */
  identifiable: string;
  /** The identifiable format's fixed characters (`ACDb`, `AzSe`, `+ACR`), case and all. */
  marker: RegExp;
}

/**
 * `namedValue` for a key that also has an identifiable format, found anywhere by a
 * look-ahead among its `ways` (Microsoft's keys carry a fixed marker near their end).
 *
 * Notes: that look-ahead is tried at every word start, the most expensive part of the
 * pattern on a long output, so it runs only in texts that hold the marker, as the
 * generic-name branch runs only in texts that name the service (`narrow`: neither, only
 * the service, only the marker; otherwise all of it).
 */
export function markedNamedValue(
  options: IMarkedValueOptions
): Pick<IRule, 'pattern' | 'narrow' | 'secretGroup' | 'validate'> {
  const after = options.after ?? 'A-Za-z0-9_\\-';
  const withWays = (ways: readonly string[]) =>
    namedValue({
      ...options,
      call: `(?:${ways.join('|')})(${options.value})(?![${after}])`
    });
  const all = withWays(options.ways);
  const unmarked = withWays(
    options.ways.filter(way => way !== options.identifiable)
  );
  // The service's context as namedValue compiled it (non-global).
  const service = all.narrow![0].context as RegExp;
  return {
    ...all,
    narrow: [
      {
        context: [options.marker, service],
        pattern: unmarked.narrow![0].pattern
      },
      { context: options.marker, pattern: unmarked.pattern },
      { context: service, pattern: all.narrow![0].pattern }
    ]
  };
}
