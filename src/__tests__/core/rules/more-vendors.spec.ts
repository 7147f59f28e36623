import { fakeHex, fakeToken, fakeUuid } from '../../../core';
import { checkCases, describeContexts } from './contexts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL = ALNUM + '-_';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const t = (n: number, seed: string, alphabet = ALNUM): string =>
  fakeToken(n, alphabet, seed);

describe('rules for workflow, deployment, shipping and media services', () => {
  describeContexts('prefect-api-key', `pnu_${t(36, 'pf')}`, 'PREFECT_API_KEY');
  describeContexts(
    'scalingo-api-token',
    `tk-us-${t(48, 'sc', URL)}`,
    'SCALINGO_API_TOKEN'
  );
  describeContexts('jfrog-token', `AKCp${t(69, 'jf')}`, 'ARTIFACTORY_KEY');
  describeContexts(
    'octopus-deploy-api-key',
    `API-${t(26, 'oc', UPPER)}`,
    'OCTOPUS_API_KEY'
  );
  describeContexts(
    'harness-token',
    `sat.${t(22, 'ha', URL)}.${fakeHex(24, 'ha2')}.${t(20, 'ha3')}`,
    'HARNESS_API_KEY'
  );
  describeContexts(
    'brevo-api-key',
    `xsmtpsib-${fakeHex(64, 'br')}-${t(16, 'br2')}`,
    'BREVO_SMTP_KEY'
  );
  describeContexts('easypost-api-key', `EZAK${t(54, 'ez')}`, 'EASYPOST');
  describeContexts(
    'duffel-api-token',
    `duffel_live_${t(43, 'du', URL)}`,
    'DUFFEL_TOKEN'
  );
  describeContexts(
    'flutterwave-secret-key',
    `FLWSECK-${fakeHex(32, 'fw')}-X`,
    'FLW_SECRET_KEY'
  );
  describeContexts('frameio-token', `fio-u-${t(64, 'fi', URL)}`, 'FRAMEIO');
  describeContexts('readme-api-key', `rdme_${t(70, 'rd', LOWER)}`, 'RDME');
  describeContexts(
    'typeform-token',
    `tfp_${t(44, 'tf')}_${t(14, 'tf2')}`,
    'TYPEFORM_TOKEN'
  );

  const teams = `https://contoso.webhook.office.com/webhookb2/${fakeUuid('t1')}@${fakeUuid('t2')}/IncomingWebhook/${fakeHex(32, 't3')}/${fakeUuid('t4')}`;
  const bearer = `${'A'.repeat(21)}B${t(30, 'x1')}%2F${t(50, 'x2')}`;
  describe('look-alikes and context', () => {
    checkCases([
      [
        'a Teams webhook in code',
        `hook = "${teams}"`,
        'microsoft-teams-webhook-url',
        1
      ],
      [
        'a Teams webhook with its V2 tail',
        `${teams}/V2${t(40, 't5', URL)}`,
        'microsoft-teams-webhook-url',
        1
      ],
      [
        'a Teams webhook template',
        'https://contoso.webhook.office.com/webhookb2/GROUP@TENANT/IncomingWebhook/ID/OWNER',
        'microsoft-teams-webhook-url',
        0
      ],
      [
        'an X bearer token for tweepy',
        `tweepy.Client(bearer_token="${bearer}")`,
        'x-bearer-token',
        1
      ],
      [
        'an X bearer token in a header',
        `headers = {"Authorization": "Bearer ${bearer}"}`,
        'x-bearer-token',
        1
      ],
      ['a run of A in base64 data', `png = "${bearer}"`, 'x-bearer-token', 0],
      [
        'an Octopus key of letters only',
        `OCTOPUS_API_KEY=API-${t(26, 'oc2', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}`,
        'octopus-deploy-api-key',
        0
      ],
      [
        'an Octopus key in lower case',
        `key = "api-${t(26, 'oc3', LOWER)}"`,
        'octopus-deploy-api-key',
        0
      ],
      [
        'a Harness token with a short secret',
        `pat.${t(22, 'h4', URL)}.${fakeHex(24, 'h5')}.${t(12, 'h6')}`,
        'harness-token',
        0
      ],
      [
        'a Brevo key placeholder',
        'BREVO_API_KEY=xkeysib-<your-key>',
        'brevo-api-key',
        0
      ],
      [
        'an EasyPost key one short',
        `EZTK${t(53, 'ez2')}`,
        'easypost-api-key',
        0
      ],
      [
        'a Flutterwave public key',
        `FLWPUBK-${fakeHex(32, 'fw2')}-X`,
        'flutterwave-secret-key',
        0
      ],
      [
        'a Prefect key inside a longer word',
        `xpnu_${t(36, 'pf2')}`,
        'prefect-api-key',
        0
      ],
      [
        'a ReadMe key in upper case',
        `rdme_${t(70, 'rd2', UPPER)}`,
        'readme-api-key',
        0
      ],
      [
        'a JFrog reference token',
        `cmVmdGtuOjAxOj${t(50, 'jf2')}`,
        'jfrog-token',
        1
      ]
    ]);
  });
});
