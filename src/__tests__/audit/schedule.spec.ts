import {
  AuditSchedule,
  effectiveSchedule,
  isLocked,
  shouldRunAtStart,
  whenIdle
} from '../../audit/schedule';

/** A local time: the schedule counts calendar days where the user is. */
const at = (day: number, hour: number, minute = 0) =>
  new Date(2026, 11, day, hour, minute);

describe('#shouldRunAtStart', () => {
  it.each<[string, AuditSchedule, Date | null, Date, boolean]>([
    ['daily, never checked', 'daily', null, at(6, 9), true],
    ['daily, checked earlier today', 'daily', at(6, 8, 59), at(6, 9), false],
    ['daily, checked a minute ago', 'daily', at(6, 8, 59), at(6, 9), false],
    [
      'daily, checked late yesterday',
      'daily',
      at(5, 23, 59),
      at(6, 0, 1),
      true
    ],
    // Once per calendar day, not once per 24 hours.
    [
      'daily, checked yesterday after this hour',
      'daily',
      at(5, 10),
      at(6, 9),
      true
    ],
    [
      'daily, same day of another month',
      'daily',
      new Date(2026, 10, 6, 9),
      at(6, 9),
      true
    ],
    [
      'daily, same date a year ago',
      'daily',
      new Date(2025, 11, 6, 9),
      at(6, 9),
      true
    ],
    [
      'daily, an unreadable time',
      'daily',
      new Date('not a date'),
      at(6, 9),
      true
    ],
    [
      'every start, checked a minute ago',
      'every-start',
      at(6, 8, 59),
      at(6, 9),
      true
    ],
    ['every start, never checked', 'every-start', null, at(6, 9), true],
    ['on demand, never checked', 'on-demand', null, at(6, 9), false],
    [
      'on demand, checked last year',
      'on-demand',
      new Date(2025, 0, 1),
      at(6, 9),
      false
    ]
  ])('%s', (_reason, schedule, lastRun, now, expected) => {
    expect(shouldRunAtStart(schedule, lastRun, now)).toBe(expected);
  });
});

describe('#effectiveSchedule', () => {
  it.each<[string, unknown, unknown, boolean, AuditSchedule]>([
    [
      "the user's choice when not locked",
      'on-demand',
      'daily',
      false,
      'on-demand'
    ],
    [
      "the operator's default when locked",
      'on-demand',
      'every-start',
      true,
      'every-start'
    ],
    [
      'a user cannot turn checks off under a lock',
      'on-demand',
      'daily',
      true,
      'daily'
    ],
    [
      'an operator may turn checks off for everyone',
      'daily',
      'on-demand',
      true,
      'on-demand'
    ],
    ['an unknown value reads as daily', 'hourly', 'daily', false, 'daily'],
    ['a missing value reads as daily', undefined, undefined, false, 'daily']
  ])('%s', (_reason, composite, operatorDefault, locked, expected) => {
    expect(effectiveSchedule({ composite, operatorDefault }, locked)).toBe(
      expected
    );
  });

  it('should be daily when the settings could not be loaded', () => {
    expect(effectiveSchedule(null, false)).toBe('daily');
    expect(effectiveSchedule(null, true)).toBe('daily');
  });
});

describe('#isLocked', () => {
  const ids = [
    'jupyterlab-credential-guard',
    'jupyterlab-credential-guard:audit'
  ];
  it.each<[string, unknown, boolean]>([
    ['nothing locked (page config gives an empty string)', '', false],
    ['the whole extension', '{"jupyterlab-credential-guard": true}', true],
    ['this plugin', '{"jupyterlab-credential-guard:audit": true}', true],
    [
      'another plugin of the extension',
      '{"jupyterlab-credential-guard:notice": true}',
      false
    ],
    ['a lock turned off', '{"jupyterlab-credential-guard": false}', false],
    [
      'an object rather than a string',
      { 'jupyterlab-credential-guard:audit': true },
      true
    ],
    ['not JSON', '{jupyterlab-credential-guard', false],
    ['JSON that is not an object', 'true', false],
    ['no option', undefined, false]
  ])('%s', (_reason, value, expected) => {
    expect(isLocked(value, ids)).toBe(expected);
  });
});

describe('#whenIdle', () => {
  afterEach(() => {
    delete (globalThis as any).requestIdleCallback;
    jest.useRealTimers();
  });

  it('should wait for the browser to be idle, at most the time given', () => {
    const idle = jest.fn();
    (globalThis as any).requestIdleCallback = idle;
    const task = jest.fn();
    whenIdle(task, 30000);
    expect(task).not.toHaveBeenCalled();
    expect(idle).toHaveBeenCalledWith(expect.any(Function), {
      timeout: 30000
    });
    idle.mock.calls[0][0]({ didTimeout: false, timeRemaining: () => 10 });
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('should fall back to a delay where there is no idle callback', () => {
    jest.useFakeTimers();
    const task = jest.fn();
    whenIdle(task, 30000);
    jest.advanceTimersByTime(1999);
    expect(task).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
