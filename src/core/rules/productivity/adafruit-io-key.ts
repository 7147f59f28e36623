/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase, rotate } from '../shared';

/** Adafruit IO keys (`aio_` and 28 letters and digits). */
export const adafruitIoKey: IRule = {
  id: 'adafruit-io-key',
  title: 'Adafruit IO key',
  severity: 'error',
  description:
    'An Adafruit IO key reads and writes every feed and dashboard of your account, including the ones that drive devices.',
  remediation: rotate('Adafruit IO (My Key › Regenerate key)'),
  revokeUrl: 'https://io.adafruit.com/',
  envName: 'ADAFRUIT_IO_KEY',
  keywords: ['aio_'],
  pattern: /(?<![A-Za-z0-9_])(aio_[A-Za-z0-9]{28})(?![A-Za-z0-9_])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: mixedCase,
  samples: {
    positive: [`aio = Client("someone", "aio_${fakeToken(28, ALNUM, 'aio')}")`],
    negative: ['aio_session = aiohttp.ClientSession()', 'aio_' + 'x'.repeat(28)]
  }
};
