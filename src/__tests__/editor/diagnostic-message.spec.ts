import { nullTranslator } from '@jupyterlab/translation';

import {
  firstSentence,
  renderWarning,
  withInlineCode
} from '../../editor/diagnostic-message';

const trans = nullTranslator.load('jupyterlab_credential_guard');

describe('#renderWarning', () => {
  it('should be short: the headline, one sentence of why, and the provider link', () => {
    const node = renderWarning(
      {
        headline: 'GitHub token (ghp_Ab12…)',
        risk: 'It acts as you on GitHub. Anyone with a copy can push.',
        remedy: 'Use `os.environ["GITHUB_TOKEN"]` instead.',
        revokeUrl: 'https://github.com/settings/tokens'
      },
      trans
    );
    expect(node.querySelector('strong')!.textContent).toBe(
      'GitHub token (ghp_Ab12…)'
    );
    expect(node.querySelectorAll('p')).toHaveLength(1);
    expect(node.querySelector('p')!.textContent).toBe(
      'It acts as you on GitHub.'
    );
    const link = node.querySelector('a')!;
    expect(link.href).toBe('https://github.com/settings/tokens');
    expect(link.rel).toBe('noopener noreferrer');
    expect(node.textContent).not.toContain('os.environ');
  });
});

describe('#firstSentence', () => {
  it.each([
    ['One. Two.', 'One.'],
    ['No stop at all', 'No stop at all'],
    ['Version 1.2 stays whole. Next.', 'Version 1.2 stays whole.']
  ])('%s', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

describe('#withInlineCode', () => {
  it('should render backtick spans as code, and nothing else', () => {
    const nodes = withInlineCode('Set `GITHUB_TOKEN` with `%env`, not `');
    const holder = document.createElement('p');
    holder.append(...nodes);
    expect(holder.innerHTML).toBe(
      'Set <code>GITHUB_TOKEN</code> with <code>%env</code>, not `'
    );
  });
});
