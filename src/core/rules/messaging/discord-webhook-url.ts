/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { rotate } from '../shared';

const DIGITS = '0123456789';

/** Discord webhook URLs (`discord.com/api/webhooks/<id>/<token>`). */
export const discordWebhookUrl: IRule = {
  id: 'discord-webhook-url',
  title: 'Discord webhook URL',
  severity: 'warning',
  description:
    'Anyone with a Discord webhook URL can post messages into its channel under the webhook’s name.',
  remediation: rotate('Discord (the channel’s Integrations › Webhooks)'),
  revokeUrl: 'https://support.discord.com/hc/en-us/articles/228383668',
  envName: 'DISCORD_WEBHOOK_URL',
  keywords: ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'],
  pattern:
    /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,80})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `requests.post("https://discord.com/api/webhooks/${fakeToken(19, DIGITS, 'dw')}/${fakeToken(68, BASE64URL, 'dw2')}", json={"content": "done"})`
    ],
    negative: ['https://discord.com/api/webhooks/123/xxxx']
  }
};
