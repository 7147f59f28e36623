import { notebookLocator } from '../../cli/notebook-lines';
import { notebook, streamOutput } from './helpers';

describe('#notebookLocator', () => {
  const json = notebook([
    { source: '# title\n', type: 'markdown' },
    {
      source: 'import os\nx = "a\\"b" + KEY\n',
      outputs: [
        streamOutput('one\n'),
        streamOutput('two KEY\n'),
        streamOutput('\u001b[31mred\u001b[0m KEY\n'),
        { output_type: 'execute_result', data: { 'text/plain': ['KEY'] } }
      ]
    }
  ]);
  const lines = json.split('\n');
  const locate = notebookLocator(json);

  it('should find a source position in the raw JSON, across escapes', () => {
    // `KEY` is at line 2, column 14 of the cell source.
    const at = locate(1, 'source', 2, 14)!;
    expect(lines[at.line - 1].slice(at.column - 1, at.column + 2)).toBe('KEY');
  });

  it('should find a position in a stream output', () => {
    const at = locate(1, 'outputs[1]', 1, 5)!;
    expect(lines[at.line - 1].slice(at.column - 1, at.column + 2)).toBe('KEY');
  });

  it.each([
    ['a coloured stream, whose scanned text drops the ANSI codes', 2],
    ['rich output data', 3]
  ])('should point at the output object for %s', (_reason, index) => {
    const at = locate(1, `outputs[${index}]`, 1, 1)!;
    expect(lines[at.line - 1].trim()).toBe('{');
    expect(lines[at.line]).toContain('output_type');
  });

  it.each([
    ['a missing cell', 5, 'source', 1, 1],
    ['a line past the end', 0, 'source', 9, 1],
    ['a missing output', 1, 'outputs[7]', 1, 1]
  ])('should give undefined for %s', (_reason, cell, where, line, column) => {
    expect(locate(cell, where, line, column)).toBeUndefined();
  });

  it.each([
    ['a JSON array', '[1, 2]'],
    ['a truncated output list', '{"cells": [{"outputs": [1, '],
    ['a truncated cell', '{"cells": [{"source": ["a"'],
    ['a source that is not text', '{"cells": [{"source": [1]}]}']
  ])('should give undefined, without hanging, for %s', (_reason, text) => {
    expect(notebookLocator(text)(0, 'source', 1, 1)).toBeUndefined();
    expect(notebookLocator(text)(0, 'outputs[0]', 1, 1)).toBeUndefined();
  });

  it('should survive every truncation of a notebook', () => {
    for (let end = 0; end < json.length; end += 7) {
      expect(() =>
        notebookLocator(json.slice(0, end))(1, 'source', 2, 14)
      ).not.toThrow();
    }
  });
});
