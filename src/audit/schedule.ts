/** When checks run by themselves (the `schedule` setting of `schema/audit.json`). */
export type AuditSchedule = 'on-demand' | 'daily' | 'every-start';

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
        lastRun.getFullYear() !== now.getFullYear() ||
        lastRun.getMonth() !== now.getMonth() ||
        lastRun.getDate() !== now.getDate()
      );
    default:
      return false;
  }
}
