import { jsonErrorMessage } from '../../core/json-error';

describe('#jsonErrorMessage', () => {
  const fail = (text: string): string => {
    try {
      JSON.parse(text);
    } catch (error) {
      return jsonErrorMessage(error, text);
    }
    return '';
  };

  it('should give the line and column of the problem', () => {
    expect(fail('{\n  "a": 1,\n  "b" 2\n}')).toMatch(
      /^invalid JSON at line 3, column \d+: /
    );
  });

  it('should not quote the input', () => {
    const secret = 'ghp_notarealtokenbutlookslikeone0000';
    expect(fail(`${secret} trailing`)).not.toContain(secret.slice(0, 12));
    expect(fail(`{"token": "${secret}" oops}`)).not.toContain(
      secret.slice(4, 16)
    );
  });

  it('should explain truncated input', () => {
    expect(fail('{"cells": [')).toMatch(/^invalid JSON/);
  });
});
