import { cellId } from '../../notebook/cell-id';
import { notebookWith } from './fakes';

describe('cellId', () => {
  it("should give each cell its model's id, reading the shared model once", () => {
    const model = notebookWith([{ source: 'a = 1' }, { source: 'b = 2' }]);
    const [first, second] = [model.cells.get(0), model.cells.get(1)];
    const read = jest.spyOn(first.sharedModel, 'getId');
    expect(cellId(first)).toBe(first.sharedModel.getId());
    read.mockClear();
    expect(cellId(first)).toBe(cellId(first));
    expect(read).not.toHaveBeenCalled();
    expect(cellId(second)).not.toBe(cellId(first));
  });
});
