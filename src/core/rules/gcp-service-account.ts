/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeHex } from '../fake-credentials';
import { IRule } from '../types';

/**
 * Google Cloud service-account key files pasted as JSON or a dict: the `private_key_id`
 * marks the file (its `private_key` is reported by the private-key rule as well).
 *
 * Notes: quotes may be JSON-escaped (`\"`) when the key file is embedded in a string.
 */
export const gcpServiceAccount: IRule = {
  id: 'gcp-service-account',
  title: 'Google Cloud service-account key',
  severity: 'error',
  description:
    "A service-account key file is a long-lived password for a Google Cloud robot account: anyone who copies it gets that account's access to buckets, BigQuery or Earth Engine.",
  remediation:
    'Keep the key file outside the notebook (GOOGLE_APPLICATION_CREDENTIALS pointing to a private path) or, better, use workload identity. If it was shared, delete the key in IAM and create a new one.',
  revokeUrl: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
  envName: 'GOOGLE_APPLICATION_CREDENTIALS',
  keywords: ['private_key_id'],
  pattern:
    /\\?["']private_key_id\\?["']\s{0,3}:\s{0,3}\\?["']([0-9a-f]{40})(?![0-9a-f])/g,
  secretGroup: 1,
  minEntropy: 3,
  samples: {
    positive: [
      `{"type": "service_account", "project_id": "p", "private_key_id": "${fakeHex(40)}"}`,
      `info = '{\\"private_key_id\\": \\"${fakeHex(40)}\\"}'`
    ],
    negative: ['"private_key_id": "<key id>"', 'info["private_key_id"]']
  }
};
