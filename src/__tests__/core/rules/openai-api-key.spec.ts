import { fakeToken } from '../../../core';
import { idsIn, idsInOutput, outputContexts, sourceContexts } from './contexts';

describe('openai-api-key', () => {
  describe('openai-api-key', () => {
    const secret = `sk-proj-${fakeToken(70, undefined, 'oa1')}T3BlbkFJ${fakeToken(70, undefined, 'oa2')}`;
    it.each(sourceContexts(secret, 'OPENAI_API_KEY'))(
      'should find it in %s',
      (_where, text) => {
        expect(idsIn(text)).toContain('openai-api-key');
      }
    );
    it.each(outputContexts(secret))(
      'should find it in %s',
      (_where, output) => {
        expect(idsInOutput(output)).toContain('openai-api-key');
      }
    );
  });

  it.each([
    [
      'a service-account key',
      `sk-svcacct-${fakeToken(60, undefined, 's')}T3BlbkFJ${fakeToken(60, undefined, 's2')}`,
      'openai-api-key',
      1
    ],
    [
      'an Anthropic key (its own rule)',
      `sk-ant-api03-${fakeToken(93, undefined, 'an')}AA`,
      'openai-api-key',
      0
    ],
    [
      'a package name',
      'pip install sk-video-processing-toolkit-for-python3',
      'openai-api-key',
      0
    ]
  ])('should handle %s', (_reason, text, ruleId, expected) => {
    expect(idsIn(text).filter(id => id === ruleId)).toHaveLength(expected);
  });
});
