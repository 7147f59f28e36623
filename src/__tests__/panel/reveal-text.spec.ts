import { revealTextFinding } from '../../panel/reveal-text';

/**
 * An editor over `text` that records what it was asked to do; positions are
 * `{ line, column }`, 0-based, as CodeMirror's are.
 */
function fakeEditor(text: string) {
  const calls: string[] = [];
  const position = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return {
      line: before.length - 1,
      column: before[before.length - 1].length
    };
  };
  return {
    calls,
    selection: null as unknown,
    model: { sharedModel: { getSource: () => text } } as any,
    getPositionAt(offset: number) {
      return position(offset);
    },
    setSelection(range: unknown) {
      this.selection = range;
      calls.push('select');
    },
    revealSelection() {
      calls.push('reveal');
    },
    focus() {
      calls.push('focus');
    }
  };
}

describe('#revealTextFinding', () => {
  it('should select the finding, scroll to it and focus the editor', () => {
    const text = 'DEBUG=1\nTOKEN=abcdef\n';
    const editor = fakeEditor(text);
    const start = text.indexOf('abcdef');
    expect(revealTextFinding(editor, { start, end: start + 6 } as any)).toBe(
      true
    );
    expect(editor.selection).toEqual({
      start: { line: 1, column: 6 },
      end: { line: 1, column: 12 }
    });
    expect(editor.calls).toEqual(['select', 'reveal', 'focus']);
  });

  it('should clamp offsets of a text that got shorter since the scan', () => {
    const editor = fakeEditor('A=1');
    revealTextFinding(editor, { start: 2, end: 40 } as any);
    expect(editor.selection).toEqual({
      start: { line: 0, column: 2 },
      end: { line: 0, column: 3 }
    });
  });
});
