/* eslint-disable jupyter/no-untranslated-string -- kind titles are data; the UI translates them */
import type { ICredentialFileKind } from './types';
import { firstValue, iniValue as ini, jsonValue as json } from './spots';

const SECRET_MECHANISM =
  "Use the hub's secret mechanism (environment variables set for your server, or a secret store) instead of a file in your home directory";
const SHORT_LIVED =
  'prefer short-lived credentials (a role, workload identity or a token that expires) over long-lived keys';

/** Cloud providers' credential files: keys that reach whole accounts and their data. */
export const cloudKinds: readonly ICredentialFileKind[] = [
  {
    id: 'aws-credentials',
    title: 'AWS credentials file',
    description:
      'The shared credentials file of the AWS CLI and SDKs (boto3), holding access keys.',
    risk: 'Anyone who reads it can use your AWS account until the key is deleted, and home volumes are backed up and snapshotted.',
    remediation: `${SECRET_MECHANISM}; ${SHORT_LIVED}. Delete the file, then deactivate the key in the IAM console.`,
    severity: 'error',
    path: /(?:^|\/)\.aws\/credentials$/,
    inspect: firstValue(ini('aws_secret_access_key|aws_session_token'))
  },
  {
    id: 'aws-config',
    title: 'AWS config file with keys',
    description:
      'The AWS CLI config file; it normally holds regions and profiles, but this one holds access keys.',
    risk: 'Anyone who reads it can use your AWS account until the key is deleted.',
    remediation: `Move the keys out of it: ${SECRET_MECHANISM}; ${SHORT_LIVED}. Then deactivate the key in the IAM console.`,
    severity: 'error',
    path: /(?:^|\/)\.aws\/config$/,
    inspect: firstValue(ini('aws_secret_access_key|aws_session_token'))
  },
  {
    id: 'gcloud-adc',
    title: 'Google Cloud application default credentials',
    description:
      'Written by `gcloud auth application-default login`: a refresh token (or a key) that Google client libraries pick up.',
    risk: 'The refresh token does not expire on its own: whoever copies it acts as you on Google Cloud.',
    remediation: `Run \`gcloud auth application-default revoke\` when you are done; ${SHORT_LIVED}.`,
    severity: 'error',
    path: /(?:^|\/)\.config\/gcloud\/(?:application_default_credentials\.json|legacy_credentials\/[^/]+\/adc\.json)$/,
    inspect: firstValue(json('refresh_token|private_key'))
  },
  {
    id: 'gcloud-credential-store',
    title: 'Google Cloud CLI credential store',
    description:
      "gcloud's database of the accounts you logged in with, with their refresh and access tokens.",
    risk: 'Whoever copies it can act as every account listed in it.',
    remediation:
      'Run `gcloud auth revoke --all` when you are done, which also empties this store.',
    severity: 'error',
    path: /(?:^|\/)\.config\/gcloud\/(?:credentials|access_tokens)\.db$/
  },
  {
    id: 'gcp-service-account-key',
    title: 'Google service account key',
    description:
      'A JSON key of a Google Cloud service account, with its private key.',
    risk: "Service account keys do not expire: whoever copies the file has the account's rights until the key is deleted.",
    remediation: `Delete the file and the key (IAM › Service accounts › Keys); ${SHORT_LIVED}.`,
    severity: 'error',
    path: /\.json$/i,
    // Any JSON file: a data file the walk could not read is not a key.
    byContentOnly: true,
    inspect: text =>
      /"type"[ \t\r\n]*:[ \t\r\n]*"service_account"/.test(text)
        ? firstValue(json('private_key'))(text)
        : null
  },
  {
    id: 'earthengine-credentials',
    title: 'Earth Engine credentials',
    description:
      'Written by `earthengine authenticate`: a Google refresh token for Earth Engine.',
    risk: 'The token does not expire on its own: whoever copies it uses Earth Engine and Google Cloud as you.',
    remediation:
      'Delete the file when you are done and revoke the grant at https://myaccount.google.com/permissions; on a hub, prefer its own Earth Engine sign-in.',
    severity: 'error',
    path: /(?:^|\/)\.config\/earthengine\/credentials$/,
    inspect: firstValue(json('refresh_token'))
  },
  {
    id: 'azure-token-cache',
    title: 'Azure CLI token cache',
    description:
      "The Azure CLI's cache of access and refresh tokens (or service principal secrets).",
    risk: 'Refresh tokens in it give access to your Azure subscriptions for weeks.',
    remediation:
      'Run `az logout` when you are done, which empties the cache; prefer managed identities over secrets.',
    severity: 'error',
    path: /(?:^|\/)\.azure\/(?:msal_token_cache\.json|accessTokens\.json|service_principal_entries\.json)$/,
    inspect: firstValue(
      json('secret|accessToken|refreshToken|refresh_token|client_secret')
    )
  },
  {
    id: 'openstack-clouds-yaml',
    title: 'OpenStack clouds.yaml with a password',
    description:
      'The OpenStack client configuration, holding a password or an application credential secret.',
    risk: 'Whoever reads it can manage your cloud project: start machines, read volumes and object storage.',
    remediation:
      'Keep the secret in `secure.yaml` outside the hub, or enter it when prompted; prefer application credentials that expire, and delete them after use.',
    severity: 'error',
    path: /(?:^|\/)clouds\.ya?ml$/,
    inspect: firstValue(
      /^[ \t]*(?:password|application_credential_secret|token)[ \t]*:[ \t]*(\S+)/gm
    )
  },
  {
    id: 's3cmd-config',
    title: 's3cmd configuration',
    description: 'The s3cmd configuration file, holding an S3 secret key.',
    risk: 'Whoever reads it can read and change your buckets.',
    remediation: `${SECRET_MECHANISM}; ${SHORT_LIVED}. Delete the file, then rotate the key.`,
    severity: 'error',
    path: /(?:^|\/)\.s3cfg$/,
    inspect: firstValue(ini('secret_key|access_token'))
  },
  {
    id: 'boto-config',
    title: 'Boto configuration',
    description:
      'The configuration of boto 2 and gsutil, holding AWS keys or a Google refresh token.',
    risk: 'Whoever reads it can use your cloud storage until the key is revoked.',
    remediation: `${SECRET_MECHANISM}; ${SHORT_LIVED}. Delete the file, then rotate the key.`,
    severity: 'error',
    path: /(?:^|\/)\.boto$/,
    inspect: firstValue(
      ini('aws_secret_access_key|gs_secret_access_key|gs_oauth2_refresh_token')
    )
  },
  {
    id: 'rclone-config',
    title: 'rclone configuration',
    description:
      'The rclone configuration, with the keys or tokens of each remote (only obscured, not encrypted).',
    risk: 'rclone "obscures" passwords reversibly: whoever copies the file reaches every remote it lists.',
    remediation:
      'Encrypt the configuration (`rclone config`, "Set configuration password") or delete it after use; rotate the keys it held.',
    severity: 'error',
    path: /(?:^|\/)rclone\.conf$/,
    inspect: firstValue(
      ini(
        'secret_access_key|pass|password|token|client_secret|key|service_account_credentials|sas_url'
      )
    )
  },
  {
    id: 'docker-config-auth',
    title: 'Docker config with registry passwords',
    description:
      "Docker's client configuration with `auths` entries: registry user names and passwords, base64-encoded, not encrypted.",
    risk: 'Whoever reads it can push and pull images as you.',
    remediation:
      'Run `docker logout` for each registry, or use a credential helper; use registry tokens that expire.',
    severity: 'error',
    path: /(?:^|\/)\.docker\/config\.json$/,
    inspect: firstValue(json('auth|identitytoken'))
  }
];
