import { fakeGithubToken, Scanner } from '../../core';
import {
  allowedByMetadata,
  suppressByMetadata
} from '../../core/suppress-metadata';

describe('#suppressByMetadata', () => {
  const findings = new Scanner().scanText(
    `t = "${fakeGithubToken('ghp', 'meta')}"`
  );

  it('should drop findings allowed by rule id', () => {
    expect(
      suppressByMetadata(findings, {
        credential_guard: { allow: ['github-token'] }
      })
    ).toEqual([]);
  });

  it('should drop findings allowed by fingerprint', () => {
    const allow = [findings[0].fingerprint];
    expect(
      suppressByMetadata(findings, { credential_guard: { allow } })
    ).toEqual([]);
  });

  it.each([
    ['no metadata', undefined],
    ['another rule', { credential_guard: { allow: ['jwt'] } }],
    ['a malformed entry', { credential_guard: { allow: 'github-token' } }],
    ['a non-object', 'github-token'],
    ['null', null]
  ])('should keep findings with %s', (_what, metadata) => {
    expect(suppressByMetadata(findings, metadata)).toEqual(findings);
  });

  it('should ignore non-string entries', () => {
    expect([
      ...allowedByMetadata({ credential_guard: { allow: [1, null, 'x'] } })
    ]).toEqual(['x']);
  });
});
