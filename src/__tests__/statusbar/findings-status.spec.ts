import { SavedState } from '../../save/saved-state';
import { fakeGithubToken } from '../../core';
import { DocumentFindings } from '../../notebook/document-findings';
import { FindingsStatus } from '../../statusbar/findings-status';
import { fakeService, notebookWith } from '../notebook/fakes';

describe('FindingsStatus', () => {
  it('should show the count of the current document and follow its changes', () => {
    const service = fakeService();
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

  it('should say each change once in a polite live region, and nothing at start-up', () => {
    const service = fakeService();
    const model = notebookWith([
      { source: `a = "${fakeGithubToken()}"` },
      { source: 'b = 2' }
    ]);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    const item = new FindingsStatus();
    const live = document.body.querySelector<HTMLElement>(
      '.jp-CredentialGuard-liveRegion[role="status"][aria-live="polite"]'
    )!;
    expect(live.textContent).toBe('');
    const observer = new MutationObserver(() => undefined);
    observer.observe(live, { childList: true, characterData: true });
    // What each step wrote to the region: its text, or null for no write.
    const said = () =>
      observer.takeRecords().length ? live.textContent : null;
    const edit = (index: number, source: string) => {
      model.cells.get(index).sharedModel.setSource(source);
      findings.flush();
      return said();
    };

    item.document = findings;
    expect(said()).toBe('1 credential found in this document');
    expect(edit(1, 'b = 3')).toBeNull();
    expect(edit(1, `b = "${fakeGithubToken()}"`)).toBe(
      '2 credentials found in this document'
    );
    edit(0, 'a = 1');
    expect(edit(1, 'b = 1')).toBe('No credentials found in this document');
    expect(edit(1, 'b = 0')).toBeNull();
    // The button's name stays its own.
    expect(item.node.textContent).toBe('');
    item.dispose();
    expect(live.isConnected).toBe(false);
    observer.disconnect();
    findings.dispose();
    service.dispose();
  });

  it('should leave the DOM alone when a re-scan finds the same count', async () => {
    const service = fakeService();
    const model = notebookWith([{ source: `a = "${fakeGithubToken()}"` }]);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    const item = new FindingsStatus({ onClick: () => undefined });
    item.document = findings;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver(list => records.push(...list));
    observer.observe(item.node, {
      attributes: true,
      childList: true,
      characterData: true,
      subtree: true
    });

    // Typing in the cell: every debounced re-scan is reported, with the same count.
    model.cells.get(0).sharedModel.setSource(`a  = "${fakeGithubToken()}"`);
    findings.flush();
    await Promise.resolve();
    expect(records).toEqual([]);

    model.cells.get(0).sharedModel.setSource('a = 1');
    findings.flush();
    await Promise.resolve();
    expect(records.length).toBeGreaterThan(0);
    expect(item.node.dataset.count).toBe('0');
    observer.disconnect();
    item.dispose();
    findings.dispose();
    service.dispose();
  });

  it('should say in the same item what the last save wrote', () => {
    const model = notebookWith([{ source: `a = "${fakeGithubToken()}"` }]);
    const findings = new DocumentFindings({ model, scanner: fakeService() });
    findings.flush();
    const saved = new SavedState();
    const item = new FindingsStatus();
    item.saved = saved;
    expect(item.isActive).toBe(false);

    saved.saved(1);
    expect(item.isActive).toBe(true);
    expect(item.node.textContent).toBe('⚠ Saved with 1 credential');
    item.document = findings;
    expect(item.node.textContent).toBe('⚠ 1 credential, saved');
    expect(item.node.title).toContain('The last save wrote 1 credential');

    saved.saved(0);
    expect(item.node.textContent).toBe('⚠ 1 credential');
    saved.saved(null);
    expect(item.node.textContent).toBe('⚠ 1 credential, saved unchecked');
    item.document = null;
    expect(item.node.textContent).toBe('Saved unchecked');
    item.saved = null;
    expect(item.isActive).toBe(false);
  });
});
