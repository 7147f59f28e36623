import { IRule } from '../../types';
import { azureOpenaiKey } from './azure-openai-key';
import { cohereApiKey } from './cohere-api-key';
import { groqApiKey } from './groq-api-key';
import { langsmithApiKey } from './langsmith-api-key';
import { mistralApiKey } from './mistral-api-key';
import { neptuneApiToken } from './neptune-api-token';
import { openrouterApiKey } from './openrouter-api-key';
import { perplexityApiKey } from './perplexity-api-key';
import { pineconeApiKey } from './pinecone-api-key';
import { replicateApiToken } from './replicate-api-token';
import { xaiApiKey } from './xai-api-key';

/** Rules for AI and machine-learning services. */
export const aiRules: readonly IRule[] = [
  azureOpenaiKey,
  cohereApiKey,
  groqApiKey,
  langsmithApiKey,
  mistralApiKey,
  neptuneApiToken,
  openrouterApiKey,
  perplexityApiKey,
  pineconeApiKey,
  replicateApiToken,
  xaiApiKey
];
