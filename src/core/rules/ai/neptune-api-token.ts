/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { decodeBase64, encodeBase64Url } from '../../base64';
import { fakeUuid } from '../../fake-credentials';
import { IRule } from '../../types';
import { rotate } from '../shared';

/** The base64 of `{"api_address":` that opens every Neptune API token. */
const NEPTUNE_HEAD = 'eyJhcGlfYWRkcmVzcyI6';

/** Neptune.ai API tokens: base64 JSON naming the API address and holding a key. */
export const neptuneApiToken: IRule = {
  id: 'neptune-api-token',
  title: 'Neptune.ai API token',
  severity: 'error',
  description:
    'A Neptune API token reads and writes every experiment, model and artefact of your Neptune workspaces.',
  remediation: rotate(
    'Neptune (your profile › Get your API token, then reset it)'
  ),
  revokeUrl: 'https://app.neptune.ai/',
  envName: 'NEPTUNE_API_TOKEN',
  keywords: [NEPTUNE_HEAD],
  pattern: new RegExp(
    `(?<![A-Za-z0-9+/_-])(${NEPTUNE_HEAD}[A-Za-z0-9+/=_-]{40,600})(?![A-Za-z0-9+/=_-])`,
    'g'
  ),
  secretGroup: 1,
  validate: secret => {
    const json = decodeBase64(
      secret.slice(0, secret.length - (secret.length % 4))
    );
    return json !== null && /"api_key"\s*:\s*"[^"]{16,}/.test(json);
  },
  samples: {
    positive: [
      `run = neptune.init_run(api_token="${encodeBase64Url(
        JSON.stringify({
          api_address: 'https://app.neptune.ai',
          api_url: 'https://app.neptune.ai',
          api_key: fakeUuid('neptune')
        })
      )}")`
    ],
    negative: [
      `token = "${encodeBase64Url('{"api_address":"https://app.neptune.ai"}')}"`
    ]
  }
};
