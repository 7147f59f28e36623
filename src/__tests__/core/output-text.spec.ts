import { outputText } from '../../core';
import { joinText, outputParts, stripAnsi } from '../../core/output-text';

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

describe('#outputParts', () => {
  const sheet = `<style>${'.xr { color: red; }\n'.repeat(40)}</style>`;

  it('should give one part per text mime type, which joined make outputText', () => {
    const output = {
      output_type: 'display_data',
      data: { 'text/plain': 'p', 'text/html': `<div>${sheet}h</div>` }
    };
    const { parts, skips } = outputParts(output);
    expect(parts).toEqual(['p', `<div>${sheet}h</div>`]);
    expect(parts.join('\n')).toBe(outputText(output));
    expect(skips[0]).toEqual([]);
    expect(parts[1].slice(skips[1][0], skips[1][1])).toBe(sheet);
  });

  it('should skip nothing in streams, tracebacks and plain text', () => {
    const stream = { output_type: 'stream', text: sheet };
    expect(outputParts(stream)).toEqual({ parts: [sheet], skips: [[]] });
    const plain = {
      output_type: 'execute_result',
      data: { 'text/plain': sheet }
    };
    expect(outputParts(plain).skips).toEqual([[]]);
  });

  it('should locate the skipped blocks after the ANSI codes are stripped', () => {
    const html = `\u001b[31m<b>red</b>\u001b[0m${sheet}`;
    const { parts, skips } = outputParts({
      output_type: 'display_data',
      data: { 'text/html': html }
    });
    expect(parts[0].slice(skips[0][0], skips[0][1])).toBe(sheet);
  });

  it('should give no parts for anything that is not an output', () => {
    expect(outputParts(null)).toEqual({ parts: [], skips: [] });
  });
});
