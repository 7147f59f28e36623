/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../fake-token';
import { IRule } from '../types';
import { rotate, URL_SAFE } from './shared';

/** Anthropic API and admin keys (`sk-ant-api03-…`, `sk-ant-admin01-…`). */
export const anthropicApiKey: IRule = {
  id: 'anthropic-api-key',
  title: 'Anthropic API key',
  severity: 'error',
  description:
    'An Anthropic key bills its workspace for every request made with it; anyone who reads the notebook can use it.',
  remediation: rotate('the Anthropic Console (API keys)'),
  revokeUrl: 'https://console.anthropic.com/settings/keys',
  envName: 'ANTHROPIC_API_KEY',
  keywords: ['sk-ant-'],
  pattern:
    /(sk-ant-(?:api|admin|oat|ort)\d{2}-[A-Za-z0-9_-]{32,200})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  priority: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `client = anthropic.Anthropic(api_key="sk-ant-api03-${fakeToken(93, URL_SAFE)}AA")`
    ],
    negative: [
      'sk-ant-api03-' + 'X'.repeat(95),
      'keys look like sk-ant-api03-…'
    ]
  }
};
