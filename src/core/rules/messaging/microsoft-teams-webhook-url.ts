/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex, fakeUuid } from '../../fake-credentials';
import { IRule } from '../../types';
import { rotate } from '../shared';

/**
 * Microsoft Teams incoming webhook URLs: `….webhook.office.com/webhookb2/…/IncomingWebhook/…`
 * and the older connector form on `outlook.office.com/webhook/…` (and `outlook.office365.com`).
 */
export const microsoftTeamsWebhookUrl: IRule = {
  id: 'microsoft-teams-webhook-url',
  title: 'Microsoft Teams incoming webhook URL',
  severity: 'error',
  description:
    'A Teams incoming webhook URL lets anyone who holds it post messages (with links) into the channel, as the connector.',
  remediation: rotate(
    'Teams (the channel’s Connectors or Workflows, remove the incoming webhook)'
  ),
  revokeUrl:
    'https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
  envName: 'TEAMS_WEBHOOK_URL',
  keywords: [
    'webhook.office.com',
    'outlook.office.com/webhook',
    'outlook.office365.com/webhook'
  ],
  pattern:
    /(https:\/\/(?:[a-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f-]{36}(?:\/[A-Za-z0-9_-]{20,60})?)(?![A-Za-z0-9_/-])/g,
  secretGroup: 1,
  minEntropy: 3,
  samples: {
    positive: [
      `TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/${fakeUuid('tw1')}@${fakeUuid('tw2')}/IncomingWebhook/${fakeHex(32, 'tw3')}/${fakeUuid('tw4')}`,
      `url = 'https://outlook.office.com/webhook/${fakeUuid('tw5')}@${fakeUuid('tw6')}/IncomingWebhook/${fakeHex(32, 'tw7')}/${fakeUuid('tw8')}'`
    ],
    negative: [
      'https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner>',
      'https://outlook.office.com/webhook/'
    ]
  }
};
