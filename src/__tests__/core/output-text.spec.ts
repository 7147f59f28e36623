import { outputText } from '../../core';
import { joinText, stripAnsi } from '../../core/output-text';

describe('#outputText', () => {
  it.each([
    [
      'a stream with a list of lines',
      { output_type: 'stream', name: 'stdout', text: ['a\n', 'b'] },
      'a\nb'
    ],
    ['a stream with a string', { output_type: 'stream', text: 'x' }, 'x'],
    [
      'an execute_result with text mime types',
      {
        output_type: 'execute_result',
        data: {
          'text/plain': 'p',
          'text/html': ['<b>', 'h</b>'],
          'text/markdown': 'm'
        }
      },
      'p\nm\n<b>h</b>'
    ],
    [
      'JSON data, stringified',
      { output_type: 'display_data', data: { 'application/json': { a: 1 } } },
      '{"a":1}'
    ],
    [
      'images only',
      {
        output_type: 'display_data',
        data: { 'image/png': 'iVBORw0KGgo', 'image/svg+xml': '<svg/>' }
      },
      ''
    ],
    [
      'a widget view',
      {
        output_type: 'display_data',
        data: {
          'application/vnd.jupyter.widget-view+json': { model_id: 'abc' }
        }
      },
      ''
    ],
    [
      'an error with ANSI codes',
      {
        output_type: 'error',
        ename: 'E',
        evalue: 'v',
        traceback: ['\u001b[0;31mE\u001b[0m: v', '\u001b[1;32mline\u001b[0m']
      },
      'E: v\nline'
    ],
    [
      'an error without traceback',
      { output_type: 'error', ename: 'KeyError', evalue: "'x'" },
      "KeyError: 'x'"
    ],
    ['nbformat 3 pyout', { output_type: 'pyout', text: ['r'] }, 'r'],
    ['an unknown type', { output_type: 'nope', text: 'x' }, ''],
    ['null', null, ''],
    ['a string', 'text', ''],
    ['wrong field types', { output_type: 'stream', text: 42 }, ''],
    [
      'a list with non-strings',
      { output_type: 'stream', text: ['a', 1, null, 'b'] },
      'ab'
    ]
  ])('should read %s', (_what, output, text) => {
    expect(outputText(output)).toBe(text);
  });

  it('should strip OSC hyperlinks too', () => {
    expect(stripAnsi('\u001b]8;;https://x\u0007link\u001b]8;;\u0007')).toBe(
      'link'
    );
  });

  it('should join multiline strings', () => {
    expect(joinText(['a', 'b'])).toBe('ab');
    expect(joinText(undefined)).toBe('');
  });
});
