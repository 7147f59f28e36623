/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeUuid } from '../../fake-credentials';
import { IRule } from '../../types';
import { namedValue } from '../named-value';
import { rotate } from '../shared';

/**
 * Postmark server and account tokens (UUIDs) under a Postmark name, in its API's
 * headers (`X-Postmark-Server-Token`, `X-Postmark-Account-Token`), or given to a client
 * (`PostmarkClient(server_token="…")`, `new postmark.ServerClient("…")`).
 *
 * Notes: `POSTMARK_API_TEST`, Postmark's documented test token, is not a UUID.
 */
export const postmarkServerToken: IRule = {
  id: 'postmark-server-token',
  title: 'Postmark server or account token',
  severity: 'error',
  description:
    'A Postmark server token sends email from your verified senders and reads the messages and bounces of its server; an account token manages every server and domain of the account.',
  remediation: rotate(
    'Postmark (the server’s API Tokens tab, or Account › API Tokens)'
  ),
  revokeUrl: 'https://account.postmarkapp.com/api_tokens',
  envName: 'POSTMARK_SERVER_TOKEN',
  keywords: ['postmark'],
  priority: 2,
  ...namedValue({
    vendor: '(?:x-)?postmark',
    name: /token|key|secret|^["']?(?:x-)?postmark["']?\s*[:=]/i,
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    context: /postmarkapp\.com|postmarker|PostmarkClient/i,
    call: `(?:PostmarkClient|ServerClient|AccountClient)\\([ \\t]{0,3}(?:(?:server|account)_token[ \\t]{0,3}=[ \\t]{0,3})?["']([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})["']`
  }),
  samples: {
    positive: [
      `headers = {"Accept": "application/json", "X-Postmark-Server-Token": "${fakeUuid('pm')}"}`,
      `POSTMARK_SERVER_TOKEN=${fakeUuid('pm-2')}`,
      `client = PostmarkClient(server_token="${fakeUuid('pm-3')}")`
    ],
    negative: [
      'headers = {"X-Postmark-Server-Token": "POSTMARK_API_TEST"}',
      `postmark_message_id = "${fakeUuid('pm-id')}"`,
      'POSTMARK_SERVER_TOKEN = os.environ["POSTMARK_SERVER_TOKEN"]'
    ]
  }
};
