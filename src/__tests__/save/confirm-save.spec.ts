import { nullTranslator } from '@jupyterlab/translation';

import { fakeGithubToken, INotebookFinding, mask } from '../../core';
import { confirmBody } from '../../save/confirm-save';
import { finding } from './fakes';

const trans = nullTranslator.load('jupyterlab_credential_guard');

describe('#confirmBody', () => {
  it('should list each credential by type, masked value and place, never the value', () => {
    const secret = fakeGithubToken('ghp', 'confirm');
    const inOutput: INotebookFinding = {
      ...finding('GitHub token', 'a', mask(secret)),
      cell: 2,
      cellId: 'c',
      where: 'outputs[0]',
      location: { part: 'output', index: 0 }
    };
    const inFile = {
      ...finding('AWS secret access key', 'b', 'wJal…'),
      line: 7
    };
    const body = confirmBody(trans, [inOutput, inFile]);
    const rows = Array.from(body.node.querySelectorAll('li')).map(
      row => row.textContent
    );
    expect(rows).toEqual([
      `GitHub token ${mask(secret)} cell 3, output 1`,
      'AWS secret access key wJal… line 7'
    ]);
    expect(body.node.textContent).not.toContain(secret);
  });

  it('should count what it does not list', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      finding('GitHub token', `f${i}`)
    );
    const body = confirmBody(trans, many);
    expect(body.node.querySelectorAll('li')).toHaveLength(20);
    expect(body.node.textContent).toContain('and 5 more');
  });
});
