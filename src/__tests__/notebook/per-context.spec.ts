import { Signal } from '@lumino/signaling';

import { PerContext } from '../../notebook/per-context';

/**
 * A document context as far as `PerContext` is concerned: it ends once.
 */
class FakeContext {
  isDisposed = false;
  readonly disposed = new Signal<this, void>(this);
  dispose(): void {
    this.isDisposed = true;
    this.disposed.emit();
  }
}

describe('PerContext', () => {
  it('should give every view of a document the same value, and dispose it with the document', () => {
    const values = new PerContext<{ dispose: jest.Mock }>();
    const context = new FakeContext();
    const create = jest.fn(() => ({ dispose: jest.fn() }));

    const first = values.get(context, create);
    // "New View for Notebook": a second widget on the same context.
    const second = values.get(context, create);
    expect(second).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
    expect(first.dispose).not.toHaveBeenCalled();

    context.dispose();
    expect(first.dispose).toHaveBeenCalledTimes(1);
    const again = values.get(new FakeContext(), create);
    expect(again).not.toBe(first);
  });

  it('should keep documents apart, and dispose what is left when disposed itself', () => {
    const values = new PerContext<{ dispose: jest.Mock }>();
    const [a, b] = [new FakeContext(), new FakeContext()];
    const valueA = values.get(a, () => ({ dispose: jest.fn() }));
    const valueB = values.get(b, () => ({ dispose: jest.fn() }));
    expect(valueA).not.toBe(valueB);

    a.dispose();
    values.dispose();
    values.dispose();
    expect(valueA.dispose).toHaveBeenCalledTimes(1);
    expect(valueB.dispose).toHaveBeenCalledTimes(1);
    b.dispose();
    expect(valueB.dispose).toHaveBeenCalledTimes(1);
  });
});
