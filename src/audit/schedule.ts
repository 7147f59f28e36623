/** When checks run by themselves (the `schedule` setting of `schema/audit.json`). */
export type AuditSchedule = 'on-demand' | 'daily' | 'every-start';

/** The schedule when nothing else says: the schema's default. */
export const DEFAULT_SCHEDULE: AuditSchedule = 'daily';

/**
 * Whether a check should run now, at start-up.
 *
 * @param schedule - the setting
 * @param lastRun - when the last check finished, or `null`
 * @param now - the current time
 *
 * Notes: `daily` means once per local calendar day, so a user who starts at nine every
 * morning gets one check a day even when the last one ran a few minutes later yesterday.
 */
export function shouldRunAtStart(
  schedule: AuditSchedule,
  lastRun: Date | null,
  now: Date
): boolean {
  switch (schedule) {
    case 'every-start':
      return true;
    case 'daily':
      return (
        lastRun === null ||
        isNaN(lastRun.getTime()) ||
        lastRun.getFullYear() !== now.getFullYear() ||
        lastRun.getMonth() !== now.getMonth() ||
        lastRun.getDate() !== now.getDate()
      );
    default:
      return false;
  }
}

/** The two values of the `schedule` setting that matter. */
export interface IScheduleSetting {
  /** The user's value over the operator's default (the setting's composite). */
  composite: unknown;
  /** The operator's default (overrides.json), or the schema's. */
  operatorDefault: unknown;
}

/**
 * The schedule in force: the user's, unless the operator locked the plugin, when the
 * operator's default applies.
 *
 * @param setting - the setting's values, or `null` when the settings could not be loaded
 * @param locked - whether the operator locked the plugin or the whole extension
 * @returns a known schedule; anything else reads as the default, `daily`
 */
export function effectiveSchedule(
  setting: IScheduleSetting | null,
  locked: boolean
): AuditSchedule {
  if (!setting) {
    return DEFAULT_SCHEDULE;
  }
  const value = locked ? setting.operatorDefault : setting.composite;
  return value === 'on-demand' || value === 'every-start' || value === 'daily'
    ? value
    : DEFAULT_SCHEDULE;
}

/**
 * Whether page config's `lockedExtensions` locks any of `ids` (a plugin id or the
 * extension's name).
 *
 * @param lockedExtensions - the page config option: a JSON string, an object, or nothing
 *
 * Notes: JupyterLab passes page config options as strings; a value that is not JSON
 * locks nothing.
 */
export function isLocked(lockedExtensions: unknown, ids: string[]): boolean {
  let locked = lockedExtensions;
  if (typeof locked === 'string') {
    try {
      locked = locked ? JSON.parse(locked) : {};
    } catch {
      locked = {};
    }
  }
  if (!locked || typeof locked !== 'object') {
    return false;
  }
  const rules = locked as Record<string, unknown>;
  return ids.some(id => rules[id] === true);
}

/**
 * Run `task` when the browser is idle, or after `timeoutMs` at the latest, not during
 * start-up work; where there is no `requestIdleCallback` (Safari), after two seconds.
 */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => task(), { timeout: timeoutMs });
  } else {
    setTimeout(task, 2000);
  }
}
