import { IRule } from '../../types';
import { apifyApiToken } from './apify-api-token';
import { awsBedrockApiKey } from './aws-bedrock-api-key';
import { azureOpenaiKey } from './azure-openai-key';
import { cohereApiKey } from './cohere-api-key';
import { deepseekApiKey } from './deepseek-api-key';
import { elevenlabsApiKey } from './elevenlabs-api-key';
import { firecrawlApiKey } from './firecrawl-api-key';
import { groqApiKey } from './groq-api-key';
import { jinaApiKey } from './jina-api-key';
import { langfuseSecretKey } from './langfuse-secret-key';
import { langsmithApiKey } from './langsmith-api-key';
import { mistralApiKey } from './mistral-api-key';
import { neptuneApiToken } from './neptune-api-token';
import { nvidiaApiKey } from './nvidia-api-key';
import { openrouterApiKey } from './openrouter-api-key';
import { perplexityApiKey } from './perplexity-api-key';
import { pineconeApiKey } from './pinecone-api-key';
import { replicateApiToken } from './replicate-api-token';
import { tavilyApiKey } from './tavily-api-key';
import { xaiApiKey } from './xai-api-key';

/** Rules for AI and machine-learning services. */
export const aiRules: readonly IRule[] = [
  apifyApiToken,
  awsBedrockApiKey,
  azureOpenaiKey,
  cohereApiKey,
  deepseekApiKey,
  elevenlabsApiKey,
  firecrawlApiKey,
  groqApiKey,
  jinaApiKey,
  langfuseSecretKey,
  langsmithApiKey,
  mistralApiKey,
  neptuneApiToken,
  nvidiaApiKey,
  openrouterApiKey,
  perplexityApiKey,
  pineconeApiKey,
  replicateApiToken,
  tavilyApiKey,
  xaiApiKey
];
