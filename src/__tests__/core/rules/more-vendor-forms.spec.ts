/**
 * Formats of covered vendors that were missed, and a few families more (issue 13):
 * Teams connector URLs on outlook.office.com, older SonarQube tokens by property name,
 * Mailgun's legacy key wherever Mailgun is named, Mapbox temporary tokens, Postmark
 * tokens, Twitch stream keys, Dependency-Track, Jenkins, Code Climate, GitHub client
 * secrets and Kubernetes bootstrap tokens. Every value is generated here, at test time.
 */
import { fakeToken, fakeUuid } from '../../../core';
import { idsIn } from './contexts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const URL_SAFE = ALNUM + '-_';
const t = (n: number, seed: string, alphabet = ALNUM): string =>
  fakeToken(n, alphabet, seed);
const hex = (n: number, seed: string) => t(n, seed, HEX);

describe('more vendor forms', () => {
  const teams = (host: string, seed: string) =>
    `https://${host}/${fakeUuid(seed)}@${fakeUuid(seed + '2')}/IncomingWebhook/${hex(32, seed + '3')}/${fakeUuid(seed + '4')}`;
  const kube = (seed: string) =>
    `${t(6, seed, LOWER)}.${t(16, seed + '2', LOWER)}`;

  it.each([
    [
      'a Teams connector URL on outlook.office.com',
      `url = '${teams('outlook.office.com/webhook', 'tm')}'`,
      'microsoft-teams-webhook-url'
    ],
    [
      'a Teams connector URL on outlook.office365.com',
      `!curl -d @msg.json ${teams('outlook.office365.com/webhook', 'tm5')}`,
      'microsoft-teams-webhook-url'
    ],
    [
      'a SonarQube token in -Dsonar.login',
      `!sonar-scanner -Dsonar.host.url=https://sonarcloud.io -Dsonar.login=${hex(40, 'sq')}`,
      'sonarqube-token'
    ],
    [
      'a SonarQube token in a Gradle property',
      `property 'sonar.login', '${hex(40, 'sq2')}'`,
      'sonarqube-token'
    ],
    [
      'a SonarQube token in a variable',
      `$sonarLogin = "${hex(40, 'sq3')}"`,
      'sonarqube-token'
    ],
    [
      'a Mailgun legacy key with Mailgun named',
      `var apiKey = process.env.MAILGUN_API || 'key-${hex(32, 'mg')}'`,
      'mailgun-api-key'
    ],
    [
      'a Mapbox temporary token',
      `export MAPBOX_TOKEN=tk.eyJ1${t(60, 'tk', URL_SAFE)}.${t(22, 'tk2', URL_SAFE)}`,
      'mapbox-secret-token'
    ],
    [
      'a Postmark server token in its header',
      `"X-Postmark-Server-Token": "${fakeUuid('pm')}",`,
      'postmark-server-token'
    ],
    [
      'a Postmark token in a config',
      `postmark:\n  postmarkApiToken: '${fakeUuid('pm2')}'`,
      'postmark-server-token'
    ],
    [
      'a Postmark account token given to postmarker',
      `from postmarker.core import PostmarkClient\nc = PostmarkClient(account_token="${fakeUuid('pm3')}")`,
      'postmark-server-token'
    ],
    [
      'a Twitch stream key',
      `STREAM_KEY=live_${t(9, 'tw', '0123456789')}_${t(30, 'tw2')}`,
      'twitch-stream-key'
    ],
    [
      'a Dependency-Track key',
      `curl -H "X-Api-Key: odt_${t(32, 'dt')}" https://dtrack.example.org/api/v1/project`,
      'dependency-track-api-key'
    ],
    [
      'a Jenkins API token',
      `jenkins_token = '11${hex(32, 'jk')}'  # dev token`,
      'jenkins-api-token'
    ],
    [
      'a Code Climate reporter id',
      `env:\n  CC_TEST_REPORTER_ID: ${hex(64, 'cc')}`,
      'codeclimate-reporter-id'
    ],
    [
      'a GitHub OAuth client secret',
      `GITHUB_CLIENT_ID=${hex(20, 'gh')}\nGITHUB_SECRET=${hex(40, 'gh2')}`,
      'github-client-secret'
    ],
    [
      'an older GitHub token given to PyGithub',
      `g = Github("${hex(40, 'gh3')}")`,
      'github-client-secret'
    ],
    [
      'a kubeadm join token',
      `!kubeadm join 10.0.0.5:6443 --token ${kube('kb')} --discovery-token-ca-cert-hash sha256:${hex(64, 'kb3')}`,
      'kubernetes-bootstrap-token'
    ],
    [
      'a TLS bootstrap token',
      `--tls-bootstrap-token ${kube('kb4')}`,
      'kubernetes-bootstrap-token'
    ],
    [
      "a bootstrap token Secret's token-secret",
      `stringData:\n  token-id: ${t(6, 'kb5', LOWER)}\n  token-secret: ${t(16, 'kb6', LOWER)}`,
      'kubernetes-bootstrap-token'
    ]
  ])('should find %s', (_what, text, id) => {
    expect(idsIn(text)).toContain(id);
  });

  it.each([
    [
      'a key- value where Mailgun is not named',
      `cache = "key-${hex(32, 'n1')}"`
    ],
    ['a Postmark message id', `postmark_message_id = "${fakeUuid('n2')}"`],
    [
      'the documented Postmark test token',
      'X-Postmark-Server-Token: POSTMARK_API_TEST'
    ],
    ['a commit id under a GitHub name', `GITHUB_SHA=${hex(40, 'n3')}`],
    ['a SonarQube project key', `sonar.projectKey=${hex(40, 'n4')}`],
    ['a Jenkins build id', `jenkins_build = "${hex(40, 'n5')}"`],
    [
      'the documented kubeadm token',
      'kubeadm join 10.0.0.5:6443 --token abcdef.0123456789abcdef'
    ],
    ['a version that looks like a token', 'image: v1.28.2-rc.0123456789abcdef'],
    ['a Twitch stream key placeholder', `live_123456789_${'x'.repeat(30)}`],
    [
      'a Mapbox public token',
      `pk.eyJ1${t(60, 'n6', URL_SAFE)}.${t(22, 'n7', URL_SAFE)}`
    ]
  ])('should not report %s', (_what, text) => {
    expect(idsIn(text)).toEqual([]);
  });
});
