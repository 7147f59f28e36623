/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { randomLooking } from './shared';

/**
 * Keys and tokens written in words: "the token is …", "my API key was …", a printed
 * "Using API key …", "Your API key: …" or "Authenticating with token …", a table row
 * `| Token | … |`, where no assignment names them.
 *
 * Notes: the value must look random (mixed letters and digits, 20 characters or more):
 * "the token is valid for an hour" and "using the API key from the environment" pass.
 */
export const keyInProse: IRule = {
  id: 'key-in-prose',
  title: 'Key or token written in text',
  severity: 'warning',
  description:
    'A key or token written out in a notebook, a comment or a printed message works for everyone the notebook, its outputs or exports reach.',
  remediation:
    'Remove it from the text and the outputs, and read it from an environment variable or the hub secret store. If it was shared, revoke it with the service and create a new one.',
  envName: 'API_KEY',
  // The phrases themselves, not `token` or `key` alone: those are in most notebooks.
  keywords: [
    'token:',
    'token |',
    'token is',
    'token was',
    'key is',
    'key was',
    'with token',
    'using token',
    'the token',
    'api key',
    'api-key',
    'api_key',
    'access key',
    'secret key',
    'access token'
  ],
  pattern:
    /(?<![A-Za-z_])(?:(?:with|using)[ \t]{1,3}(?:the[ \t]{1,3}|an?[ \t]{1,3})?(?:api[ _-]?key|access[ _-]?key|secret[ _-]?key|token|access[ _-]?token)[ \t]{0,3}:?|(?:api[ _-]?key|access[ _-]?key|secret[ _-]?key|token|access[ _-]?token)(?:[ \t]{1,3}(?:is|was|would be|will be)[ \t]{0,3}:?|[ \t]{0,3}\*{0,2}[ \t]{0,3}[:|]))[ \t]{1,3}["'`*]{0,2}([A-Za-z0-9_\-.+/=~]{20,200})/gi,
  secretGroup: 1,
  priority: -2,
  // "Next page token: …" and the like are cursors, not credentials.
  validate: (secret, context) =>
    randomLooking(secret.replace(/[.]+$/, ''), 3.5) &&
    !/(?:page|next|continuation|cursor|sync|csrf|xsrf|request|idempotency)[ _-]?$/i.test(
      context.text.slice(
        Math.max(0, context.match.index - 14),
        context.match.index
      )
    ),
  samples: {
    positive: [
      `The token is ${fakeToken(40, undefined, 'prose-token')}`,
      `print("Using API key ${fakeToken(32, undefined, 'prose-key')}")`,
      `| Token | ${fakeToken(40, undefined, 'prose-table')} |`
    ],
    negative: [
      'The token is valid for one hour.',
      'Authenticating with the token from the environment',
      'The API key is stored in the hub secret store.',
      'Next page token: None'
    ]
  }
};
