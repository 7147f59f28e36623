import { Widget } from '@lumino/widgets';

import { fakeGithubToken } from '../../core';
import { DocumentFindings } from '../../notebook/document-findings';
import { SecretScannerService } from '../../notebook/scanner-service';
import { FindingsPanel } from '../../panel/findings-panel';
import { FakeSettings, notebookWith, streamOutput } from '../notebook/fakes';

describe('FindingsPanel', () => {
  it('should list findings with masked values, reveal them, and run fixes', () => {
    const token = fakeGithubToken();
    const service = new SecretScannerService({
      settings: new FakeSettings(),
      warn: () => undefined
    });
    const model = notebookWith([
      { source: 'x = 1' },
      { source: `t = "${token}"`, outputs: [streamOutput(`${token}\n`)] }
    ]);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    const reveal = jest.fn();
    const fix = jest.fn();
    const panel = new FindingsPanel({
      reveal,
      actions: () => [{ label: 'Fix', run: fix }]
    });
    Widget.attach(panel, document.body);
    expect(panel.node.textContent).toContain('Open a notebook');

    panel.document = findings;
    const rows = panel.node.querySelectorAll('.jp-CredentialGuard-findingRow');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('GitHub token');
    expect(rows[0].textContent).toContain('Cell 2, source');
    expect(rows[1].textContent).toContain('Cell 2, output 1');
    expect(panel.node.textContent).not.toContain(token);

    const mains = panel.node.querySelectorAll<HTMLButtonElement>(
      '.jp-CredentialGuard-findingMain'
    );
    mains[0].click();
    expect(reveal).toHaveBeenCalledWith(
      expect.objectContaining({
        cellId: model.cells.get(1).id,
        where: 'source'
      })
    );
    mains[0].focus();
    panel.node.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })
    );
    expect(document.activeElement).toBe(mains[1]);

    rows[1].querySelector<HTMLButtonElement>('.jp-Button')!.click();
    expect(fix).toHaveBeenCalledTimes(1);

    findings.paused = true;
    expect(panel.node.textContent).toContain('paused');

    Widget.detach(panel);
    panel.dispose();
    findings.dispose();
    service.dispose();
  });
});
