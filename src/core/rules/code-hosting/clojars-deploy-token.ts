/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { rotate } from '../shared';

/** Clojars deploy tokens (`CLOJARS_` and 60 hex digits). */
export const clojarsDeployToken: IRule = {
  id: 'clojars-deploy-token',
  title: 'Clojars deploy token',
  severity: 'error',
  description:
    'A Clojars deploy token publishes releases of your libraries: a supply-chain risk for everyone who depends on them.',
  remediation: rotate('Clojars (Dashboard › Deploy Tokens)'),
  revokeUrl: 'https://clojars.org/tokens',
  envName: 'CLOJARS_TOKEN',
  keywords: ['clojars_'],
  pattern: /(?<![A-Za-z0-9_])(CLOJARS_[0-9a-f]{60})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [`CLOJARS_PASSWORD=CLOJARS_${fakeToken(60, HEX, 'clj')}`],
    negative: ['CLOJARS_USERNAME=someone']
  }
};
