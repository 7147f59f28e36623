import { ICellModel } from '@jupyterlab/cells';

import { METADATA_KEY } from '../core';
import { allowEntry } from '../notebook/cell-scan';

/**
 * Mark `id` (a finding's fingerprint or a rule id) as "not a secret" in the cell's
 * metadata: `credential_guard.allow`. The engine drops matching findings.
 *
 * @returns whether the metadata changed
 */
export function addAllowMark(cell: ICellModel, id: string): boolean {
  const entry = allowEntry(cell);
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
  const entry = allowEntry(cell);
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
