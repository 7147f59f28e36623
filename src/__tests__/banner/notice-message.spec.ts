import {
  renderNoticeMessage,
  sanitizeNoticeHtml
} from '../../banner/notice-message';

/**
 * Render a fragment to an HTML string for assertions.
 */
function html(fragment: DocumentFragment): string {
  const host = document.createElement('div');
  host.appendChild(fragment);
  return host.innerHTML;
}

/**
 * A markdown parser that passes HTML through, as marked does for inline HTML.
 */
const passThroughParser = { render: async (source: string) => source };

describe('#sanitizeNoticeHtml', () => {
  it.each([
    ['script element', '<p>Hi<script>alert(1)</script></p>', '<p>Hi</p>'],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>', 'x'],
    [
      'javascript: link with entity-encoded colon',
      '<a href="javascript&colon;alert(1)">x</a>',
      'x'
    ],
    [
      'data: link',
      '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a>',
      'x'
    ],
    [
      'image with a data: source',
      '<p>a<img src="data:image/png;base64,AAAA">b</p>',
      '<p>ab</p>'
    ],
    [
      'command link',
      '<a data-commandlinker-command="terminal:create-new" data-commandlinker-args="{}">open</a>',
      'open'
    ],
    [
      'command link on a button',
      '<button data-commandlinker-command="filebrowser:delete">x</button>ok',
      'ok'
    ],
    [
      'event handler',
      '<span onmouseover="alert(1)">x</span>',
      '<span>x</span>'
    ],
    ['event handler on an image', '<img src="x" onerror="alert(1)">', ''],
    [
      'inline style and class',
      '<strong class="jp-Dialog" style="color:red">x</strong>',
      '<strong>x</strong>'
    ],
    ['iframe', '<iframe src="https://example.org"></iframe>t', 't'],
    [
      'form',
      '<form action="https://example.org"><input name="pw"></form>t',
      't'
    ],
    ['relative link into the hub', '<a href="/hub/logout">x</a>', 'x'],
    [
      'unknown container, text kept',
      '<div><table><tr><td>cell</td></tr></table></div>',
      'cell'
    ]
  ])('should remove a %s', (_reason, dirty, expected) => {
    expect(html(sanitizeNoticeHtml(dirty))).toBe(expected);
  });

  it('should keep web links and open them in a new tab without an opener', () => {
    const out = html(
      sanitizeNoticeHtml(
        '<a href="https://example.org/terms" title="t">terms</a>'
      )
    );
    expect(out).toBe(
      '<a href="https://example.org/terms" title="t" target="_blank" rel="noopener noreferrer">terms</a>'
    );
  });

  it('should keep text-level markup', () => {
    const dirty =
      '<p><strong>Do not</strong> store <em>keys</em> or <code>passwords</code>.</p><ul><li>one</li></ul>';
    expect(html(sanitizeNoticeHtml(dirty))).toBe(dirty);
  });
});

describe('#sanitizeNoticeHtml on a Sanitizer without the newer setters (JupyterLab before 4.3)', () => {
  it('should still remove command links and named properties', () => {
    jest.isolateModules(() => {
      // A fresh copy of apputils for this test alone, then the module under test on it.
      const { Sanitizer } = jest.requireActual('@jupyterlab/apputils');
      delete Sanitizer.prototype.setAllowCommandLinker;
      delete Sanitizer.prototype.setAllowNamedProperties;
      const { sanitizeNoticeHtml: sanitize } = jest.requireActual(
        '../../banner/notice-message'
      );
      expect(
        html(
          sanitize(
            '<a id="x" name="y" data-commandlinker-command="terminal:create-new">open</a> <b name="z">b</b>'
          )
        )
      ).toBe('open <b>b</b>');
    });
  });
});

describe('#renderNoticeMessage', () => {
  it('should set plain text as text, never as HTML', async () => {
    const host = document.createElement('div');
    await renderNoticeMessage(host, '<b>bold</b>', 'plain', passThroughParser);
    expect(host.textContent).toBe('<b>bold</b>');
    expect(host.querySelector('b')).toBeNull();
  });

  it('should sanitize the parser output of a markdown message', async () => {
    const host = document.createElement('div');
    await renderNoticeMessage(
      host,
      '<p>Read <a href="javascript:alert(1)">this</a><script>alert(2)</script></p>',
      'markdown',
      passThroughParser
    );
    expect(host.innerHTML).toBe('<p>Read this</p>');
  });

  it('should show markdown as text when no parser is available', async () => {
    const host = document.createElement('div');
    await renderNoticeMessage(host, '**bold**', 'markdown', null);
    expect(host.textContent).toBe('**bold**');
  });

  it('should show the text when the parser fails', async () => {
    const warn = jest
      .spyOn(console, 'warn')
      .mockImplementation(() => undefined);
    const host = document.createElement('div');
    const broken = { render: () => Promise.reject(new Error('boom')) };
    await renderNoticeMessage(host, '**bold**', 'markdown', broken);
    expect(host.textContent).toBe('**bold**');
    warn.mockRestore();
  });
});
