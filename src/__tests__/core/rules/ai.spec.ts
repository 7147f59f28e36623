import { fakeToken, fakeUuid } from '../../../core';
import { checkCases, describeContexts } from './contexts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const t = (n: number, seed: string, alphabet = ALNUM): string =>
  fakeToken(n, alphabet, seed);

describe('ai rules', () => {
  describeContexts('groq-api-key', `gsk_${t(52, 'g')}`, 'GROQ_API_KEY');
  describeContexts('perplexity-api-key', `pplx-${t(48, 'p')}`, 'PPLX_KEY');
  describeContexts('replicate-api-token', `r8_${t(37, 'r')}`, 'R8_TOKEN');
  describeContexts('xai-api-key', `xai-${t(80, 'x')}`, 'XAI_API_KEY');
  describeContexts(
    'openrouter-api-key',
    `sk-or-v1-${t(64, 'o', HEX)}`,
    'OPENROUTER_API_KEY'
  );
  describeContexts(
    'langsmith-api-key',
    `lsv2_sk_${t(32, 'l', HEX)}_${t(10, 'l2', HEX)}`,
    'LANGSMITH_API_KEY'
  );
  describeContexts(
    'pinecone-api-key',
    `pcsk_${t(6, 'pc')}_${t(70, 'pc2')}`,
    'PINECONE_API_KEY'
  );

  checkCases([
    [
      'an OpenRouter key is not an OpenAI key',
      `sk-or-v1-${t(64, 'o2', HEX)}`,
      'openai-api-key',
      0
    ],
    [
      'a Cohere key under its variable',
      `os.environ["COHERE_API_KEY"] = "${t(40, 'c')}"`,
      'cohere-api-key',
      1
    ],
    [
      'a Cohere client with the key inline',
      `co = cohere.Client("${t(40, 'c2')}")`,
      'cohere-api-key',
      1
    ],
    [
      'a word that ends in the vendor name',
      `incohere_key = "${t(40, 'c3')}"`,
      'cohere-api-key',
      0
    ],
    [
      'a Mistral key read from the environment',
      'client = Mistral(api_key=os.getenv("MISTRAL_API_KEY"))',
      'mistral-api-key',
      0
    ],
    [
      'a Mistral model name',
      'llm = ChatMistralAI(model="mistral-large-2407-abcdef1234567")',
      'mistral-api-key',
      0
    ],
    [
      'an Azure OpenAI key under a generic name next to the endpoint',
      `endpoint = "https://lab.openai.azure.com/"\napi_key = "${t(32, 'a', HEX)}"`,
      'azure-openai-key',
      1
    ],
    [
      'the subscription key header',
      `headers = {"Ocp-Apim-Subscription-Key": "${t(32, 'a2', HEX)}"}`,
      'azure-openai-key',
      1
    ],
    [
      'a Neptune token that is not base64 JSON',
      `NEPTUNE_API_TOKEN=eyJhcGlfYWRkcmVzcyI6${t(60, 'n')}`,
      'neptune-api-token',
      0
    ],
    [
      'a Neptune run id',
      `run = neptune.init_run(with_id="${fakeUuid('run')}")`,
      'neptune-api-token',
      0
    ]
  ]);
});
