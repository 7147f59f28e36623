import { addressOfCell, locateCell } from '../../fixes/cell-locator';
import { notebookWith } from '../notebook/fakes';

/**
 * Two open notebooks: one, and a duplicate of it (the same cell ids), each holding two
 * cells with one id, as cut, undo and paste leave them.
 */
function setUp() {
  const make = () => {
    const model = notebookWith([]);
    model.sharedModel.insertCells(0, [
      { cell_type: 'code', id: 'twin', source: 'first' },
      { cell_type: 'code', id: 'twin', source: 'second' },
      { cell_type: 'code', id: 'other', source: 'third' }
    ] as any);
    return model;
  };
  const panels: any[] = [
    { context: { path: 'a.ipynb', model: make() } },
    { context: { path: 'copy of a.ipynb', model: make() } }
  ];
  const tracker: any = {
    currentWidget: panels[0],
    forEach: (fn: (panel: any) => void) => panels.forEach(fn),
    find: (fn: (panel: any) => boolean) => panels.find(fn)
  };
  const source = (found: ReturnType<typeof locateCell>) =>
    found
      ? [found.panel.context.path, found.cell.sharedModel.getSource()]
      : null;
  return { panels, tracker, source };
}

describe('#locateCell', () => {
  it.each([
    [
      'id alone: the first cell with it, current notebook first',
      { cellId: 'twin' },
      ['a.ipynb', 'first']
    ],
    [
      'the index settles which twin',
      { cellId: 'twin', cellIndex: 1 },
      ['a.ipynb', 'second']
    ],
    [
      'a stale index falls back to the id',
      { cellId: 'other', cellIndex: 0 },
      ['a.ipynb', 'third']
    ],
    [
      'the path names the notebook',
      { cellId: 'twin', cellIndex: 1, path: 'copy of a.ipynb' },
      ['copy of a.ipynb', 'second']
    ],
    [
      'a closed notebook finds nothing',
      { cellId: 'twin', path: 'b.ipynb' },
      null
    ],
    ['an unknown id finds nothing', { cellId: 'none' }, null]
  ])('%s', (_reason, address, expected) => {
    const { tracker, source } = setUp();
    expect(source(locateCell(tracker, address))).toEqual(expected);
  });
});

describe('#locateCell with an id index', () => {
  it('should skip the notebooks whose index lacks the id, and read no cell of them', () => {
    const { panels, tracker, source } = setUp();
    // The current notebook does not hold the id: its cells are never read.
    const get = jest.spyOn(panels[0].context.model.cells, 'get');
    const index = (panel: any) => (id: string) =>
      panel === panels[0]
        ? []
        : panel.context.model.cells.get(2).id === id
          ? [panel.context.model.cells.get(2)]
          : [];
    const found = locateCell(tracker, { cellId: 'other' }, index);
    expect(get).not.toHaveBeenCalled();
    expect(source(found)).toEqual(['copy of a.ipynb', 'third']);
    expect(found!.index).toBe(2);
  });

  it('should still find a cell by its index hint without the index', () => {
    const { tracker, source } = setUp();
    const found = locateCell(
      tracker,
      { cellId: 'twin', cellIndex: 1 },
      () => null
    );
    expect(source(found)).toEqual(['a.ipynb', 'second']);
  });
});

describe('#addressOfCell', () => {
  it("should name the cell's notebook path and index, so that its twin is not taken for it", () => {
    const { panels, tracker, source } = setUp();
    const second = panels[1].context.model.cells.get(1).sharedModel;
    const address = addressOfCell(tracker, second);
    expect(address).toEqual({
      cellId: 'twin',
      path: 'copy of a.ipynb',
      cellIndex: 1
    });
    expect(source(locateCell(tracker, address))).toEqual([
      'copy of a.ipynb',
      'second'
    ]);
  });
});
