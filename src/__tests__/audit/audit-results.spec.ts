import { nullTranslator } from '@jupyterlab/translation';

import { isOpenable, renderResults } from '../../audit/audit-results';
import type { IAuditFinding } from '../../core/file-walk';

const trans = nullTranslator.load('jupyterlab_credential_guard');

function finding(overrides: Partial<IAuditFinding> = {}): IAuditFinding {
  return {
    ruleId: 'aws-access-key-id',
    title: 'AWS access key id',
    severity: 'error',
    line: 2,
    column: 1,
    start: 0,
    end: 20,
    masked: 'AKIAMAXU…',
    fingerprint: 'f',
    cell: null,
    cellId: null,
    where: null,
    fileLevel: false,
    message: null,
    remediation: null,
    ...overrides
  };
}

describe('#renderResults', () => {
  it('should show each finding masked, with its rule and its remedy, code as code', () => {
    const open = jest.fn();
    const list = renderResults(
      [{ path: 'project/settings.py', kind: 'text', findings: [finding()] }],
      {
        trans,
        remediation: () => 'Run `aws configure` outside the notebook.',
        open
      }
    );
    const row = list.querySelector('.jp-CredentialGuard-auditFinding')!;
    expect(row.classList).toContain('jp-mod-error');
    expect(
      row.querySelector('.jp-CredentialGuard-auditFindingMain')!.textContent
    ).toBe('AWS access key id · line 2 · AKIAMAXU…');
    const remedy = row.querySelector('.jp-CredentialGuard-auditRemedy')!;
    expect(remedy.textContent).toBe('Run aws configure outside the notebook.');
    expect(remedy.querySelector('code')!.textContent).toBe('aws configure');
    (row.querySelector('button') as HTMLButtonElement).click();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it("should say how to reach a hidden file, and use a file-level finding's own text", () => {
    const list = renderResults(
      [
        {
          path: '.aws/credentials',
          kind: 'text',
          findings: [
            finding({
              fileLevel: true,
              masked: null,
              message: 'The shared credentials file.',
              remediation: 'Delete it.'
            })
          ]
        }
      ],
      { trans, remediation: () => 'unused', open: jest.fn() }
    );
    expect(list.querySelector('button')).toBeNull();
    expect(
      list.querySelector('.jp-CredentialGuard-auditHint')!.textContent
    ).toContain('Open a terminal');
    expect(
      list.querySelector('.jp-CredentialGuard-auditRemedy')!.textContent
    ).toBe('The shared credentials file. Delete it.');
  });
});

describe('#isOpenable', () => {
  it.each([
    ['analysis/run.ipynb', true],
    ['.netrc', false],
    ['project/.env', false],
    ['.ipynb_checkpoints/a-checkpoint.ipynb', false]
  ])('%s: %s', (path, openable) => {
    expect(isOpenable(path)).toBe(openable);
  });
});
