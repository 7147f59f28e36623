import * as fs from 'fs';
import * as path from 'path';

import {
  DEFAULT_NOTICE_SETTINGS,
  parseNoticeSettings,
  validTermsUrl
} from '../../settings/notice-settings';

const schema = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, '..', '..', '..', 'schema', 'notice.json'),
    'utf-8'
  )
);

describe('#parseNoticeSettings', () => {
  it('should keep the TypeScript defaults identical to the schema defaults', () => {
    const fromSchema = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [
        key,
        (value as { default: unknown }).default
      ])
    );
    // `userHidden` is derived from the user's own settings, not a schema property.
    const { userHidden, ...schemaKeys } = DEFAULT_NOTICE_SETTINGS;
    expect(userHidden).toBe(false);
    expect(fromSchema).toEqual(schemaKeys);
  });

  it('should accept a complete, valid composite as given', () => {
    const raw = {
      enabled: false,
      title: 'Read me',
      message: 'Use **environment variables**.',
      messageFormat: 'markdown',
      termsUrl: 'https://example.org/terms',
      linkLabel: 'Our terms',
      noticeVersion: '2026-03',
      reacknowledgeDays: 30,
      appearance: 'info',
      userMayHide: true
    };
    expect(parseNoticeSettings(raw)).toEqual({
      settings: { ...raw, userHidden: false },
      problems: []
    });
  });

  it('should fill in defaults for a partial composite without problems', () => {
    const { settings, problems } = parseNoticeSettings({ title: 'Hello' });
    expect(settings).toEqual({ ...DEFAULT_NOTICE_SETTINGS, title: 'Hello' });
    expect(problems).toEqual([]);
  });

  it.each([
    ['null', null, 0],
    ['undefined', undefined, 0],
    ['a string', 'enabled', 1], // not an object at all
    ['an array', [1, 2], 1],
    ['a number', 42, 1]
  ])('should use all defaults for %s', (_reason, raw, problemCount) => {
    const { settings, problems } = parseNoticeSettings(raw);
    expect(settings).toEqual(DEFAULT_NOTICE_SETTINGS);
    expect(problems).toHaveLength(problemCount);
  });

  it.each([
    ['enabled as a string', { enabled: 'yes' }, 'enabled'],
    ['title as a number', { title: 3 }, 'title'],
    ['an empty message', { message: '   ' }, 'message'],
    ['message as an object', { message: { text: 'x' } }, 'message'],
    ['an unknown format', { messageFormat: 'html' }, 'messageFormat'],
    ['an empty link label', { linkLabel: '' }, 'linkLabel'],
    ['a negative interval', { reacknowledgeDays: -1 }, 'reacknowledgeDays'],
    ['a fractional interval', { reacknowledgeDays: 1.5 }, 'reacknowledgeDays'],
    [
      'an interval as a string',
      { reacknowledgeDays: '7' },
      'reacknowledgeDays'
    ],
    [
      'an infinite interval',
      { reacknowledgeDays: Infinity },
      'reacknowledgeDays'
    ],
    ['an unknown appearance', { appearance: 'danger' }, 'appearance'],
    ['noticeVersion as a number', { noticeVersion: 2 }, 'noticeVersion']
  ])(
    'should fall back to the default for %s, with one problem',
    (_reason, raw, key) => {
      const { settings, problems } = parseNoticeSettings(raw);
      expect(settings).toEqual(DEFAULT_NOTICE_SETTINGS);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`"${key}"`);
    }
  );

  it('should keep valid values next to invalid ones', () => {
    const { settings, problems } = parseNoticeSettings({
      title: 'Kept',
      appearance: 'loud',
      reacknowledgeDays: 7
    });
    expect(settings.title).toBe('Kept');
    expect(settings.appearance).toBe('warning');
    expect(settings.reacknowledgeDays).toBe(7);
    expect(problems).toHaveLength(1);
  });

  it('should report unknown keys and ignore them', () => {
    const { settings, problems } = parseNoticeSettings({
      title: 'T',
      colour: 'red'
    });
    expect(settings).toEqual({ ...DEFAULT_NOTICE_SETTINGS, title: 'T' });
    expect(settings).not.toHaveProperty('colour');
    expect(problems).toEqual(['Unknown notice setting "colour" is ignored.']);
  });

  it('should allow an empty title', () => {
    expect(parseNoticeSettings({ title: '' }).settings.title).toBe('');
  });

  it('should trim text values', () => {
    const { settings } = parseNoticeSettings({
      noticeVersion: ' v2 ',
      message: '\n Hello \n'
    });
    expect(settings.noticeVersion).toBe('v2');
    expect(settings.message).toBe('Hello');
  });

  it.each([
    ['javascript: URL', 'javascript:alert(1)'],
    ['javascript: URL in capitals with spaces', '  JavaScript:alert(1)'],
    ['data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['relative path', '/hub/terms'],
    ['protocol-relative URL', '//example.org/terms'],
    ['file: URL', 'file:///etc/passwd'],
    ['plain words', 'see the wiki']
  ])('should ignore a %s as terms URL, with one problem', (_reason, url) => {
    const { settings, problems } = parseNoticeSettings({ termsUrl: url });
    expect(settings.termsUrl).toBe('');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"termsUrl"');
  });

  it('should treat an empty terms URL as "use the built-in page" without a problem', () => {
    expect(parseNoticeSettings({ termsUrl: '  ' })).toEqual({
      settings: DEFAULT_NOTICE_SETTINGS,
      problems: []
    });
  });
});

describe('#validTermsUrl', () => {
  it.each([
    ['https', 'https://example.org/terms', 'https://example.org/terms'],
    ['http, normalised', 'HTTP://Example.org', 'http://example.org/'],
    [
      'surrounding spaces',
      ' https://example.org/a?b=c ',
      'https://example.org/a?b=c'
    ]
  ])('should accept %s', (_reason, url, expected) => {
    expect(validTermsUrl(url)).toBe(expected);
  });

  it.each([
    ['javascript:', 'javascript:void(0)'],
    ['data:', 'data:,hello'],
    ['vbscript:', 'vbscript:msgbox'],
    ['relative', 'terms.html'],
    ['mailto:', 'mailto:admin@example.org'] // a terms link must be a page
  ])('should refuse %s', (_reason, url) => {
    expect(validTermsUrl(url)).toBeNull();
  });
});
