import { fakeGithubToken, Scanner } from '../../core';

describe('Scanner', () => {
  it('should find a token in text', () => {
    const scanner = new Scanner();
    const found = scanner.scanText(`t = "${fakeGithubToken()}"`);
    expect(found.map(f => f.ruleId)).toEqual(['github-token']);
    expect(found[0].masked).toMatch(/^ghp_.{0,4}…$/);
  });

  it('should report invalid JSON as an error', () => {
    const result = new Scanner().scanNotebookJson('{"cells": [');
    expect(result.findings).toEqual([]);
    expect(result.errors[0]).toMatch(/^invalid JSON/);
  });
});
