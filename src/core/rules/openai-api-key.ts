/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { entropy } from '../entropy';
import { IRule } from '../types';
import { mixedCase, rotate, URL_SAFE } from './shared';

/** The base64 of "OpenAI" that OpenAI embeds in its keys. */
const MARKER = 'T3BlbkFJ';

/**
 * OpenAI API keys: legacy `sk-`, project `sk-proj-`, service-account `sk-svcacct-`
 * and admin `sk-admin-` keys (Anthropic's `sk-ant-` has its own rule).
 */
export const openaiApiKey: IRule = {
  id: 'openai-api-key',
  title: 'OpenAI API key',
  severity: 'error',
  description:
    'An OpenAI key bills its organisation for every request: anyone who reads it can run up costs and read stored files and assistants.',
  remediation: rotate('the OpenAI dashboard (API keys)'),
  revokeUrl: 'https://platform.openai.com/api-keys',
  envName: 'OPENAI_API_KEY',
  keywords: ['sk-'],
  pattern:
    /(?<![A-Za-z0-9_-])(sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{32,200})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  validate: secret =>
    secret.indexOf(MARKER) !== -1 ||
    (mixedCase(secret) && entropy(secret) >= 4.2),
  samples: {
    positive: [
      `client = OpenAI(api_key="sk-proj-${fakeToken(74, URL_SAFE)}${MARKER}${fakeToken(74, URL_SAFE)}")`,
      `%env OPENAI_API_KEY=sk-${fakeToken(20)}${MARKER}${fakeToken(20)}`
    ],
    negative: [
      'sk-' + 'x'.repeat(48),
      'pip install scikit-learn-intelex-extension-for-windows',
      'sk-proj-...'
    ]
  }
};
