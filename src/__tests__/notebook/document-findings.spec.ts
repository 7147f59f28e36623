import { ICodeCellModel } from '@jupyterlab/cells';

import { fakeAwsKeyId, fakeGithubToken } from '../../core';
import { DocumentFindings } from '../../notebook/document-findings';
import { SecretScannerService } from '../../notebook/scanner-service';
import { FakeSettings, fakeService, notebookWith, streamOutput } from './fakes';

describe('DocumentFindings', () => {
  let settings: FakeSettings;
  let service: SecretScannerService;

  beforeEach(() => {
    jest.useFakeTimers();
    settings = new FakeSettings({ debounceMs: 100 });
    service = fakeService(settings);
  });

  afterEach(() => {
    service.dispose();
    jest.useRealTimers();
  });

  it('should scan every cell once when created, sources and outputs', () => {
    const model = notebookWith([
      { source: 'print(1)' },
      { source: `key = "${fakeAwsKeyId()}"` },
      { source: 'x', outputs: [streamOutput(`token ${fakeGithubToken()}\n`)] },
      { source: `See ${fakeGithubToken()}`, cell_type: 'markdown' }
    ]);
    const findings = new DocumentFindings({ model, scanner: service });
    expect(findings.isStale).toBe(true);
    jest.advanceTimersByTime(100);
    expect(findings.isStale).toBe(false);
    expect(findings.findings.map(f => [f.ruleId, f.cell, f.where])).toEqual([
      ['aws-access-key-id', 1, 'source'],
      ['github-token', 2, 'outputs[0]'],
      ['github-token', 3, 'source']
    ]);
    expect(findings.count).toBe(3);
    findings.dispose();
  });

  it('should re-scan only the cell that changed, after the debounce', () => {
    const model = notebookWith([{ source: 'a = 1' }, { source: 'b = 2' }]);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    const changes: string[][] = [];
    findings.changed.connect((_, change) => changes.push([...change.cellIds]));
    const second = model.cells.get(1);
    second.sharedModel.setSource(`b = "${fakeGithubToken()}"`);
    jest.advanceTimersByTime(50);
    expect(findings.count).toBe(0);
    expect(findings.isStale).toBe(true);
    jest.advanceTimersByTime(60);
    expect(findings.count).toBe(1);
    expect(changes).toEqual([[second.id]]);
    findings.dispose();
  });

  it('should follow outputs, added cells and removed cells', () => {
    const model = notebookWith([{ source: 'print(token)' }]);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    const cell = model.cells.get(0) as ICodeCellModel;
    cell.outputs.add(streamOutput(`${fakeGithubToken()}\n`));
    findings.flush();
    expect(findings.findings[0].where).toBe('outputs[0]');
    cell.outputs.clear();
    findings.flush();
    expect(findings.count).toBe(0);

    model.sharedModel.insertCell(1, {
      cell_type: 'code',
      source: `k = "${fakeAwsKeyId()}"`
    });
    findings.flush();
    expect(findings.findings.map(f => f.cell)).toEqual([1]);
    model.sharedModel.deleteCell(1);
    expect(findings.count).toBe(0);
    findings.dispose();
  });

  it('should drop a cell that was disposed before the list reported its removal', () => {
    const model = notebookWith([
      { source: 'a' },
      { source: `t = "${fakeGithubToken()}"` }
    ]);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    expect(findings.count).toBe(1);
    // Loading a file replaces every cell; JupyterLab disposes the old ones first.
    const json = model.toJSON();
    model.cells.get(1).dispose();
    model.fromJSON({ ...json, cells: [json.cells[0]] });
    findings.flush();
    expect(findings.count).toBe(0);
    findings.dispose();
  });

  it('should honour allow marks in the cell metadata', () => {
    const model = notebookWith([{ source: `t = "${fakeGithubToken()}"` }]);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    expect(findings.count).toBe(1);
    model.cells
      .get(0)
      .setMetadata('credential_guard', { allow: ['github-token'] });
    findings.flush();
    expect(findings.count).toBe(0);
    findings.dispose();
  });

  it('should re-scan everything when the settings change', () => {
    const model = notebookWith([
      { source: 'x', outputs: [streamOutput(`${fakeGithubToken()}\n`)] }
    ]);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    expect(findings.count).toBe(1);
    settings.set({ scanOutputs: false });
    findings.flush();
    expect(findings.count).toBe(0);
    settings.set({ scanOutputs: true, disabledRules: ['github-token'] });
    findings.flush();
    expect(findings.count).toBe(0);
    findings.dispose();
  });

  it('should scan a large notebook in slices and count every cell', () => {
    // Building a Yjs notebook model is the slow part in jsdom: 400 cells are enough here;
    // the galata spec opens 2,000.
    const cells = Array.from({ length: 400 }, (_, i) => ({
      source: i % 100 === 7 ? `t = "${fakeGithubToken()}"` : `x${i} = ${i}`
    }));
    const model = notebookWith(cells);
    const findings = new DocumentFindings({ model, scanner: service });
    jest.advanceTimersByTime(1000);
    expect(findings.isStale).toBe(false);
    expect(findings.findings.map(f => f.cell)).toEqual([7, 107, 207, 307]);
    findings.dispose();
  });

  it('should stop following the model when disposed', () => {
    const model = notebookWith([{ source: 'a' }]);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.dispose();
    findings.dispose();
    expect(findings.isDisposed).toBe(true);
    model.cells.get(0).sharedModel.setSource(`"${fakeGithubToken()}"`);
    jest.advanceTimersByTime(1000);
    expect(findings.count).toBe(0);
  });

  it('should report a pause to its views', () => {
    const model = notebookWith([{ source: 'a' }]);
    const findings = new DocumentFindings({ model, scanner: service });
    const seen = jest.fn();
    findings.changed.connect(seen);
    findings.paused = true;
    findings.paused = true;
    expect(seen).toHaveBeenCalledTimes(1);
    findings.dispose();
  });
});
