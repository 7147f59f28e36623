import { IFinding } from './types';

/** The key of our entry in a cell's metadata. */
export const METADATA_KEY = 'credential_guard';

/**
 * The rule ids and fingerprints a cell's metadata allows:
 * `cell.metadata.credential_guard.allow = ["<rule id or fingerprint>", …]`.
 *
 * Anything malformed is ignored rather than thrown on: metadata comes from files.
 */
export function allowedByMetadata(cellMetadata: unknown): Set<string> {
  const allowed = new Set<string>();
  if (!isObject(cellMetadata)) {
    return allowed;
  }
  const entry = cellMetadata[METADATA_KEY];
  if (!isObject(entry) || !Array.isArray(entry.allow)) {
    return allowed;
  }
  for (const item of entry.allow) {
    if (typeof item === 'string') {
      allowed.add(item);
    }
  }
  return allowed;
}

/**
 * Drop the findings a cell's metadata allows, by rule id or by fingerprint.
 *
 * Notes: outputs and markdown cannot carry code comments, so this is how they are marked.
 */
export function suppressByMetadata<T extends IFinding>(
  findings: T[],
  cellMetadata: unknown
): T[] {
  if (findings.length === 0) {
    return findings;
  }
  const allowed = allowedByMetadata(cellMetadata);
  if (allowed.size === 0) {
    return findings;
  }
  return findings.filter(
    f => !allowed.has(f.ruleId) && !allowed.has(f.fingerprint)
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
