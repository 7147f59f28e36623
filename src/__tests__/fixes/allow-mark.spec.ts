import { addAllowMark, removeAllowMark } from '../../fixes/allow-mark';
import { notebookWith } from '../notebook/fakes';

describe('#addAllowMark', () => {
  it('should add and remove a mark in the cell metadata', () => {
    const cell = notebookWith([{ source: 'x' }]).cells.get(0);
    expect(addAllowMark(cell, 'fp1')).toBe(true);
    expect(addAllowMark(cell, 'fp1')).toBe(false);
    expect(addAllowMark(cell, 'github-token')).toBe(true);
    expect(cell.getMetadata('credential_guard')).toEqual({
      allow: ['fp1', 'github-token']
    });
    expect(removeAllowMark(cell, 'fp1')).toBe(true);
    expect(removeAllowMark(cell, 'fp1')).toBe(false);
    expect(removeAllowMark(cell, 'github-token')).toBe(true);
    expect(cell.getMetadata('credential_guard')).toBeUndefined();
  });

  it('should tolerate malformed metadata', () => {
    const cell = notebookWith([{ source: 'x' }]).cells.get(0);
    cell.setMetadata('credential_guard', { allow: 'oops', note: 'kept' });
    addAllowMark(cell, 'fp');
    expect(cell.getMetadata('credential_guard')).toEqual({
      allow: ['fp'],
      note: 'kept'
    });
  });
});
