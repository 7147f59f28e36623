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
});
