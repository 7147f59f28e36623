import { nullTranslator } from '@jupyterlab/translation';

import { fakeGithubToken, mask } from '../../core';
import {
  findingsKey,
  groupFindings,
  saveNoticeMessage
} from '../../save/save-notice';
import { finding } from './fakes';

const trans = nullTranslator.load('jupyterlab_credential_guard');

describe('#groupFindings', () => {
  it('should count findings per type, largest group first, with at most two masked previews', () => {
    const groups = groupFindings([
      finding('AWS secret access key', 'a', 'wJal…'),
      finding('GitHub token', 'b', 'ghp_Ab12…'),
      finding('GitHub token', 'c', 'ghp_Cd34…'),
      finding('GitHub token', 'd', 'ghp_Ef56…')
    ]);
    expect(groups).toEqual([
      { title: 'GitHub token', count: 3, masked: ['ghp_Ab12…', 'ghp_Cd34…'] },
      { title: 'AWS secret access key', count: 1, masked: ['wJal…'] }
    ]);
  });
});

describe('#findingsKey', () => {
  it.each([
    ['no findings', [], ''],
    [
      'order does not matter',
      ['b', 'a'],
      findingsKey([{ fingerprint: 'a' }, { fingerprint: 'b' }])
    ]
  ])('%s', (_reason, prints, expected) => {
    expect(findingsKey(prints.map(fingerprint => ({ fingerprint })))).toBe(
      expected
    );
  });

  it('should change when a finding is added or replaced', () => {
    const one = findingsKey([{ fingerprint: 'a' }]);
    expect(findingsKey([{ fingerprint: 'a' }, { fingerprint: 'b' }])).not.toBe(
      one
    );
    expect(findingsKey([{ fingerprint: 'c' }])).not.toBe(one);
  });
});

describe('#saveNoticeMessage', () => {
  it('should name the document, the count and the types with masked values', () => {
    const message = saveNoticeMessage(trans, 'analysis.ipynb', [
      finding('GitHub token', 'a', 'ghp_Ab12…'),
      finding('GitHub token', 'b', 'ghp_Cd34…'),
      finding('AWS access key ID', 'c', 'AKIA…')
    ]);
    expect(message).toBe(
      'analysis.ipynb was saved with 3 credentials: GitHub token ×2 (ghp_Ab12…, ghp_Cd34…), AWS access key ID (AKIA…).'
    );
  });

  it('should use the singular for one credential', () => {
    expect(
      saveNoticeMessage(trans, 'a.py', [finding('GitHub token', 'a')])
    ).toBe('a.py was saved with 1 credential: GitHub token (ghp_Ab12…).');
  });

  it('should never hold a full secret', () => {
    const token = fakeGithubToken('ghp', 'notice');
    const message = saveNoticeMessage(trans, 'a.ipynb', [
      finding('GitHub token', 'a', mask(token))
    ]);
    expect(message).not.toContain(token);
    expect(message).toContain(mask(token));
  });

  it('should stay within 140 characters by dropping previews, then types', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      finding(`Credential type number ${i}`, `f${i}`, `prefix_${i}abc…`)
    );
    const message = saveNoticeMessage(trans, 'notebook.ipynb', many);
    expect(message.length).toBeLessThanOrEqual(140);
    expect(message).toContain('8 credentials');
    expect(message).toContain('more types');
    expect(message).not.toContain('prefix_');
  });
});
