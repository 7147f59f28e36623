/**
 * Random, realistic credential values for the forms table, made at test time from a
 * seeded stream so that a failing row can be reproduced from its seed.
 */
import { seededRandom } from '../../../core';

/** Ordinary words people build passwords and passphrases from. */
const WORDS = [
  'amber',
  'anchor',
  'badger',
  'basalt',
  'canyon',
  'cedar',
  'cobalt',
  'copper',
  'cricket',
  'dolphin',
  'ember',
  'falcon',
  'fjord',
  'garnet',
  'glacier',
  'harbor',
  'hazel',
  'heron',
  'indigo',
  'juniper',
  'kestrel',
  'lagoon',
  'lantern',
  'magnolia',
  'marble',
  'meadow',
  'nebula',
  'nutmeg',
  'orchid',
  'otter',
  'pebble',
  'pepper',
  'quartz',
  'raven',
  'saffron',
  'sequoia',
  'spruce',
  'tundra',
  'velvet',
  'walrus',
  'willow',
  'zephyr'
];

/** The symbols the issue names, which used to cut passwords short. */
const SYMBOLS = '#@%&!$';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Draws for one table row. */
export class Values {
  constructor(seed: string) {
    this.random = seededRandom(seed);
  }

  readonly random: () => number;

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  /** One item of a list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** `n` characters of an alphabet. */
  chars(n: number, alphabet = BASE62): string {
    let out = '';
    for (let i = 0; i < n; i++) {
      out += alphabet[Math.floor(this.random() * alphabet.length)];
    }
    return out;
  }

  word(): string {
    return this.pick(WORDS);
  }

  /** `Cedar#4821x`, `meadow@77Raven`: words with digits and one of `#@%&!$`. */
  humanPassword(symbols = SYMBOLS): string {
    const w = this.word();
    const cap = w[0].toUpperCase() + w.slice(1);
    const digits = String(this.int(10, 9999));
    const sym = this.pick(symbols.split(''));
    return this.pick([
      `${cap}${sym}${digits}`,
      `${w}${sym}${digits}${this.word().slice(0, 3)}`,
      `${cap}${digits}${sym}${this.chars(2)}`,
      `${this.chars(2)}${sym}${w}${digits}`
    ]);
  }

  /** `correct-orbit-maple-sand`: three to five lower-case words with hyphens. */
  passphrase(): string {
    const n = this.int(3, 5);
    return Array.from({ length: n }, () => this.word()).join('-');
  }

  /** `river_cedar_42!`: words with underscores, digits and a symbol. */
  underscorePassword(): string {
    return `${this.word()}_${this.word()}_${this.int(10, 99)}${this.pick(['!', '$', '%', ''])}`;
  }

  /** `heliotrope`-like: one lower-case word (counts only in a password position). */
  lowerWord(): string {
    return this.word() + this.word();
  }

  /** Any password a person might choose, of the shapes above. */
  password(): string {
    return this.pick([
      () => this.humanPassword(),
      () => this.humanPassword(),
      () => this.passphrase(),
      () => this.underscorePassword()
    ])();
  }

  /** A password safe inside a URL's user information (no `@`, `/`, `#`, `%`). */
  urlPassword(): string {
    return this.pick([
      () => this.humanPassword('!$&'),
      () => this.passphrase(),
      () => `${this.chars(9)}${this.int(100, 999)}`
    ])();
  }

  /**
   * A password written unquoted on a shell line: no `$` (a variable) or `&` (a background
   * job), which a shell would not pass on as typed.
   */
  shellPassword(): string {
    return this.pick([
      () => this.humanPassword('!%#@'),
      () => this.passphrase(),
      () => this.underscorePassword().replace(/[$]/, '!')
    ])();
  }

  /** A 32–64 character random key of letters and digits, with no vendor prefix. */
  key(): string {
    let k = '';
    while (!/\d/.test(k) || !/[a-z]/.test(k) || !/[A-Z]/.test(k)) {
      k = this.chars(this.int(32, 64));
    }
    return k;
  }

  /** A user name. */
  user(): string {
    return this.pick([
      'analyst',
      'jsmith',
      'obs_reader',
      'etl',
      'mlops',
      'dana.k'
    ]);
  }

  /** A host name. */
  host(): string {
    return `${this.pick(['db', 'data', 'warehouse', 'pg', 'cache'])}${this.int(1, 9)}.${this.pick(['example.org', 'lab.internal', 'uni.edu'])}`;
  }

  /** A made-up service name for `<SERVICE>_API_KEY`. */
  service(): string {
    return this.pick([
      'OPENWEATHER',
      'MAPQUEST',
      'GEONAMES',
      'ALPHAVANTAGE',
      'NEWSAPI',
      'TOMTOM',
      'WEATHERSTACK',
      'POLYGON',
      'ASTROQUERY',
      'SEMANTICSCHOLAR'
    ]);
  }

  /** Base64 (standard alphabet) of a string. */
  base64(text: string): string {
    return Buffer.from(text, 'utf-8').toString('base64');
  }

  /** A PEM private key block with random body lines. */
  pem(newline = '\n'): string {
    const alphabet = BASE62 + '+/';
    const body = ['MIIE' + this.chars(60, alphabet)];
    for (let i = 0; i < 5; i++) {
      body.push(this.chars(64, alphabet));
    }
    const label = `${this.pick(['RSA ', 'EC ', '', 'OPENSSH '])}PRIVATE KEY`;
    return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join(
      newline
    );
  }
}
