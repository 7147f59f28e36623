/**
 * The file read's refusals (docs/admin.md, "Server extension"), as the skip reasons the view
 * counts. Pure, so that the page and the worker share it.
 */
const READ_REFUSALS: Record<number, string> = {
  403: 'unreadable',
  404: 'gone',
  409: 'changed',
  413: 'too-large',
  415: 'binary'
};

/** The skip reason for a file read that answered `status` (not 2xx). */
export function readRefusal(status: number): string {
  return READ_REFUSALS[status] ?? 'read-error';
}
