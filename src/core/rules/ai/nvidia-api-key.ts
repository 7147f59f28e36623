/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { mixedCase } from '../shared';

/** NVIDIA API keys (`nvapi-`): the API catalog at build.nvidia.com and NGC personal keys. */
export const nvidiaApiKey: IRule = {
  id: 'nvidia-api-key',
  title: 'NVIDIA API key',
  severity: 'error',
  description:
    'An NVIDIA API key (build.nvidia.com, NGC) calls hosted NIM models on your account’s credits and, for NGC personal keys, pulls the private containers and models of your NGC organisation.',
  remediation:
    'Read it from an environment variable (NVIDIA_API_KEY, NGC_API_KEY) or the hub secret store instead. If it was saved or shared, revoke it in NGC (Setup › API Keys, or Settings › API keys on build.nvidia.com) and create a new one.',
  revokeUrl: 'https://org.ngc.nvidia.com/setup/api-keys',
  envName: 'NVIDIA_API_KEY',
  keywords: ['nvapi-'],
  pattern: /(?<![A-Za-z0-9_-])(nvapi-[A-Za-z0-9_-]{56,72})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  priority: 2,
  minEntropy: 4,
  validate: secret => mixedCase(secret.slice(6)),
  samples: {
    positive: [
      `client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="nvapi-${fakeToken(64, BASE64URL, 'nvapi')}")`,
      `!export NGC_API_KEY=nvapi-${fakeToken(64, BASE64URL, 'nvapi2')}`
    ],
    negative: [
      'export NVIDIA_API_KEY="nvapi-..."',
      'nvapi-' + 'x'.repeat(64),
      '#include "nvapi.h"  // nvapi-sdk-r560'
    ]
  }
};
