/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { namedValue } from '../named-value';
import { chosenPasswordShape, passwordPlaceholder } from '../shared';

/** A password as people choose them: no spaces or quotes, letters with digits or symbols. */
const PASSWORD = '[^\\s"\'`,;()]{6,128}';

const PASSWORD_END = '^\\s"\'`,;()';

const isPassword = (secret: string): boolean =>
  chosenPasswordShape(secret) &&
  !passwordPlaceholder(secret) &&
  !/^\$|^%\(|^\{/.test(secret);

/** Copernicus Marine Service (CMEMS) passwords: `copernicusmarine login`, the toolbox's variables and arguments. */
export const copernicusMarineCredential: IRule = {
  id: 'copernicus-marine-credential',
  title: 'Copernicus Marine (CMEMS) password',
  severity: 'error',
  description:
    'Copernicus Marine credentials act as your account for every marine data download and often reuse a personal password.',
  remediation:
    'Run `copernicusmarine login` in a terminal (it stores the credentials outside the notebook) or set COPERNICUSMARINE_SERVICE_PASSWORD from the hub secret store. If it was shared, change the password on your Copernicus Marine account.',
  revokeUrl: 'https://data.marine.copernicus.eu/',
  envName: 'COPERNICUSMARINE_SERVICE_PASSWORD',
  keywords: ['copernicusmarine', 'copernicus_marine', 'cmems'],
  priority: 2,
  ...namedValue({
    vendor:
      'copernicusmarine[_-]service[_-]password|copernicus[_-]?marine[_-]?password|cmems[_-]?password',
    value: PASSWORD,
    after: PASSWORD_END,
    context: /copernicusmarine|cmems|marine\.copernicus\.eu/i,
    random: isPassword
  }),
  samples: {
    positive: [
      `!copernicusmarine login --username someone --password ${fakeToken(12, ALNUM, 'cm')}7`,
      `ds = copernicusmarine.open_dataset(dataset_id=DATASET, username="someone", password="${fakeToken(12, ALNUM, 'cm2')}3")`,
      `%env COPERNICUSMARINE_SERVICE_PASSWORD=${fakeToken(12, ALNUM, 'cm3')}5`
    ],
    negative: [
      'copernicusmarine.login(username=user, password=getpass.getpass())',
      '!copernicusmarine login --username someone --password $CMEMS_PASSWORD'
    ]
  }
};
