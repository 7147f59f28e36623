import { ICellModel } from '@jupyterlab/cells';

import { METADATA_KEY } from '../core';

/**
 * Mark `id` (a finding's fingerprint or a rule id) as "not a secret" in the cell's
 * metadata: `credential_guard.allow`. The engine drops matching findings.
 *
 * @returns whether the metadata changed
 */
export function addAllowMark(cell: ICellModel, id: string): boolean {
  const entry = readEntry(cell);
  if (entry.allow.includes(id)) {
    return false;
  }
  cell.setMetadata(METADATA_KEY, { ...entry, allow: [...entry.allow, id] });
  return true;
}

/**
 * Remove a "not a secret" mark; the entry goes away when it is left empty.
 *
 * @returns whether the metadata changed
 */
export function removeAllowMark(cell: ICellModel, id: string): boolean {
  const entry = readEntry(cell);
  if (!entry.allow.includes(id)) {
    return false;
  }
  const allow = entry.allow.filter(item => item !== id);
  const rest = { ...entry, allow };
  if (allow.length === 0 && Object.keys(rest).length === 1) {
    cell.deleteMetadata(METADATA_KEY);
  } else {
    cell.setMetadata(METADATA_KEY, rest);
  }
  return true;
}

/**
 * Our metadata entry, tolerant of malformed values (metadata comes from files).
 */
function readEntry(cell: ICellModel): {
  allow: string[];
  [key: string]: unknown;
} {
  const raw = cell.getMetadata(METADATA_KEY);
  const entry =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  const allow = Array.isArray(entry.allow)
    ? entry.allow.filter((item: unknown) => typeof item === 'string')
    : [];
  return { ...entry, allow };
}
