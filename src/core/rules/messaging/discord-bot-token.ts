/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { decodeBase64, encodeBase64Url } from '../../base64';
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM, BASE64URL } from '../alphabets';
import { rotate } from '../shared';

const DIGITS = '0123456789';

/** A Discord bot token's first part is the base64 of the bot's numeric user id. */
const discordUserId = (secret: string): boolean => {
  const id = decodeBase64(secret.slice(0, secret.indexOf('.')));
  return id !== null && /^\d{17,20}$/.test(id);
};

/** Discord bot tokens (base64 user id, `.`, timestamp, `.`, HMAC), next to Discord code. */
export const discordBotToken: IRule = {
  id: 'discord-bot-token',
  title: 'Discord bot token',
  severity: 'error',
  description:
    'A Discord bot token logs in as the bot: read and post in every server it was added to, with its permissions.',
  remediation: rotate(
    'the Discord developer portal (your application › Bot › Reset Token)'
  ),
  revokeUrl: 'https://discord.com/developers/applications',
  envName: 'DISCORD_TOKEN',
  keywords: ['discord'],
  pattern:
    /(?<![A-Za-z0-9_.-])([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_.-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: discordUserId,
  samples: {
    positive: [
      `import discord\nclient.run("${encodeBase64Url(fakeToken(18, DIGITS, 'dc'))}.${fakeToken(6, BASE64URL, 'dc2')}.${fakeToken(38, BASE64URL, 'dc3')}")`
    ],
    negative: [
      `import discord\nclient.run("M${fakeToken(23, ALNUM, 'dc4')}.${fakeToken(6, BASE64URL, 'dc5')}.${fakeToken(38, BASE64URL, 'dc6')}")`
    ]
  }
};
