/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { LOWER_ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

/**
 * Twitch client secrets and OAuth tokens (30 lower-case letters and digits, the chat
 * password with an `oauth:` prefix) under a Twitch name or next to the Twitch API.
 */
export const twitchToken: IRule = {
  id: 'twitch-token',
  title: 'Twitch client secret or OAuth token',
  severity: 'error',
  description:
    'A Twitch client secret gets tokens for your application, and an OAuth token acts as the user who granted it: chat as them, change their channel, read what its scopes allow.',
  remediation: rotate(
    'the Twitch developer console (your application › New Secret), and revoke tokens at id.twitch.tv/oauth2/revoke'
  ),
  revokeUrl: 'https://dev.twitch.tv/console/apps',
  envName: 'TWITCH_CLIENT_SECRET',
  keywords: ['twitch'],
  priority: 2,
  ...namedValue({
    vendor: 'twitch',
    value: '(?:oauth:)?[a-z0-9]{30}',
    name: /secret|token|oauth|pass|key/i,
    context: /(?:id|api)\.twitch\.tv|irc\.chat\.twitch\.tv|twitchio|twitchapi/i
  }),
  samples: {
    positive: [
      `TWITCH_CLIENT_SECRET = "${fakeToken(30, LOWER_ALNUM, 'twitch')}"`,
      `twitch_oauth_token = "oauth:${fakeToken(30, LOWER_ALNUM, 'twitch-2')}"`,
      `data = {"client_id": cid, "client_secret": "${fakeToken(30, LOWER_ALNUM, 'twitch-3')}", "grant_type": "client_credentials"}\nrequests.post("https://id.twitch.tv/oauth2/token", data=data)`
    ],
    negative: [
      `TWITCH_CLIENT_ID = "${fakeToken(30, LOWER_ALNUM, 'twitch-id')}"`,
      'TWITCH_CLIENT_SECRET = os.environ["TWITCH_CLIENT_SECRET"]'
    ]
  }
};
