import { ICellModel, ICodeCellModel } from '@jupyterlab/cells';

import { CellFollower } from '../../notebook/cell-follower';
import { notebookWith, streamOutput } from './fakes';

describe('CellFollower', () => {
  it('should report source, metadata and output changes, additions and removals', () => {
    const model = notebookWith([{ source: 'a' }, { source: 'b' }]);
    const follower = new CellFollower(model);
    const touched: ICellModel[] = [];
    const reordered: ICellModel[][] = [];
    follower.touched.connect((_, cell) => touched.push(cell));
    follower.reordered.connect((_, present) => reordered.push([...present]));
    expect([...follower.cells]).toHaveLength(2);

    const [first, second] = [model.cells.get(0), model.cells.get(1)];
    first.sharedModel.setSource('a2');
    first.setMetadata('credential_guard', { allow: ['x'] });
    (second as ICodeCellModel).outputs.add(streamOutput('out\n'));
    expect(touched).toEqual([first, first, second]);

    model.sharedModel.insertCell(2, { cell_type: 'markdown', source: 'c' });
    expect(touched[3]).toBe(model.cells.get(2));

    model.sharedModel.deleteCell(0);
    expect(reordered).toEqual([[second, model.cells.get(1)]]);
    expect(follower.has(first)).toBe(false);
    first.sharedModel.setSource('ignored');
    expect(touched).toHaveLength(4);

    follower.dispose();
    follower.dispose();
    second.sharedModel.setSource('ignored too');
    expect(touched).toHaveLength(4);
  });

  it('should index its cells by id, twins included, and keep the index as cells come and go', () => {
    const model = notebookWith([]);
    model.sharedModel.insertCells(0, [
      { cell_type: 'code', id: 'twin', source: 'first' },
      { cell_type: 'code', id: 'other', source: 'second' }
    ] as any);
    const follower = new CellFollower(model);
    const [first, other] = [model.cells.get(0), model.cells.get(1)];
    expect(follower.withId('twin')).toEqual([first]);
    expect(follower.withId('none')).toEqual([]);

    // Paste back a cut cell: JupyterLab keeps its id.
    model.sharedModel.insertCell(2, {
      cell_type: 'code',
      id: 'twin',
      source: 'pasted'
    } as any);
    const pasted = model.cells.get(2);
    expect(follower.withId('twin')).toEqual([first, pasted]);

    model.sharedModel.deleteCell(0);
    expect(follower.withId('twin')).toEqual([pasted]);
    // A move gives the moved cell a new model: the index follows the models.
    model.sharedModel.moveCell(1, 0);
    expect(follower.withId('twin')).toEqual([model.cells.get(0)]);
    expect(follower.withId('other')).toEqual([other]);
    model.sharedModel.deleteCell(0);
    expect(follower.withId('twin')).toEqual([]);

    follower.dispose();
    expect(follower.withId('other')).toEqual([]);
  });
});
