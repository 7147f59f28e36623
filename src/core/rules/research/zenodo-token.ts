/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { mixedCase, rotate } from '../shared';

/** Zenodo personal access tokens (60 characters), by name or next to zenodo.org. */
export const zenodoToken: IRule = {
  id: 'zenodo-token',
  title: 'Zenodo access token',
  severity: 'error',
  description:
    'A Zenodo token creates, edits and publishes depositions in your name: published records get a DOI and cannot be deleted.',
  remediation: rotate(
    'Zenodo (Account › Applications › Personal access tokens)'
  ),
  revokeUrl: 'https://zenodo.org/account/settings/applications/',
  envName: 'ZENODO_TOKEN',
  keywords: ['zenodo'],
  priority: 2,
  ...namedValue({
    vendor: 'zenodo',
    value: '[A-Za-z0-9]{60}',
    context: /zenodo\.org/i,
    check: mixedCase
  }),
  samples: {
    positive: [
      `ZENODO_TOKEN = "${fakeToken(60, ALNUM, 'zenodo')}"`,
      `r = requests.get("https://zenodo.org/api/deposit/depositions", params={"access_token": "${fakeToken(60, ALNUM, 'zenodo2')}"})`
    ],
    negative: [
      'params = {"access_token": ZENODO_TOKEN}  # https://zenodo.org/api',
      'record = "https://zenodo.org/records/10000000"'
    ]
  }
};
