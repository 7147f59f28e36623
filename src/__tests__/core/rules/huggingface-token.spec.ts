import { fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('huggingface-token', () => {
  describe('huggingface-token', () => {
    const secret = `hf_${fakeToken(34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 'hf')}`;
    it.each(sourceContexts(secret, 'HF_TOKEN'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('huggingface-token');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('huggingface-token');
      }
    );
  });

  it.each([
    [
      'a hub function name',
      'from huggingface_hub import hf_hub_download, hf_hub_url',
      'huggingface-token',
      0
    ],
    [
      'notebook_login output text',
      'Token is valid (permission: write).',
      'huggingface-token',
      0
    ],
    [
      'an organisation API token',
      `HfApi(token="api_org_${fakeToken(34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 'org')}")`,
      'huggingface-token',
      1
    ],
    [
      'an api_org_ identifier in code',
      'api_org_settings = load_settings(api_org_name)',
      'huggingface-token',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
