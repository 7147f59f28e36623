import { IRule, IRuleSamples } from '../types';

/** Options of `badChecksumRule`. */
export interface IBadChecksumOptions {
  /** The vendor's token name, as in "GitHub token". */
  name: string;
  /** Whether a candidate's checksum (or other offline structure check) holds. */
  valid: (secret: string) => boolean;
  /** Where to revoke it, for the remediation text. */
  where: string;
  samples: IRuleSamples;
}

/**
 * The companion of a checksummed vendor rule: the same prefix and shape, but a checksum
 * that does not match, reported under `<id>-bad-checksum` as the vendor's token with a
 * lower severity, so that the person who typed or pasted it hears "GitHub token", not
 * "hard-coded API key".
 *
 * Notes: a warning, not a note, because a real token with a one-character typo is
 * recovered in a few thousand offline tries of the checksum. The priority (0) outranks
 * `generic-api-key` (-1) in dedupe, which therefore does not report the same span.
 */
export function badChecksumRule(
  rule: IRule,
  options: IBadChecksumOptions
): IRule {
  return {
    id: `${rule.id}-bad-checksum`,
    title: `${options.name} with a wrong checksum (may be a placeholder or a typo)`,
    severity: 'warning',
    description: `This value has the prefix and shape of ${article(options.name)} ${options.name} but its built-in checksum does not match: it may be a placeholder or a typo, and a mistyped real token is easily corrected with the checksum.`,
    remediation: `If it is a real token, even mistyped, read it from an environment variable or the hub secret store and revoke it in ${options.where}. If it is a placeholder, use an obvious one (a run of x) instead.`,
    revokeUrl: rule.revokeUrl,
    envName: rule.envName,
    keywords: rule.keywords,
    pattern: new RegExp(rule.pattern.source, rule.pattern.flags),
    secretGroup: rule.secretGroup,
    minEntropy: 3.5,
    validate: secret => !options.valid(secret),
    priority: 0,
    samples: options.samples
  };
}

/** "a" or "an" before a name. */
function article(name: string): string {
  return /^[aeiou]/i.test(name) ? 'an' : 'a';
}
