/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IMatchContext, IRule } from '../types';
import {
  chosenPasswordShape,
  passwordPlaceholder,
  randomLooking,
  wordsPassword
} from './shared';

/**
 * Whether the default reads as a credential: random-looking (a key), or, under a password
 * name, a chosen password (letters with digits or symbols).
 */
function credentialDefault(secret: string, context: IMatchContext): boolean {
  if (passwordPlaceholder(secret) || /^[<{$[]|\*{3,}|x{4,}/i.test(secret)) {
    return false;
  }
  if (randomLooking(secret, 3)) {
    return true;
  }
  // Under a password name, a chosen password: letters with digits or symbols, a
  // passphrase, or one lower-case word (a default is a literal, never a variable).
  return (
    /PASS|PWD|_AUTH$/i.test(context.match[1] ?? '') &&
    (chosenPasswordShape(secret) ||
      wordsPassword(secret) ||
      (/^[a-z]{6,24}$/.test(secret) && !/pass|secret|token|key/.test(secret)))
  );
}

/**
 * A credential written as the default of an environment lookup:
 * `os.environ.get("DB_PASSWORD", "…")`, `os.getenv("API_KEY", "…")`. The lookup looks safe,
 * but the literal is the credential whenever the variable is unset, and it is in the
 * notebook either way.
 */
export const environmentDefault: IRule = {
  id: 'environment-default',
  title: 'Credential as an environment lookup default',
  severity: 'warning',
  description:
    'A credential given as the default of an environment lookup is written in the notebook, and is used whenever the variable is not set.',
  remediation:
    'Drop the default (os.environ["NAME"] fails loudly when the variable is missing) and set the variable from the hub secret store. If it was shared, revoke or change the credential.',
  envName: 'API_KEY',
  keywords: ['environ', 'getenv'],
  pattern:
    /\b(?:os\.environ\.get|os\.getenv|getenv|environ\.get)\([ \t]{0,3}["']([A-Za-z0-9_]{0,60}(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY|_AUTH)[A-Za-z0-9_]{0,40})["'][ \t]{0,3},[ \t]{0,3}["']([^"'\s\\]{6,200})["']/gi,
  secretGroup: 2,
  priority: -1,
  validate: credentialDefault,
  samples: {
    positive: [
      `password = os.environ.get("DB_PASSWORD", "${fakeToken(10, undefined, 'envdefault')}7!")`,
      `key = os.getenv('OPENWEATHER_API_KEY', '${fakeToken(32, undefined, 'envkey')}')`,
      // A passphrase, assembled so that this file holds none.
      `auth = os.getenv("REDIS_AUTH", "${['amber', 'otter', 'cedar', 'lagoon'].join('-')}")`
    ],
    negative: [
      'password = os.environ.get("DB_PASSWORD", "")',
      'key = os.getenv("API_KEY", "changeme")',
      'token = os.environ.get("GITHUB_TOKEN", "<your token>")',
      'host = os.getenv("DB_HOST", "db.example.org")'
    ]
  }
};
