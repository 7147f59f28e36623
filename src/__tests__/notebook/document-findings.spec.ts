import { ICodeCellModel } from '@jupyterlab/cells';
import { NotebookActions } from '@jupyterlab/notebook';
import { NBTestUtils } from '@jupyterlab/notebook/lib/testutils';

import { fakeAwsKeyId, fakeGithubToken } from '../../core';
import { CellFollower } from '../../notebook/cell-follower';
import { DocumentFindings } from '../../notebook/document-findings';
import { SecretScannerService } from '../../scanner/scanner-service';
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
    const changes: unknown[][] = [];
    findings.changed.connect((_, change) => changes.push([...change.cells]));
    const second = model.cells.get(1);
    second.sharedModel.setSource(`b = "${fakeGithubToken()}"`);
    jest.advanceTimersByTime(50);
    expect(findings.count).toBe(0);
    expect(findings.isStale).toBe(true);
    jest.advanceTimersByTime(60);
    expect(findings.count).toBe(1);
    expect(changes).toEqual([[second]]);
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

  it('should keep apart two cells that share an id, as cut, undo and paste leave them', () => {
    const model = notebookWith([]);
    // JupyterLab keeps a cut cell's id when it is pasted: two cells, one id.
    model.sharedModel.insertCells(0, [
      { cell_type: 'code', id: 'twin', source: `t = "${fakeGithubToken()}"` },
      { cell_type: 'code', id: 'twin', source: 'clean = 1' }
    ] as any);
    const [secret, clean] = [model.cells.get(0), model.cells.get(1)];
    expect(clean.id).toBe(secret.id);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    expect(findings.count).toBe(1);
    expect(findings.findings.map(f => f.cell)).toEqual([0]);

    clean.sharedModel.setSource('clean = 2');
    findings.flush();
    expect(findings.count).toBe(1);
    expect(findings.cell(secret)?.source).toHaveLength(1);
    expect(findings.cell(clean)?.source).toEqual([]);
    findings.dispose();
  });

  it('should serve no findings of an older engine, or from before an allow mark', () => {
    const model = notebookWith([{ source: `t = "${fakeGithubToken()}"` }]);
    const cell = model.cells.get(0);
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    expect(findings.cell(cell)?.source).toHaveLength(1);

    settings.set({ disabledRules: ['aws-access-key-id'] });
    expect(findings.cell(cell)).toBeUndefined();
    expect(findings.isStale).toBe(true);
    // Re-scanned at once, not after the typing debounce.
    jest.advanceTimersByTime(0);
    expect(findings.cell(cell)?.source).toHaveLength(1);

    cell.setMetadata('credential_guard', { allow: ['github-token'] });
    expect(findings.cell(cell)).toBeUndefined();
    findings.flush();
    expect(findings.cell(cell)?.source).toEqual([]);
    findings.dispose();
  });

  it('should scan the other cells when one cannot be scanned, and say so once without its text', () => {
    const warnings: string[] = [];
    const secret = fakeGithubToken();
    const model = notebookWith([
      { source: `boom = "${secret}"` },
      { source: `t = "${fakeGithubToken()}"` },
      { source: `boom_again = "${secret}"` }
    ]);
    const engine = service.scanner;
    const scanCellSource = engine.scanCellSource.bind(engine);
    jest.spyOn(engine, 'scanCellSource').mockImplementation((text, meta) => {
      if (text.startsWith('boom')) {
        throw new TypeError(`cannot read ${text}`);
      }
      return scanCellSource(text, meta);
    });
    const findings = new DocumentFindings({
      model,
      scanner: service,
      warn: text => warnings.push(text)
    });
    findings.flush();
    expect(findings.findings.map(f => f.cell)).toEqual([1]);
    expect(findings.isStale).toBe(false);
    expect(warnings).toEqual([
      'jupyterlab-credential-guard: a cell could not be scanned (TypeError); the other cells were.'
    ]);
    expect(warnings.join()).not.toContain(secret);
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
    // Its follower holds the model's signals: it must end with the findings.
    const followerDisposed = jest.spyOn(CellFollower.prototype, 'dispose');
    const findings = new DocumentFindings({ model, scanner: service });
    findings.dispose();
    findings.dispose();
    expect(followerDisposed).toHaveBeenCalledTimes(1);
    followerDisposed.mockRestore();
    expect(findings.isDisposed).toBe(true);
    model.cells.get(0).sharedModel.setSource(`"${fakeGithubToken()}"`);
    model.sharedModel.insertCell(1, { cell_type: 'code', source: 'b' });
    // A change that still reached it would be waiting for a scan.
    expect(findings.isStale).toBe(false);
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

describe('DocumentFindings under NotebookActions', () => {
  let service: SecretScannerService;

  beforeEach(() => {
    jest.useFakeTimers();
    service = fakeService(new FakeSettings({ debounceMs: 100 }));
  });

  afterEach(() => {
    service.dispose();
    jest.useRealTimers();
  });

  /**
   * A notebook widget on a model of `cells`, its findings, scanned.
   */
  function opened(cells: Parameters<typeof notebookWith>[0]) {
    const model = notebookWith(cells);
    const notebook = NBTestUtils.createNotebook();
    notebook.model = model;
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    const where = () =>
      findings.findings.map(f => [f.ruleId, f.cell, f.where].join(' '));
    const close = () => {
      findings.dispose();
      notebook.dispose();
    };
    return { model, notebook, findings, where, close };
  }

  it('should follow a cell that moves', () => {
    const { notebook, findings, where, close } = opened([
      { source: `t = "${fakeGithubToken()}"` },
      { source: 'x = 1' }
    ]);
    expect(where()).toEqual(['github-token 0 source']);
    notebook.activeCellIndex = 0;
    NotebookActions.moveDown(notebook);
    findings.flush();
    expect(where()).toEqual(['github-token 1 source']);
    close();
  });

  it('should keep the finding of a cell whose type changes, and drop its outputs', () => {
    const { notebook, findings, where, close } = opened([
      {
        source: `t = "${fakeGithubToken()}"`,
        outputs: [streamOutput(`${fakeGithubToken()}\n`)]
      }
    ]);
    expect(where()).toEqual([
      'github-token 0 source',
      'github-token 0 outputs[0]'
    ]);
    notebook.activeCellIndex = 0;
    NotebookActions.changeCellType(notebook, 'markdown');
    findings.flush();
    expect(notebook.model!.cells.get(0).type).toBe('markdown');
    expect(where()).toEqual(['github-token 0 source']);
    close();
  });

  it('should count both cells that cut, undo and paste leave with one id', () => {
    const { model, notebook, findings, close } = opened([
      { source: `t = "${fakeGithubToken()}"` },
      { source: 'x = 1' }
    ]);
    // As a freshly opened notebook: building it is not an undoable change.
    model.sharedModel.clearUndoHistory();
    notebook.activeCellIndex = 0;
    NotebookActions.cut(notebook);
    NotebookActions.undo(notebook);
    notebook.activeCellIndex = 0;
    NotebookActions.paste(notebook, 'below');
    expect(model.cells.length).toBe(3);
    expect(model.cells.get(1).id).toBe(model.cells.get(0).id);
    findings.flush();
    expect(findings.count).toBe(2);
    model.cells.get(1).sharedModel.setSource('clean = 1');
    findings.flush();
    expect(findings.count).toBe(1);
    close();
  });

  it('should find a token that arrives in two parts of a streamed output', () => {
    const token = fakeGithubToken();
    const { model, findings, where, close } = opened([{ source: 'run()' }]);
    const outputs = (model.cells.get(0) as ICodeCellModel).outputs;
    outputs.add(streamOutput(`token: ${token.slice(0, 12)}`));
    findings.flush();
    expect(where()).toEqual([]);
    // The kernel streams the rest: the output model appends it to the same output.
    outputs.add(streamOutput(`${token.slice(12)}\n`));
    expect(outputs.length).toBe(1);
    findings.flush();
    expect(where()).toEqual(['github-token 0 outputs[0]']);
    close();
  });

  it('should end quietly when the notebook closes with a scan pending', () => {
    const { model, findings, close } = opened([{ source: 'x = 1' }]);
    const changes = jest.fn();
    findings.changed.connect(changes);
    model.cells.get(0).sharedModel.setSource(`t = "${fakeGithubToken()}"`);
    expect(findings.isStale).toBe(true);
    close();
    jest.advanceTimersByTime(1000);
    expect(changes).not.toHaveBeenCalled();
  });
});
