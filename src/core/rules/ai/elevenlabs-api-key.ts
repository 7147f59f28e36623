/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { near, rotate } from '../shared';

/** Where ElevenLabs is named: its client, its host, its header, its variable. */
const ELEVENLABS = /eleven_?labs|eleven_api_key|xi-api-key/i;

/**
 * ElevenLabs API keys (`sk_` and 48 hex digits). Other services use `sk_` too, so a key
 * counts only where ElevenLabs (or its `xi-api-key` header) is named nearby.
 */
export const elevenlabsApiKey: IRule = {
  id: 'elevenlabs-api-key',
  title: 'ElevenLabs API key',
  severity: 'error',
  description:
    'An ElevenLabs API key spends the character credits of its account and can use its voices, including cloned ones, for any text.',
  remediation: rotate('ElevenLabs (Developers › API Keys)'),
  revokeUrl: 'https://elevenlabs.io/app/settings/api-keys',
  envName: 'ELEVENLABS_API_KEY',
  keywords: ['elevenlabs', 'eleven_labs', 'eleven_api_key', 'xi-api-key'],
  pattern: /(?<![A-Za-z0-9_-])(sk_[0-9a-f]{48})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  priority: 2,
  minEntropy: 3,
  validate: (_secret, context) => near(context, ELEVENLABS, 300),
  samples: {
    positive: [
      `client = ElevenLabs(api_key="sk_${fakeToken(48, HEX, 'xi')}")`,
      `headers = {"xi-api-key": "sk_${fakeToken(48, HEX, 'xi2')}"}`
    ],
    negative: [
      `secret = "sk_${fakeToken(48, HEX, 'xi3')}"`,
      'client = ElevenLabs(api_key="sk_...")',
      `ELEVENLABS_API_KEY=sk_${'0'.repeat(48)}`
    ]
  }
};
