/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex } from '../fake-credentials';
import { fakeToken } from '../fake-token';
import { IMatchContext, IRule } from '../types';
import { looksLikeCode, randomLooking, URL_SAFE } from './shared';

/** Names that hold something about a key, not the key: `token_uri`, `api_key_file`… */
const NOT_SECRET_NAME =
  /[_-](?:uri|url|endpoint|path|file|filename|dir|type|name|id|expiry|expires|ttl|len|length|format|prefix|field|header|param|env|var|ref|selector|projection|location|hint|label)$/i;

/** Tokens that are cursors, not credentials: "Next page token: …", `continuation_token`. */
const PAGINATION =
  /(?:page|next|continuation|sync|cursor|pagination|csrf|xsrf|backward|forward|lock|client|idempotency|request|marker)[_ -]?$/i;

/** A UUID or a short hex string: an id or a hash unless the name says key or secret. */
const ID_SHAPED =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,31})$/i;

/** Whether an assigned value is a key rather than a name, an id, a hash or a cursor. */
function looksLikeKey(secret: string, context: IMatchContext): boolean {
  const name = context.match[0].split(/["'\]\s:=(]/)[0];
  if (
    !randomLooking(secret, 3.2) ||
    looksLikeCode(secret, context) ||
    NOT_SECRET_NAME.test(name)
  ) {
    return false;
  }
  if (
    /^[0-9a-f]{16,31}$/i.test(secret) ||
    (ID_SHAPED.test(secret) && !/key|secret/i.test(name))
  ) {
    return false; // a short hash, or a UUID named "…Token" (AWS idempotency and lock tokens)
  }
  const before = context.text.slice(
    Math.max(0, context.match.index - 12),
    context.match.index
  );
  return !PAGINATION.test(before);
}

/**
 * Hard-coded keys for named services: `OPENWEATHER_API_KEY = "…"`, `api_key="…"`,
 * `"client_secret": "…"`, `ACCESS_TOKEN=…` in a .env file, `set_subscription_key("…")`, with a
 * random-looking value.
 *
 * Notes: the lowest-priority rule: a value a specific rule recognises is reported by that
 * rule. Values must mix letters and digits and look random (not a word, a variable, a
 * path or an environment variable's name).
 */
export const genericApiKey: IRule = {
  id: 'generic-api-key',
  title: 'Hard-coded API key or token',
  severity: 'warning',
  description:
    'An API key or token in a notebook travels with every copy, export and output of it: anyone who reads it can use the service as you.',
  remediation:
    'Read it from an environment variable or the hub secret store instead (os.environ["SERVICE_API_KEY"]). If it was saved or shared, revoke it with the service and create a new one.',
  envName: 'API_KEY',
  keywords: ['key', 'token', 'secret'],
  // Every name holds a keyword at most 13 characters in (`subscription_key`).
  keywordWithin: 13,
  pattern:
    /(?:api[_-]?key|apikey|api[_-]?token|api[_-]?secret|access[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|secret[_-]?key|private[_-]?token|app[_-]?key|app[_-]?secret|consumer[_-]?secret|subscription[_-]?key|token)(?:[_-][A-Za-z0-9]{1,12})?\\?["']?\]?(?:\s{0,3}|[ \t]{4,40})(?::=|=>|[:=(])(?:\s{0,3}|[ \t]{4,40})(?:[rbuf]{1,2}(?=\\?["']))?\\?["']?([A-Za-z0-9_\-.+/=~]{16,200})(?![A-Za-z0-9_\-.+/=~])/gi,
  secretGroup: 1,
  minEntropy: 3.2,
  priority: -1,
  validate: looksLikeKey,
  samples: {
    positive: [
      `OPENWEATHER_API_KEY = "${fakeHex(32)}"`,
      `client = Client(api_key="${fakeToken(32, URL_SAFE)}")`,
      `{"client_secret": "${fakeToken(40)}"}`,
      `ACCESS_TOKEN=${fakeToken(40)}`,
      `planetary_computer.settings.set_subscription_key("${fakeHex(32)}")`
    ],
    negative: [
      'api_key = os.environ["OPENWEATHER_API_KEY"]',
      'api_key = "YOUR_API_KEY_HERE_1234"',
      'token = config.settings.api_token_2',
      'token_url = "https://example.org/oauth/token"',
      'api_key = "MY_SERVICE_API_KEY_V2"'
    ]
  }
};
