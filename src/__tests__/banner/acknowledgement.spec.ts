import {
  acknowledge,
  DAY_MS,
  hashText,
  IAcknowledgement,
  needsAcknowledgement,
  noticeKey,
  parseAcknowledgement
} from '../../banner/acknowledgement';
import {
  DEFAULT_NOTICE_SETTINGS,
  INoticeSettings
} from '../../settings/notice-settings';

const NOW = Date.parse('2026-03-01T12:00:00Z');

function settings(overrides: Partial<INoticeSettings> = {}): INoticeSettings {
  return { ...DEFAULT_NOTICE_SETTINGS, ...overrides };
}

describe('#noticeKey', () => {
  it('should use the notice version when one is set', () => {
    expect(noticeKey(settings({ noticeVersion: '2026-03' }))).toBe(
      'version:2026-03'
    );
  });

  it('should ignore text changes while the version stays the same', () => {
    expect(noticeKey(settings({ noticeVersion: 'v1', message: 'A' }))).toBe(
      noticeKey(settings({ noticeVersion: 'v1', message: 'B' }))
    );
  });

  it('should hash title and message when no version is set', () => {
    const key = noticeKey(settings());
    expect(key).toMatch(/^text:[0-9a-f]+$/);
    expect(noticeKey(settings())).toBe(key); // stable
    expect(noticeKey(settings({ message: 'Changed.' }))).not.toBe(key);
    expect(noticeKey(settings({ title: 'Changed' }))).not.toBe(key);
  });

  it('should keep the boundary between title and message', () => {
    expect(noticeKey(settings({ title: 'ab', message: 'c' }))).not.toBe(
      noticeKey(settings({ title: 'a', message: 'bc' }))
    );
  });
});

describe('#hashText', () => {
  it('should give different texts different fingerprints', () => {
    expect(hashText('a')).not.toBe(hashText('b'));
    expect(hashText('')).toBe(hashText(''));
  });
});

describe('#needsAcknowledgement', () => {
  const ackOf = (s: INoticeSettings, at: number): IAcknowledgement =>
    acknowledge(s, at);

  it('should show a notice that was never acknowledged', () => {
    expect(needsAcknowledgement(settings(), null, NOW)).toBe(true);
  });

  it('should hide a notice acknowledged in its current version', () => {
    const s = settings({ noticeVersion: 'v1' });
    expect(needsAcknowledgement(s, ackOf(s, NOW), NOW)).toBe(false);
  });

  it('should show again when the admin changes the version', () => {
    const ack = ackOf(settings({ noticeVersion: 'v1' }), NOW);
    expect(
      needsAcknowledgement(settings({ noticeVersion: 'v2' }), ack, NOW)
    ).toBe(true);
  });

  it('should show again when the message changes and no version is set', () => {
    const ack = ackOf(settings(), NOW);
    expect(needsAcknowledgement(settings(), ack, NOW)).toBe(false);
    expect(
      needsAcknowledgement(settings({ message: 'New rules.' }), ack, NOW)
    ).toBe(true);
  });

  it('should show again once a version is set on a text-keyed acknowledgement', () => {
    const ack = ackOf(settings(), NOW);
    expect(
      needsAcknowledgement(settings({ noticeVersion: 'v1' }), ack, NOW)
    ).toBe(true);
  });

  it.each([
    ['one second before the interval ends', 30 * DAY_MS - 1000, false],
    ['exactly when the interval ends', 30 * DAY_MS, true],
    ['long after the interval', 400 * DAY_MS, true]
  ])('with a 30-day interval, %s', (_reason, elapsed, expected) => {
    const s = settings({ reacknowledgeDays: 30 });
    const ack = ackOf(s, NOW);
    expect(needsAcknowledgement(s, ack, NOW + elapsed)).toBe(expected);
  });

  it('should never expire with an interval of 0', () => {
    const s = settings({ reacknowledgeDays: 0 });
    expect(needsAcknowledgement(s, ackOf(s, NOW), NOW + 5000 * DAY_MS)).toBe(
      false
    );
  });

  it('should show when the stored date cannot be read and an interval is set', () => {
    const s = settings({ reacknowledgeDays: 1 });
    const ack = { key: noticeKey(s), acknowledgedAt: 'yesterday' };
    expect(needsAcknowledgement(s, ack, NOW)).toBe(true);
  });
});

describe('#acknowledge', () => {
  it('should record the key and the time as ISO 8601', () => {
    expect(acknowledge(settings({ noticeVersion: 'v3' }), NOW)).toEqual({
      key: 'version:v3',
      acknowledgedAt: '2026-03-01T12:00:00.000Z'
    });
  });
});

describe('#parseAcknowledgement', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'v1'],
    ['a missing key', { acknowledgedAt: '2026-01-01' }],
    ['a numeric date', { key: 'version:v1', acknowledgedAt: 5 }]
  ])('should return null for %s', (_reason, raw) => {
    expect(parseAcknowledgement(raw)).toBeNull();
  });

  it('should keep only the known fields', () => {
    expect(
      parseAcknowledgement({ key: 'k', acknowledgedAt: 'd', extra: true })
    ).toEqual({ key: 'k', acknowledgedAt: 'd' });
  });
});
