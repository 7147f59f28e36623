/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { HEX } from '../alphabets';
import { near, rotate } from '../shared';

/**
 * Where DeepSeek itself is named: its API host or platform, its key's variable, its
 * LangChain client. A model name alone (`deepseek-chat`) does not count: other providers
 * (DashScope, SiliconFlow, OpenRouter) serve DeepSeek models with their own keys, and
 * DashScope's keys have the same `sk-` and 32 hex digits.
 */
const DEEPSEEK =
  /api\.deepseek\.com|platform\.deepseek\.com|deepseek[_-]?(?:api[_-]?)?key|ChatDeepSeek|langchain[_-]deepseek/i;

/**
 * DeepSeek API keys (`sk-` and 32 lower-case hex digits), which OpenAI-compatible clients
 * send as a bearer token. DeepSeek does not publish the format and other OpenAI-compatible
 * providers use the same shape, so a key counts only where DeepSeek is named nearby.
 */
export const deepseekApiKey: IRule = {
  id: 'deepseek-api-key',
  title: 'DeepSeek API key',
  severity: 'error',
  description:
    'A DeepSeek API key spends the balance of its DeepSeek platform account: anyone who reads the notebook can run models on your credit.',
  remediation: rotate('the DeepSeek platform (API keys)'),
  revokeUrl: 'https://platform.deepseek.com/api_keys',
  envName: 'DEEPSEEK_API_KEY',
  keywords: ['deepseek'],
  pattern: /(?<![A-Za-z0-9_-])(sk-[0-9a-f]{32})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  // Above the OpenAI and generic key rules, which see the same `sk-` value.
  priority: 2,
  minEntropy: 3,
  validate: (_secret, context) => near(context, DEEPSEEK, 400),
  samples: {
    positive: [
      `client = OpenAI(api_key="sk-${fakeToken(32, HEX, 'deepseek')}", base_url="https://api.deepseek.com")`,
      `%env DEEPSEEK_API_KEY=sk-${fakeToken(32, HEX, 'deepseek2')}`,
      `llm = ChatDeepSeek(model="deepseek-chat", api_key="sk-${fakeToken(32, HEX, 'deepseek3')}")`
    ],
    negative: [
      // DashScope serves DeepSeek models with its own keys of the same shape.
      `client = OpenAI(api_key="sk-${fakeToken(32, HEX, 'deepseek4')}", base_url="https://dashscope.aliyuncs.com/compatible-mode/v1")\nresp = client.chat.completions.create(model="deepseek-r1", messages=msgs)`,
      'export DEEPSEEK_API_KEY="sk-..."',
      `DEEPSEEK_API_KEY=sk-${'0'.repeat(32)}`
    ]
  }
};
