import { Widget } from '@lumino/widgets';

import { NoticeBanner } from '../../banner/notice-banner';
import {
  DEFAULT_NOTICE_SETTINGS,
  INoticeSettings
} from '../../settings/notice-settings';

function settings(overrides: Partial<INoticeSettings> = {}): INoticeSettings {
  return { ...DEFAULT_NOTICE_SETTINGS, ...overrides };
}

describe('NoticeBanner', () => {
  let banner: NoticeBanner;

  beforeEach(() => {
    banner = new NoticeBanner();
    Widget.attach(banner, document.body);
  });

  afterEach(() => {
    banner.dispose();
  });

  it('should be a labelled region', () => {
    expect(banner.node.getAttribute('role')).toBe('region');
    expect(banner.node.getAttribute('aria-label')).toBe('Security notice');
  });

  it('should render the default notice with a link to the built-in page', async () => {
    await banner.render(settings());
    const node = banner.node;
    expect(node.querySelector('.jp-CredentialGuard-title')!.textContent).toBe(
      'Security on this hub'
    );
    expect(node.querySelector('.jp-CredentialGuard-message')!.textContent).toBe(
      DEFAULT_NOTICE_SETTINGS.message
    );
    const link = node.querySelector('.jp-CredentialGuard-link')!;
    expect(link.localName).toBe('button');
    // No terms URL: the link says where it goes.
    expect(link.textContent).toBe('Security on this hub');
    expect(
      node.querySelector('.jp-CredentialGuard-acknowledge')!.textContent
    ).toBe('I understand');
    expect(banner.hasClass('jp-mod-warning')).toBe(true);
  });

  it('should link a terms URL in a new tab without an opener', async () => {
    await banner.render(
      settings({ termsUrl: 'https://example.org/terms', linkLabel: 'Rules' })
    );
    const link = banner.node.querySelector(
      'a.jp-CredentialGuard-link'
    ) as HTMLAnchorElement;
    expect(link.href).toBe('https://example.org/terms');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Rules');
  });

  it('should read "Terms of use" only when a terms URL is set', async () => {
    await banner.render(settings({ termsUrl: 'https://example.org/terms' }));
    expect(
      banner.node.querySelector('a.jp-CredentialGuard-link')!.textContent
    ).toBe('Terms of use');
    await banner.render(settings({ linkLabel: 'Our rules' }));
    expect(
      banner.node.querySelector('button.jp-CredentialGuard-link')!.textContent
    ).toBe('Our rules');
  });

  it('should ask for the built-in page when its link is used', async () => {
    await banner.render(settings());
    const requested = jest.fn();
    banner.securityPageRequested.connect(requested);
    (
      banner.node.querySelector('.jp-CredentialGuard-link') as HTMLElement
    ).click();
    expect(requested).toHaveBeenCalledTimes(1);
  });

  it('should emit acknowledged when "I understand" is pressed', async () => {
    await banner.render(settings());
    const acknowledged = jest.fn();
    banner.acknowledged.connect(acknowledged);
    (
      banner.node.querySelector(
        '.jp-CredentialGuard-acknowledge'
      ) as HTMLElement
    ).click();
    expect(acknowledged).toHaveBeenCalledTimes(1);
  });

  it('should switch between the info and warning looks', async () => {
    await banner.render(settings({ appearance: 'info' }));
    expect(banner.hasClass('jp-mod-info')).toBe(true);
    expect(banner.hasClass('jp-mod-warning')).toBe(false);
  });

  it('should hide an empty title', async () => {
    await banner.render(settings({ title: '' }));
    expect(
      (banner.node.querySelector('.jp-CredentialGuard-title') as HTMLElement)
        .hidden
    ).toBe(true);
  });

  it('should render admin HTML in a plain message as text', async () => {
    await banner.render(settings({ message: '<img src=x onerror=alert(1)>' }));
    const message = banner.node.querySelector('.jp-CredentialGuard-message')!;
    expect(message.querySelector('img')).toBeNull();
    expect(message.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('should render a markdown message through the sanitizer', async () => {
    banner.dispose();
    banner = new NoticeBanner({
      markdownParser: {
        render: async (source: string) =>
          source.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>') +
          '<a data-commandlinker-command="terminal:create-new">run</a>'
      }
    });
    Widget.attach(banner, document.body);
    await banner.render(
      settings({ message: 'Keep **keys** out.', messageFormat: 'markdown' })
    );
    const message = banner.node.querySelector('.jp-CredentialGuard-message')!;
    expect(message.innerHTML).toBe('Keep <strong>keys</strong> out.run');
  });

  it('should translate its own strings through the translator', async () => {
    banner.dispose();
    const translator = {
      languageCode: 'xx',
      load: () => ({
        __: (text: string) => `«${text}»`
      })
    };
    banner = new NoticeBanner({ translator: translator as any });
    Widget.attach(banner, document.body);
    await banner.render(settings({ message: 'Admin text' }));
    expect(banner.node.getAttribute('aria-label')).toBe('«Security notice»');
    expect(
      banner.node.querySelector('.jp-CredentialGuard-title')!.textContent
    ).toBe('«Security on this hub»');
    // Admin text is shown as written.
    expect(
      banner.node.querySelector('.jp-CredentialGuard-message')!.textContent
    ).toBe('Admin text');
  });
});
