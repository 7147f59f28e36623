import { fakeGithubToken } from '../../core';
import { DocumentFindings } from '../../notebook/document-findings';
import { SecretScannerService } from '../../notebook/scanner-service';
import { FindingsStatus } from '../../statusbar/findings-status';
import { FakeSettings, notebookWith } from '../notebook/fakes';

describe('FindingsStatus', () => {
  it('should show the count of the current document and follow its changes', () => {
    const service = new SecretScannerService({
      settings: new FakeSettings(),
      warn: () => undefined
    });
    const model = notebookWith([
      { source: `a = "${fakeGithubToken()}"` },
      { source: 'b = 2' }
    ]);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    const onClick = jest.fn();
    const item = new FindingsStatus({ onClick });
    const activeChanges = jest.fn();
    item.activeChanged.connect(activeChanges);
    expect(item.count).toBe(0);

    item.document = findings;
    expect(item.count).toBe(1);
    expect(item.node.textContent).toBe('⚠ 1 credential');
    expect(activeChanges).toHaveBeenCalledTimes(1);

    model.cells.get(1).sharedModel.setSource(`b = "${fakeGithubToken()}"`);
    findings.flush();
    expect(item.node.textContent).toBe('⚠ 2 credentials');

    findings.paused = true;
    expect(item.count).toBe(0);
    expect(item.isActive).toBe(true);
    expect(item.node.textContent).toBe('Credential warnings paused');
    findings.paused = false;

    item.node.click();
    expect(onClick).toHaveBeenCalledTimes(1);

    item.document = null;
    expect(item.count).toBe(0);
    expect(item.isActive).toBe(false);
    expect(activeChanges).toHaveBeenCalledTimes(2);
    item.dispose();
    item.dispose();
    findings.dispose();
    service.dispose();
  });
});
