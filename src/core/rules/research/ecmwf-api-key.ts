/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';

/** ECMWF Web API keys (32 hex): `.ecmwfapirc`, `ECMWFDataServer(key=…)`, ECMWF_API_KEY. */
export const ecmwfApiKey: IRule = {
  id: 'ecmwf-api-key',
  title: 'ECMWF API key',
  severity: 'error',
  description:
    'An ECMWF API key acts as your ECMWF account for MARS and dataset retrievals, which count against your quota and licences.',
  remediation:
    'Write ~/.ecmwfapirc from a terminal (outside the notebook) or set ECMWF_API_KEY from the hub secret store. If it was shared, reset the key on your ECMWF API key page.',
  revokeUrl: 'https://api.ecmwf.int/v1/key/',
  envName: 'ECMWF_API_KEY',
  keywords: ['ecmwf'],
  priority: 2,
  ...namedValue({
    vendor: 'ecmwf[_-]?(?:api[_-]?)?key',
    value: '[0-9a-f]{32}',
    context: /ecmwf/i
  }),
  samples: {
    positive: [
      `%%writefile ~/.ecmwfapirc\n{"url": "https://api.ecmwf.int/v1", "key": "${fakeToken(32, HEX, 'ecmwf')}", "email": "me@lab.org"}`,
      `server = ECMWFDataServer(url="https://api.ecmwf.int/v1", key="${fakeToken(32, HEX, 'ecmwf2')}", email="me@lab.org")`
    ],
    negative: [
      `md5 = "${fakeToken(32, HEX, 'ecmwf3')}"`,
      'server = ECMWFDataServer()'
    ]
  }
};
