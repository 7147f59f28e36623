import { CodeCell } from '@jupyterlab/cells';
import { NBTestUtils } from '@jupyterlab/notebook/lib/testutils';

import { fakeGithubToken } from '../../core';
import { clearOutputAt } from '../../fixes/clear-output';
import { DocumentFindings } from '../../notebook/document-findings';
import {
  CELL_OUTPUT_MOD_CLASS,
  CELL_SOURCE_MOD_CLASS,
  OUTPUT_MARKER_CLASS,
  OUTPUT_MOD_CLASS,
  OutputMarkers
} from '../../notebook/output-markers';
import { fakeService, notebookWith, streamOutput } from './fakes';

describe('OutputMarkers', () => {
  it('should mark the output and the cell, and clear the output on demand', () => {
    const token = fakeGithubToken();
    const service = fakeService();
    const model = notebookWith([
      { source: 'print(1)', outputs: [streamOutput('1\n')] },
      {
        source: 'print(token)',
        outputs: [
          { ...streamOutput('ok\n'), name: 'stderr' },
          streamOutput(`${token}\n`)
        ]
      },
      { source: `Token ${fakeGithubToken()}`, cell_type: 'markdown' }
    ]);
    const notebook = NBTestUtils.createNotebook();
    notebook.model = model;
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    const cleared: number[] = [];
    const markers = new OutputMarkers({
      notebook,
      findings,
      clearOutput: (cell, index) => {
        cleared.push(index);
        clearOutputAt(cell.model, index);
      }
    });

    const [plain, printing, markdown] = notebook.widgets;
    expect(plain.hasClass(CELL_OUTPUT_MOD_CLASS)).toBe(false);
    expect(printing.hasClass(CELL_OUTPUT_MOD_CLASS)).toBe(true);
    expect(markdown.hasClass(CELL_SOURCE_MOD_CLASS)).toBe(true);
    const children = (printing as CodeCell).outputArea.widgets;
    expect(children[0].hasClass(OUTPUT_MOD_CLASS)).toBe(false);
    expect(children[1].hasClass(OUTPUT_MOD_CLASS)).toBe(true);
    const marker = children[1].node.querySelector(`.${OUTPUT_MARKER_CLASS}`)!;
    expect(marker.textContent).toContain('GitHub token');
    expect(marker.textContent).not.toContain(token);

    // One colour per severity, as in the editor; the markdown cell says what it holds.
    expect((children[1].node as HTMLElement).dataset.credentialSeverity).toBe(
      'error'
    );
    expect(markdown.node.dataset.credentialSeverity).toBe('error');
    expect(markdown.inputArea!.node.title).toMatch(
      /^This cell holds a credential: GitHub token \(ghp_/
    );
    expect(plain.node.dataset.credentialSeverity).toBeUndefined();

    marker.querySelector('button')!.click();
    expect(cleared).toEqual([1]);
    findings.flush();
    expect(printing.hasClass(CELL_OUTPUT_MOD_CLASS)).toBe(false);
    expect((printing as CodeCell).model.outputs.length).toBe(1);
    expect(
      notebook.node.querySelectorAll(`.${OUTPUT_MARKER_CLASS}`)
    ).toHaveLength(0);

    findings.paused = true;
    expect(markdown.hasClass(CELL_SOURCE_MOD_CLASS)).toBe(false);
    findings.paused = false;
    expect(markdown.hasClass(CELL_SOURCE_MOD_CLASS)).toBe(true);

    markers.dispose();
    markers.dispose();
    expect(markdown.hasClass(CELL_SOURCE_MOD_CLASS)).toBe(false);
    findings.dispose();
    notebook.dispose();
    service.dispose();
  });

  it('should write nothing to the page when a rescanned cell shows the same findings', () => {
    const service = fakeService();
    const model = notebookWith([
      { source: 'print(1)', outputs: [streamOutput('1\n')] },
      {
        source: 'print(token)',
        outputs: [streamOutput(`${fakeGithubToken()}\n`)]
      }
    ]);
    const notebook = NBTestUtils.createNotebook();
    notebook.model = model;
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    const markers = new OutputMarkers({
      notebook,
      findings,
      clearOutput: () => undefined
    });
    const printing = notebook.widgets[1] as CodeCell;
    const marker = printing.outputArea.widgets[0].node.querySelector(
      `.${OUTPUT_MARKER_CLASS}`
    );
    expect(marker).not.toBeNull();
    const observer = new MutationObserver(() => undefined);
    for (const cell of notebook.widgets) {
      observer.observe(cell.node, {
        attributes: true,
        attributeFilter: ['class'],
        childList: true,
        subtree: true
      });
    }

    // Typing re-reports cells on every keystroke: a no-op class removal still writes
    // the attribute, and the browser restyles the whole cell for it.
    model.cells.get(0).sharedModel.setSource('print(2)');
    model.cells.get(1).sharedModel.setSource('print(token)  # again');
    findings.flush();

    const outside = (record: MutationRecord) =>
      !(record.target as Element).closest('.jp-InputArea');
    expect(observer.takeRecords().filter(outside)).toEqual([]);
    observer.disconnect();
    expect(
      printing.outputArea.widgets[0].node.querySelector(
        `.${OUTPUT_MARKER_CLASS}`
      )
    ).toBe(marker);
    markers.dispose();
    findings.dispose();
    notebook.dispose();
    service.dispose();
  });
});

describe('OutputMarkers and the output area', () => {
  /**
   * A notebook widget of one code cell with `outputs`, its findings and markers.
   */
  function setUp(outputs: unknown[], maxNumberOutputs = 50) {
    jest.useFakeTimers();
    const service = fakeService();
    const model = notebookWith([{ source: 'print(token)', outputs }]);
    const notebook = NBTestUtils.createNotebook();
    notebook.notebookConfig = { ...notebook.notebookConfig, maxNumberOutputs };
    notebook.model = model;
    const findings = new DocumentFindings({ model, scanner: service });
    findings.flush();
    const cleared: number[] = [];
    const markers = new OutputMarkers({
      notebook,
      findings,
      clearOutput: (_, index) => cleared.push(index)
    });
    const cell = notebook.widgets[0] as CodeCell;
    const markerOf = (index: number) =>
      cell.outputArea.widgets[index]?.node.querySelector<HTMLElement>(
        `.${OUTPUT_MARKER_CLASS}`
      ) ?? null;
    const tearDown = () => {
      markers.dispose();
      findings.dispose();
      notebook.dispose();
      service.dispose();
      jest.useRealTimers();
    };
    return { cell, findings, cleared, markerOf, tearDown };
  }

  it('should mark trimmed outputs on the widget that stands for them, not on another output', () => {
    // One output shown: the area shows output 0, then a "show more" widget.
    const { cell, cleared, markerOf, tearDown } = setUp(
      [
        streamOutput('first\n'),
        { ...streamOutput(`${fakeGithubToken()}\n`), name: 'stderr' },
        streamOutput('third\n')
      ],
      1
    );
    expect(cell.outputArea.widgets).toHaveLength(2);
    expect(markerOf(0)).toBeNull();
    const hidden = markerOf(1)!;
    expect(hidden.textContent).toContain(
      'The hidden outputs show a credential'
    );
    expect(hidden.getAttribute('role')).toBe('note');
    hidden.querySelector('button')!.click();
    expect(cleared).toEqual([1]);
    tearDown();
  });

  it('should put a marker back at once when its output is rendered again', () => {
    const token = fakeGithubToken();
    const { cell, findings, markerOf, tearDown } = setUp([
      streamOutput(`${token}\n`)
    ]);
    expect(markerOf(0)).not.toBeNull();
    // Another kind of output with the same text: the area replaces the output's widget.
    cell.outputArea.model.set(0, {
      output_type: 'display_data',
      data: { 'text/plain': `${token}\n` },
      metadata: {}
    });
    expect(findings.isStale).toBe(true);
    expect(markerOf(0)).not.toBeNull();
    tearDown();
  });

  it('should announce nothing by itself: markers are notes, not alerts', () => {
    const { markerOf, tearDown } = setUp([
      streamOutput(`${fakeGithubToken()}\n`)
    ]);
    expect(markerOf(0)!.getAttribute('role')).toBe('note');
    tearDown();
  });
});
