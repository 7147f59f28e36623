import { diagnosticCount } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

import {
  IKeyedDiagnostic,
  ILintSource,
  lintDriver,
  lintNow
} from '../../editor/lint-driver';

/**
 * A source whose diagnostics the test sets: each is the first `word` of the document.
 */
class WordSource implements ILintSource {
  readonly delay = 100;
  words: { word: string; key?: string }[] = [];
  runs = 0;
  subscribers = 0;

  diagnostics(state: EditorState): IKeyedDiagnostic[] {
    this.runs++;
    const text = state.doc.toString();
    return this.words
      .filter(({ word }) => text.includes(word))
      .map(({ word, key }) => ({
        from: text.indexOf(word),
        to: text.indexOf(word) + word.length,
        severity: 'error',
        message: `a credential: ${word.length} characters`,
        key
      }));
  }

  subscribe(callback: () => void) {
    this.subscribers++;
    this.changed = callback;
    return { dispose: () => this.subscribers-- };
  }

  changed: () => void = () => undefined;
}

describe('lintDriver', () => {
  let source: WordSource;
  let view: EditorView;
  let updates: number;

  beforeEach(() => {
    jest.useFakeTimers();
    source = new WordSource();
    updates = 0;
    view = new EditorView({
      doc: 'x = 1\ntoken = "abcdef"\n',
      extensions: [
        lintDriver(source),
        EditorView.updateListener.of(() => updates++)
      ],
      parent: document.body
    });
  });

  afterEach(() => {
    view.destroy();
    jest.useRealTimers();
  });

  const gutter = () => view.dom.querySelector('.cm-gutter-lint');
  const underlined = () =>
    Array.from(view.dom.querySelectorAll('.cm-lintRange-error')).map(
      node => node.textContent
    );
  const type = (text: string, at = 0) =>
    view.dispatch({ changes: { from: at, insert: text } });

  it('should leave an editor without findings alone: no update, no gutter', () => {
    jest.advanceTimersByTime(source.delay);
    expect(source.runs).toBe(1);
    expect(updates).toBe(0);
    expect(view.dom.querySelector('.cm-gutters')).toBeNull();

    source.changed();
    jest.advanceTimersByTime(0);
    expect(source.runs).toBe(2);
    expect(updates).toBe(0);
  });

  it('should underline a finding with a gutter mark, and remove both when it goes', () => {
    source.words = [{ word: 'abcdef' }];
    lintNow(view);
    expect(underlined()).toEqual(['abcdef']);
    expect(diagnosticCount(view.state)).toBe(1);
    expect(gutter()!.querySelectorAll('.cm-lint-marker-error')).toHaveLength(1);

    source.words = [];
    lintNow(view);
    expect(underlined()).toEqual([]);
    expect(diagnosticCount(view.state)).toBe(0);
    expect(view.dom.querySelector('.cm-gutters')).toBeNull();
  });

  it('should lint once typing pauses for its delay', () => {
    source.words = [{ word: 'abcdef' }];
    jest.advanceTimersByTime(source.delay);
    const runs = source.runs;
    type('y');
    jest.advanceTimersByTime(source.delay - 10);
    type('y');
    jest.advanceTimersByTime(source.delay - 10);
    expect(source.runs).toBe(runs);
    jest.advanceTimersByTime(10);
    expect(source.runs).toBe(runs + 1);
  });

  it('should not update an editor whose findings only moved with the edit', () => {
    source.words = [{ word: 'abcdef' }];
    lintNow(view);
    type('# a comment\n');
    updates = 0;
    jest.advanceTimersByTime(source.delay);
    expect(source.runs).toBeGreaterThan(1);
    expect(updates).toBe(0);
    expect(underlined()).toEqual(['abcdef']);
  });

  it('should update a finding that stays in place but is about another secret', () => {
    source.words = [{ word: 'abcdef', key: 'one' }];
    lintNow(view);
    updates = 0;
    source.words = [{ word: 'abcdef', key: 'two' }];
    source.changed();
    jest.advanceTimersByTime(0);
    expect(updates).toBeGreaterThan(0);
  });

  it('should stop listening, and never dispatch, once the editor is destroyed', () => {
    source.words = [{ word: 'abcdef' }];
    expect(source.subscribers).toBe(1);
    view.destroy();
    expect(source.subscribers).toBe(0);
    jest.advanceTimersByTime(source.delay);
    expect(source.runs).toBe(0);
  });
});
