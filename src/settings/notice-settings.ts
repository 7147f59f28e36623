/**
 * Typed, validated settings of the security notice (`schema/notice.json`).
 *
 * The parser is pure: it never throws, never touches the DOM and never logs, so that
 * an admin's typo in `overrides.json` can only ever cost a default value, never the
 * notice itself or JupyterLab.
 */

/**
 * How the notice message is rendered.
 */
export type NoticeMessageFormat = 'plain' | 'markdown';

/**
 * The look of the banner.
 */
export type NoticeAppearance = 'info' | 'warning';

/**
 * The settings of the security notice, after validation.
 */
export interface INoticeSettings {
  /**
   * Whether the banner may be shown at all.
   */
  readonly enabled: boolean;
  /**
   * The heading of the banner; may be empty.
   */
  readonly title: string;
  /**
   * The body of the notice, plain text or markdown; never empty.
   */
  readonly message: string;
  /**
   * How `message` is rendered.
   */
  readonly messageFormat: NoticeMessageFormat;
  /**
   * An absolute http(s) URL, or `''` to open the built-in security page.
   */
  readonly termsUrl: string;
  /**
   * The text of the banner's link.
   */
  readonly linkLabel: string;
  /**
   * The admin's label for this notice, or `''` to key on the text instead.
   */
  readonly noticeVersion: string;
  /**
   * Days after which an acknowledgement expires; 0 means never.
   */
  readonly reacknowledgeDays: number;
  /**
   * The look of the banner.
   */
  readonly appearance: NoticeAppearance;
  /**
   * Whether the operator lets a user hide the banner once the current notice is
   * acknowledged (it then does not come back when the acknowledgement expires).
   */
  readonly userMayHide: boolean;
  /**
   * Whether this user turned the banner off (their own `enabled: false`), which
   * counts only where `userMayHide` allows it.
   */
  readonly userHidden: boolean;
}

/**
 * The defaults, identical to those of `schema/notice.json` (a jest spec checks this).
 */
export const DEFAULT_NOTICE_SETTINGS: Readonly<INoticeSettings> = Object.freeze(
  {
    enabled: true,
    // English as in the schema; the banner shows the translation while it is unchanged.
    // eslint-disable-next-line jupyter/no-untranslated-string
    title: 'Security on this hub',
    message:
      'This hub is a shared research platform, not an enterprise-grade service. ' +
      'Do not store access keys, passwords or private data in notebooks or files here.',
    messageFormat: 'plain',
    termsUrl: '',
    linkLabel: 'Terms of use',
    noticeVersion: '',
    reacknowledgeDays: 0,
    appearance: 'warning',
    userMayHide: false,
    userHidden: false
  }
);

/**
 * The result of parsing raw notice settings.
 */
export interface INoticeSettingsResult {
  /**
   * Valid settings: every value that failed validation is replaced by its default.
   */
  readonly settings: INoticeSettings;
  /**
   * One plain sentence per value that was ignored; empty when all was well.
   */
  readonly problems: string[];
}

/**
 * Parse the raw composite of the notice settings.
 *
 * @param raw - Anything: normally the composite from the setting registry.
 * @returns Valid settings and the list of problems found on the way.
 *
 * #### Notes
 * Unknown keys, wrong types, out-of-range numbers, unknown choices and terms URLs that
 * are not absolute http(s) fall back to their defaults, each with one problem.
 */
export function parseNoticeSettings(raw: unknown): INoticeSettingsResult {
  const problems: string[] = [];
  const d = DEFAULT_NOTICE_SETTINGS;
  if (!isPlainObject(raw)) {
    if (raw !== undefined && raw !== null) {
      problems.push(
        'The notice settings are not an object; all defaults apply.'
      );
    }
    return { settings: { ...d }, problems };
  }
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) {
      problems.push(`Unknown notice setting "${key}" is ignored.`);
    }
  }
  const pick = <T>(
    key: keyof INoticeSettings,
    accept: (value: unknown) => value is T,
    expected: string
  ): T => {
    const value = raw[key];
    if (value === undefined) {
      return d[key] as unknown as T;
    }
    if (accept(value)) {
      return value;
    }
    problems.push(
      `Notice setting "${key}" must be ${expected}; got ${describe(value)}, the default is used.`
    );
    return d[key] as unknown as T;
  };

  const termsUrl = pick('termsUrl', isString, 'a string').trim();
  const validUrl = termsUrl === '' ? '' : validTermsUrl(termsUrl);
  if (validUrl === null) {
    // A javascript:, data: or relative link in a banner that every user clicks is
    // exactly what the notice warns about; drop it rather than render it.
    problems.push(
      `Notice setting "termsUrl" must be an absolute http:// or https:// URL; ` +
        `${JSON.stringify(termsUrl.slice(0, 80))} is ignored and the built-in security page is linked instead.`
    );
  }

  return {
    settings: {
      enabled: pick('enabled', isBoolean, 'true or false'),
      title: pick('title', isString, 'a string').trim(),
      message: pick('message', isNonBlankString, 'a non-empty string').trim(),
      messageFormat: pick('messageFormat', isFormat, '"plain" or "markdown"'),
      termsUrl: validUrl ?? '',
      linkLabel: pick(
        'linkLabel',
        isNonBlankString,
        'a non-empty string'
      ).trim(),
      noticeVersion: pick('noticeVersion', isString, 'a string').trim(),
      reacknowledgeDays: pick(
        'reacknowledgeDays',
        isDayCount,
        'a whole number of days, 0 or more'
      ),
      appearance: pick('appearance', isAppearance, '"info" or "warning"'),
      userMayHide: pick('userMayHide', isBoolean, 'true or false'),
      userHidden: false
    },
    problems
  };
}

/**
 * Check that a terms URL is an absolute http(s) URL.
 *
 * @param value - The URL as configured.
 * @returns The normalised URL, or `null` when it must not be linked.
 */
export function validTermsUrl(value: string): string | null {
  let url: URL;
  try {
    // No base URL on purpose: a relative link would resolve against the hub itself.
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:'
    ? url.href
    : null;
}

// `userHidden` is derived from the user's own settings, never read from the operator's.
const KNOWN_KEYS = new Set<string>(
  Object.keys(DEFAULT_NOTICE_SETTINGS).filter(key => key !== 'userHidden')
);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isNonBlankString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isFormat(value: unknown): value is NoticeMessageFormat {
  return value === 'plain' || value === 'markdown';
}

function isAppearance(value: unknown): value is NoticeAppearance {
  return value === 'info' || value === 'warning';
}

function isDayCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function describe(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.slice(0, 40));
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  return value !== null && typeof value === 'object'
    ? 'an object'
    : String(value);
}
