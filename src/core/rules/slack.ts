/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { mixedCase, rotate } from './shared';

const DIGITS = '0123456789';

/**
 * Slack bot, user, app, configuration and refresh tokens (`xoxb-`, `xoxp-`, `xapp-`,
 * `xoxe.xoxp-`, `xoxe-`…).
 *
 * Notes: bot and user tokens carry the workspace and user ids as long runs of digits;
 * configuration access tokens (`xoxe.xoxp-1-…`) and their refresh tokens (`xoxe-1-…`)
 * carry a long random body instead.
 */
export const slackToken: IRule = {
  id: 'slack-token',
  title: 'Slack token',
  severity: 'error',
  description:
    'A Slack token reads and posts in your workspace as the bot or user it belongs to, including private channels it can see.',
  remediation: rotate("Slack (your app's OAuth & Permissions page)"),
  revokeUrl: 'https://api.slack.com/apps',
  envName: 'SLACK_BOT_TOKEN',
  keywords: ['xox', 'xapp-'],
  pattern:
    /(?<![A-Za-z0-9_-])((?:xox[abposr]|xoxe\.xox[bp]|xoxe|xapp)-\d{0,2}-?[A-Za-z0-9-]{10,250})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3,
  validate: secret =>
    secret.startsWith('xoxe')
      ? secret.length >= 60 && mixedCase(secret)
      : /\d{6}/.test(secret),
  samples: {
    positive: [
      `client = WebClient(token="xoxb-${fakeToken(12, DIGITS)}-${fakeToken(13, DIGITS)}-${fakeToken(24)}")`,
      `SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${fakeToken(140, undefined, 'xoxe-config')}`,
      `"refresh_token": "xoxe-1-${fakeToken(140, undefined, 'xoxe-refresh')}"`
    ],
    negative: [
      'SLACK_BOT_TOKEN = "xoxb-your-token-here"',
      'xoxb-' + 'x'.repeat(40),
      'xoxe.xoxp-1-' + 'X'.repeat(100),
      'the refresh token starts with xoxe-1-'
    ]
  }
};

/** Slack incoming-webhook and workflow URLs. */
export const slackWebhookUrl: IRule = {
  id: 'slack-webhook-url',
  title: 'Slack webhook URL',
  severity: 'warning',
  description:
    "Anyone with a Slack webhook URL can post messages into its channel, for example phishing links in your team's name.",
  remediation: rotate("Slack (the app's Incoming Webhooks page)"),
  revokeUrl: 'https://api.slack.com/apps',
  envName: 'SLACK_WEBHOOK_URL',
  keywords: ['hooks.slack.com'],
  pattern:
    /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{20,200})/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `requests.post("https://hooks.slack.com/services/T${fakeToken(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}/B${fakeToken(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}/${fakeToken(24)}", json=msg)`
    ],
    negative: [
      'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX'
    ]
  }
};
