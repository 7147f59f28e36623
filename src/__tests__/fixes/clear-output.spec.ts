import { ICodeCellModel } from '@jupyterlab/cells';

import {
  clearAllOutputs,
  clearOutputAt,
  restoreOutputs
} from '../../fixes/clear-output';
import { notebookWith, streamOutput } from '../notebook/fakes';

describe('#clearOutputAt', () => {
  it('should remove one output and put it back in place', () => {
    const model = notebookWith([
      {
        source: 'x',
        outputs: [
          streamOutput('a\n'),
          { ...streamOutput('b\n'), name: 'stderr' },
          {
            output_type: 'display_data',
            data: { 'text/plain': 'c\n' },
            metadata: {}
          }
        ]
      }
    ]);
    const cell = model.cells.get(0) as ICodeCellModel;
    const text = () =>
      Array.from({ length: cell.outputs.length }, (_, i) =>
        String(
          cell.outputs.get(i).toJSON().text ??
            (cell.outputs.get(i).toJSON().data as any)['text/plain']
        )
      );
    // Consecutive stream outputs of one name merge: vary the names to keep three.
    const before = text();
    expect(before).toEqual(['a\n', 'b\n', 'c\n']);
    const removed = clearOutputAt(cell, 1);
    expect(text()).toEqual(['a\n', 'c\n']);
    expect(cell.sharedModel.getOutputs()).toHaveLength(2);
    restoreOutputs(cell, removed);
    expect(text()).toEqual(before);

    const all = clearAllOutputs(cell);
    expect(cell.outputs.length).toBe(0);
    restoreOutputs(cell, all);
    expect(text()).toEqual(before);
  });
});

describe('#clearAllOutputs on shared models without clearOutputs (JupyterLab before 4.5)', () => {
  it('should clear and restore the outputs through updateOutputs, each in one change', () => {
    const model = notebookWith([
      {
        source: 'x',
        outputs: [
          streamOutput('a\n'),
          { ...streamOutput('b\n'), name: 'stderr' }
        ]
      }
    ]);
    const cell = model.cells.get(0) as ICodeCellModel;
    // As the shared models of @jupyter/ydoc 1.x, which JupyterLab 4.1 uses, have it.
    Object.defineProperty(cell.sharedModel, 'clearOutputs', {
      value: undefined
    });
    let changes = 0;
    cell.sharedModel.changed.connect(() => changes++);

    const all = clearAllOutputs(cell);
    expect(cell.outputs.length).toBe(0);
    expect(changes).toBe(1);

    restoreOutputs(cell, all);
    expect(cell.outputs.length).toBe(2);
    expect(cell.sharedModel.getOutputs()).toHaveLength(2);
  });
});
