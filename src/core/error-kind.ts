/**
 * The kind of an error, never its message: a message can quote the text that was being
 * scanned, so logs name the kind only.
 */
export function errorKind(error: unknown): string {
  if (error instanceof Error) {
    return error.name || 'Error';
  }
  return typeof error;
}
