/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { namedValue } from '../named-value';

/**
 * Azure OpenAI and Azure AI services keys (32 hex digits, or 84 characters in the newer
 * format), recognised by their name or an `openai.azure.com` endpoint nearby.
 */
export const azureOpenaiKey: IRule = {
  id: 'azure-openai-key',
  title: 'Azure OpenAI / AI services key',
  severity: 'error',
  description:
    'An Azure OpenAI (AI services) key bills its resource for every request and reaches its deployments, files and fine-tuned models.',
  remediation:
    'Use Entra ID authentication (DefaultAzureCredential) or read AZURE_OPENAI_API_KEY from the hub secret store. If the key was shared, regenerate it under the resource’s "Keys and Endpoint".',
  revokeUrl:
    'https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/OpenAI',
  envName: 'AZURE_OPENAI_API_KEY',
  keywords: [
    'azure_openai',
    'azureopenai',
    'azure-openai',
    'openai.azure.com',
    'cognitiveservices',
    'ocp-apim-subscription-key'
  ],
  ...namedValue({
    vendor: 'azure[_-]?openai|ocp-apim-subscription-key',
    value: '[0-9a-f]{32}|[A-Za-z0-9]{84}',
    context: /openai\.azure\.com|cognitiveservices\.azure\.com/i
  }),
  samples: {
    positive: [
      `client = AzureOpenAI(azure_endpoint="https://lab.openai.azure.com/", api_key="${fakeToken(32, HEX, 'aoai')}")`,
      `AZURE_OPENAI_API_KEY=${fakeToken(32, HEX, 'aoai2')}`
    ],
    negative: [
      `api_key = "${fakeToken(32, HEX, 'aoai3')}"`, // no Azure endpoint nearby
      'AZURE_OPENAI_API_KEY=${{ secrets.AZURE_OPENAI_API_KEY }}'
    ]
  }
};
