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
