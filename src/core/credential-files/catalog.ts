import { cloudKinds } from './catalog-cloud';
import { toolKinds } from './catalog-tools';
import type { ICredentialFileKind } from './types';

/**
 * Every known credential file kind, in matching order: the first whose path matches
 * decides. Kinds matched by a specific path come first; the service account key, which
 * any `.json` may be, comes last.
 */
export const credentialFileKinds: readonly ICredentialFileKind[] = [
  ...toolKinds,
  ...cloudKinds.filter(kind => kind.id !== 'gcp-service-account-key'),
  ...cloudKinds.filter(kind => kind.id === 'gcp-service-account-key')
];
