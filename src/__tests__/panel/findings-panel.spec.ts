import { addAllowMark, removeAllowMark } from '../../fixes/allow-mark';
import type { IMarkedFinding } from '../../tokens';
import { MessageLoop } from '@lumino/messaging';
import { Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';

import { fakeGithubToken } from '../../core';
import { TextFindings } from '../../editor/text-findings';
import { DocumentFindings } from '../../notebook/document-findings';
import { FindingsPanel } from '../../panel/findings-panel';
import { MarkingTranslator } from '../i18n/fake-translator';
import { fakeService, notebookWith, streamOutput } from '../notebook/fakes';

describe('FindingsPanel', () => {
  it('should be a named region that takes the focus when opened, on its first finding', () => {
    const token = fakeGithubToken();
    const model = notebookWith([{ source: `t = "${token}"` }]);
    const findings = new DocumentFindings({ model, scanner: fakeService() });
    findings.flush();
    const panel = new FindingsPanel({ reveal: jest.fn(), actions: () => [] });
    Widget.attach(panel, document.body);
    expect(panel.node.getAttribute('role')).toBe('region');
    expect(panel.node.getAttribute('aria-label')).toBe('Credentials');

    MessageLoop.sendMessage(panel, Widget.Msg.ActivateRequest);
    expect(document.activeElement).toBe(panel.node);
    panel.document = findings;
    MessageLoop.sendMessage(panel, Widget.Msg.ActivateRequest);
    expect(document.activeElement).toBe(
      panel.node.querySelector('.jp-CredentialGuard-findingMain')
    );
    // No fixes, no fixes button.
    expect(
      panel.node.querySelector('.jp-CredentialGuard-findingFixes')
    ).toBeNull();
    panel.dispose();
  });

  it('should list findings with masked values, reveal them, and run fixes', () => {
    const token = fakeGithubToken();
    const service = fakeService();
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

    // One compact button per row opens its fixes as a menu, first one active.
    const more = rows[1].querySelector<HTMLButtonElement>(
      '.jp-CredentialGuard-findingFixes'
    )!;
    expect(more.getAttribute('aria-label')).toBe(
      'Fixes for GitHub token (Cell 2, output 1)'
    );
    more.click();
    const menu = document.querySelector('.jp-CredentialGuard-fixesMenu')!;
    expect(menu.textContent).toContain('Fix');
    menu.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true })
    );
    expect(fix).toHaveBeenCalledTimes(1);

    findings.paused = true;
    expect(panel.node.textContent).toContain('paused');

    Widget.detach(panel);
    panel.dispose();
    findings.dispose();
    service.dispose();
  });

  it("should list a text file's findings by line, and reveal them", () => {
    const token = fakeGithubToken();
    const service = fakeService();
    const model = {
      sharedModel: {},
      contentChanged: new Signal<any, void>({}),
      toString: () => `# settings\nDEBUG=1\nGITHUB_TOKEN=${token}\n`
    };
    const findings = new TextFindings({ model, scanner: service });
    findings.flush();
    const reveal = jest.fn();
    const actions = jest.fn(() => []);
    const panel = new FindingsPanel({ reveal, actions });
    Widget.attach(panel, document.body);

    panel.document = findings;
    expect(panel.node.textContent).toContain(
      '1 credential found in this file.'
    );
    const rows = panel.node.querySelectorAll('.jp-CredentialGuard-findingRow');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('GitHub token');
    expect(rows[0].textContent).toContain('Line 3');
    expect(rows[0].textContent).not.toContain('Cell');
    expect(panel.node.textContent).not.toContain(token);
    expect(actions).toHaveBeenCalledWith(
      expect.objectContaining({ ruleId: 'github-token', line: 3 })
    );

    rows[0]
      .querySelector<HTMLButtonElement>('.jp-CredentialGuard-findingMain')!
      .click();
    const [finding] = reveal.mock.calls[0];
    expect(finding).toEqual(findings.findings[0]);
    expect(finding).not.toHaveProperty('cellId');

    panel.document = null;
    expect(panel.node.textContent).toContain('Open a notebook or a text file');

    Widget.detach(panel);
    panel.dispose();
    findings.dispose();
    service.dispose();
  });

  it("should translate the rule's title in the extension's domain", () => {
    const service = fakeService();
    const model = notebookWith([{ source: `t = "${fakeGithubToken()}"` }]);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    const translator = new MarkingTranslator();
    const panel = new FindingsPanel({
      reveal: () => undefined,
      actions: () => [],
      translator
    });
    panel.document = findings;
    expect(translator.domains).toEqual(['jupyterlab_credential_guard']);
    const title = panel.node.querySelector('.jp-CredentialGuard-findingTitle')!;
    expect(title.textContent).toBe('«GitHub token»');

    panel.dispose();
    findings.dispose();
    service.dispose();
  });

  it('should list what was marked "not a secret", and unmark it', () => {
    const token = fakeGithubToken();
    const model = notebookWith([{ source: `t = "${token}"` }]);
    const findings = new DocumentFindings({ model, scanner: fakeService() });
    findings.flush();
    const [finding] = findings.findings;
    const unmark = jest.fn((mark: IMarkedFinding) =>
      removeAllowMark(mark.cell, mark.finding.fingerprint)
    );
    const panel = new FindingsPanel({
      reveal: jest.fn(),
      actions: () => [],
      unmark
    });
    Widget.attach(panel, document.body);
    panel.document = findings;
    const section = () =>
      panel.node.querySelector<HTMLElement>('.jp-CredentialGuard-marked')!;
    expect(section().hidden).toBe(true);

    addAllowMark(model.cells.get(0), finding.fingerprint);
    findings.flush();
    expect(findings.findings).toHaveLength(0);
    expect(section().hidden).toBe(false);
    expect(section().textContent).toContain('Marked as not a secret (1)');
    expect(section().textContent).toContain('GitHub token');
    expect(section().textContent).not.toContain(token);

    section()
      .querySelector<HTMLButtonElement>('.jp-CredentialGuard-unmark')!
      .click();
    expect(unmark).toHaveBeenCalledTimes(1);
    findings.flush();
    expect(findings.findings).toHaveLength(1);
    expect(section().hidden).toBe(true);
    panel.dispose();
  });
});
