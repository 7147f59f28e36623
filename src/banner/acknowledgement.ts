/**
 * When must a user see the security notice again? Pure functions, with the clock
 * passed in, so that every rule is testable without waiting days.
 */
import type { INoticeSettings } from '../settings/notice-settings';

/**
 * One day in milliseconds.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What is stored when a user acknowledges the notice.
 */
export interface IAcknowledgement {
  /**
   * The key of the notice that was acknowledged (see `noticeKey`).
   */
  readonly key: string;
  /**
   * When it was acknowledged, as an ISO 8601 date-time.
   */
  readonly acknowledgedAt: string;
}

/**
 * The key that identifies one notice.
 *
 * @returns `version:<noticeVersion>` when the admin set a version, otherwise
 * `text:<hash of title and message>`, so that an edited text shows again.
 */
export function noticeKey(
  settings: Pick<INoticeSettings, 'noticeVersion' | 'title' | 'message'>
): string {
  if (settings.noticeVersion) {
    return `version:${settings.noticeVersion}`;
  }
  // JSON keeps the boundary between title and message unambiguous.
  return `text:${hashText(JSON.stringify([settings.title, settings.message]))}`;
}

/**
 * Whether the notice must be shown.
 *
 * @param settings - The current notice settings.
 * @param acknowledgement - What the user acknowledged last, or `null` if nothing.
 * @param now - The current time in milliseconds since the epoch.
 */
export function needsAcknowledgement(
  settings: Pick<
    INoticeSettings,
    'noticeVersion' | 'title' | 'message' | 'reacknowledgeDays'
  >,
  acknowledgement: IAcknowledgement | null,
  now: number
): boolean {
  if (!acknowledgement || acknowledgement.key !== noticeKey(settings)) {
    return true;
  }
  if (settings.reacknowledgeDays <= 0) {
    return false;
  }
  const at = Date.parse(acknowledgement.acknowledgedAt);
  if (Number.isNaN(at)) {
    // A record we cannot date cannot prove the interval has not passed.
    return true;
  }
  return now - at >= settings.reacknowledgeDays * DAY_MS;
}

/**
 * Make the acknowledgement of the current notice.
 *
 * @param now - The current time in milliseconds since the epoch.
 */
export function acknowledge(
  settings: Pick<INoticeSettings, 'noticeVersion' | 'title' | 'message'>,
  now: number
): IAcknowledgement {
  return {
    key: noticeKey(settings),
    acknowledgedAt: new Date(now).toISOString()
  };
}

/**
 * Read an acknowledgement from stored JSON.
 *
 * @returns The acknowledgement, or `null` when the value is missing or malformed.
 */
export function parseAcknowledgement(raw: unknown): IAcknowledgement | null {
  if (typeof raw !== 'object' || raw === null) {
    return null;
  }
  const { key, acknowledgedAt } = raw as Record<string, unknown>;
  if (typeof key !== 'string' || typeof acknowledgedAt !== 'string') {
    return null;
  }
  return { key, acknowledgedAt };
}

/**
 * A short, stable fingerprint of a text (cyrb53, 53 bits, as hex).
 *
 * #### Notes
 * Not cryptographic: it only has to change when an admin edits the notice.
 * Algorithm: https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}
